package org.cseprofile.disclosure;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cseprofile.reports.published.PublishedCell;

/**
 * The outcome of disclosure control for a publication: every published cell, which were
 * suppressed as small counts (primary) and which to protect them (secondary), the final audit, and
 * the exact value of every withheld cell (restricted: for measuring what was lost, never published).
 */
public record Protection(Map<CellRef, PublishedCell> cells, Set<CellRef> primary, Set<CellRef> secondary,
    AuditResult audit, int rounds, Map<CellRef, Long> withheldValues) {

  public Protection {
    cells = Collections.unmodifiableMap(new TreeMap<>(cells));
    primary = Collections.unmodifiableSet(new TreeSet<>(primary));
    secondary = Collections.unmodifiableSet(new TreeSet<>(secondary));
    withheldValues = Collections.unmodifiableMap(new TreeMap<>(withheldValues));
    for (CellRef cell : primary) {
      if (!withheldValues.containsKey(cell)) {
        throw new IllegalArgumentException("withheldValues must hold every primary cell: " + cell);
      }
    }
    for (CellRef cell : secondary) {
      if (!withheldValues.containsKey(cell)) {
        throw new IllegalArgumentException("withheldValues must hold every secondary cell: " + cell);
      }
    }
  }

  /** The protection of {@code model}: the values of the withheld (and implied) cells are taken from it. */
  static Protection of(Map<CellRef, PublishedCell> cells, Set<CellRef> primary, Set<CellRef> secondary,
      AuditResult audit, int rounds, CountModel model) {
    Map<CellRef, Long> values = new TreeMap<>();
    for (CellRef cell : primary) {
      values.put(cell, model.values().get(cell));
    }
    for (CellRef cell : secondary) {
      values.put(cell, model.values().get(cell));
    }
    for (CellRef cell : model.implied()) {
      if (model.values().get(cell) != null) {
        values.put(cell, model.values().get(cell));
      }
    }
    return new Protection(cells, primary, secondary, audit, rounds, values);
  }

  /**
   * What was withheld, table by table (in table order): counts shown, and the cells withheld as
   * primary and as secondary with their total value.
   */
  public java.util.List<TableLoss> losses() {
    Map<String, TableLoss> byTable = new TreeMap<>();
    cells.forEach((cell, published) -> {
      boolean isPrimary = primary.contains(cell);
      boolean isSecondary = secondary.contains(cell);
      long value = isPrimary || isSecondary ? withheldValues.get(cell) : 0;
      TableLoss one = new TableLoss(cell.table(), published.isShown() ? 1 : 0, isPrimary ? 1 : 0,
          isPrimary ? value : 0, isSecondary ? 1 : 0, isSecondary ? value : 0);
      byTable.merge(cell.table(), one, TableLoss::plus);
    });
    return java.util.List.copyOf(byTable.values());
  }

  /** The published form of a cell. */
  public PublishedCell cell(CellRef cell) {
    PublishedCell value = cells.get(cell);
    if (value == null) {
      throw new IllegalArgumentException("no published cell " + cell);
    }
    return value;
  }
}
