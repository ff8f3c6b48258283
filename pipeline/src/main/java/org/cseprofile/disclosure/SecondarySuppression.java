package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.Status;

/**
 * Disclosure control of a whole publication: primary suppression of small counts, then secondary
 * suppression until the audit passes. In each round, for every exposed cell the smallest non-zero
 * shown cell of a relation that pins it is suppressed too (a part rather than a total, so totals
 * stay visible where possible; never a zero, which gives nothing away).
 */
public final class SecondarySuppression {
  /** A publication needing more rounds than this has a modelling problem. */
  static final int MAX_ROUNDS = 500;

  private SecondarySuppression() {}

  /** Protects every published cell of {@code model} under {@code policy}. */
  public static Protection protect(CountModel model, DisclosurePolicy policy) {
    Map<CellRef, PublishedCell> cells = new TreeMap<>();
    Set<CellRef> primary = new TreeSet<>();
    for (CellRef cell : model.published()) {
      Long value = model.values().get(cell);
      PublishedCell published = value == null ? PublishedCell.withheld(Status.NOT_AVAILABLE)
          : SmallCountSuppression.publish(value, policy);
      cells.put(cell, published);
      if (published.status() == Status.SUPPRESSED) {
        primary.add(cell);
      }
    }
    Map<CellRef, List<Relation>> relationsOf = new HashMap<>();
    for (Relation r : model.relations()) {
      r.cells().forEach(c -> relationsOf.computeIfAbsent(c, k -> new ArrayList<>()).add(r));
    }
    Set<CellRef> secondary = new TreeSet<>();
    DisclosureAudit.Auditor auditor = new DisclosureAudit.Auditor(model.implied(), model.relations(), policy);
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      AuditResult audit = auditor.audit(cells);
      List<CellInterval> exposed = audit.exposed();
      if (exposed.isEmpty()) {
        return new Protection(cells, primary, secondary, audit, round);
      }
      Set<Relation> changed = new HashSet<>();
      CellRef unprotectable = null;
      for (CellInterval interval : exposed) {
        List<Relation> own = relationsOf.getOrDefault(interval.cell(), List.of());
        if (own.stream().anyMatch(changed::contains)) {
          continue; // a cell suppressed this round already widens it; audit again first
        }
        Optional<CellRef> chosen = choose(interval.cell(), cells, relationsOf);
        if (chosen.isEmpty()) {
          // Cells suppressed earlier this round, further away, may already protect it: audit again first.
          unprotectable = unprotectable == null ? interval.cell() : unprotectable;
          continue;
        }
        cells.put(chosen.get(), PublishedCell.withheld(Status.SUPPRESSED));
        secondary.add(chosen.get());
        changed.addAll(relationsOf.getOrDefault(chosen.get(), List.of()));
      }
      if (changed.isEmpty() && unprotectable != null) {
        throw new IllegalStateException("secondary suppression: no shown cell can protect " + unprotectable.table()
            + "." + unprotectable.column() + " (model " + model.relations().size() + " relations)");
      }
    }
    throw new IllegalStateException("secondary suppression did not converge in " + MAX_ROUNDS + " rounds");
  }

  /** Headline tables a board reads first: suppressing there costs more than in the detailed tables. */
  private static final Set<String> HEADLINE = Set.of("cohort", "cohort_breakdown", "vulnerabilities", "missing_summary",
      "incidents_summary", "perpetrators_summary", "agency_performance", "cross_border");

  /**
   * What suppressing a cell costs the reader: its value, weighed up for the partnership row and for
   * headline tables, so detail (an authority, a single year of age, an earlier quarter) goes first.
   */
  static double cost(CellRef cell, double value) {
    double weight = cell.key().contains("ALL") ? 4 : 1;
    return value * weight * (HEADLINE.contains(cell.table()) ? 2 : 1);
  }

  /**
   * The cell to suppress for an exposed cell: the cheapest (see {@link #cost}) shown non-zero part of its relations;
   * failing that, of the relations of the withheld cells they lead to, and so on outwards (a
   * withheld neighbour pinned through another relation pins this cell too); only when no part can
   * be found anywhere, the smallest total nearest to it; empty when every related cell is withheld already.
   */
  static Optional<CellRef> choose(CellRef exposed, Map<CellRef, PublishedCell> cells,
      Map<CellRef, List<Relation>> relationsOf) {
    Set<CellRef> visited = new HashSet<>(Set.of(exposed));
    Set<Relation> seen = new HashSet<>();
    Set<CellRef> frontier = new LinkedHashSet<>(List.of(exposed));
    Set<CellRef> nearestTotals = new LinkedHashSet<>();
    Comparator<CellRef> smallest = Comparator.<CellRef>comparingDouble(c -> cost(c, cells.get(c).value()))
        .thenComparing(Comparator.naturalOrder());
    while (!frontier.isEmpty()) {
      Set<CellRef> parts = new LinkedHashSet<>();
      Set<CellRef> totals = new LinkedHashSet<>();
      Set<CellRef> next = new LinkedHashSet<>();
      for (CellRef cell : frontier) {
        for (Relation r : relationsOf.getOrDefault(cell, List.of())) {
          if (!seen.add(r)) {
            continue;
          }
          for (CellRef other : r.cells()) {
            PublishedCell published = cells.get(other);
            boolean shown = published != null && published.isShown();
            if (shown && published.value() > 0) {
              (r.total().equals(other) ? totals : parts).add(other);
            } else if (!shown && visited.add(other)) {
              next.add(other); // withheld: the cells it is related to may pin it in turn
            }
          }
        }
      }
      if (!parts.isEmpty()) {
        return parts.stream().min(smallest);
      }
      if (nearestTotals.isEmpty()) {
        nearestTotals.addAll(totals);
      }
      frontier = next;
    }
    return nearestTotals.stream().min(smallest);
  }
}
