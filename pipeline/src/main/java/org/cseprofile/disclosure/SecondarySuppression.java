package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      AuditResult audit = DisclosureAudit.audit(cells, model, policy);
      List<CellInterval> exposed = audit.exposed();
      if (exposed.isEmpty()) {
        return new Protection(cells, primary, secondary, audit, round);
      }
      Set<Relation> changed = new HashSet<>();
      for (CellInterval interval : exposed) {
        List<Relation> own = relationsOf.getOrDefault(interval.cell(), List.of());
        if (own.stream().anyMatch(changed::contains)) {
          continue; // a cell suppressed this round already widens it; audit again first
        }
        CellRef chosen = choose(interval.cell(), cells, model, relationsOf);
        cells.put(chosen, PublishedCell.withheld(Status.SUPPRESSED));
        secondary.add(chosen);
        changed.addAll(relationsOf.getOrDefault(chosen, List.of()));
      }
    }
    throw new IllegalStateException("secondary suppression did not converge in " + MAX_ROUNDS + " rounds");
  }

  /**
   * The cell to suppress for an exposed cell: among shown non-zero cells of its relations, a part
   * before a total, then the smallest; if its relations have none, those of the withheld cells they
   * lead to, and so on outwards.
   */
  static CellRef choose(CellRef exposed, Map<CellRef, PublishedCell> cells, CountModel model,
      Map<CellRef, List<Relation>> relationsOf) {
    Set<CellRef> visited = new HashSet<>(Set.of(exposed));
    Set<CellRef> frontier = new LinkedHashSet<>(List.of(exposed));
    while (!frontier.isEmpty()) {
      Map<CellRef, Integer> rank = new HashMap<>();
      Set<CellRef> next = new LinkedHashSet<>();
      for (CellRef cell : frontier) {
        for (Relation r : relationsOf.getOrDefault(cell, List.of())) {
          for (CellRef other : r.cells()) {
            PublishedCell published = cells.get(other);
            boolean shown = published != null && published.isShown();
            if (shown && published.value() > 0) {
              rank.merge(other, r.total().equals(other) ? 1 : 0, Math::min);
            } else if (!shown && visited.add(other)) {
              next.add(other); // withheld: the cells it is related to may pin it in turn
            }
          }
        }
      }
      if (!rank.isEmpty()) {
        Comparator<CellRef> order = Comparator.<CellRef>comparingInt(rank::get)
            .thenComparingDouble(c -> cells.get(c).value())
            .thenComparing(Comparator.naturalOrder());
        return rank.keySet().stream().min(order).orElseThrow();
      }
      frontier = next;
    }
    throw new IllegalStateException("secondary suppression: no shown cell can protect " + exposed.table() + "."
        + exposed.column() + " (model " + model.relations().size() + " relations)");
  }
}
