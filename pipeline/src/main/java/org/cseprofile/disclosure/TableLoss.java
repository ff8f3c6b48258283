package org.cseprofile.disclosure;

import java.util.Objects;

/**
 * What disclosure control withheld in one table: counts shown, counts withheld as small (primary)
 * and to protect them (secondary), and the exact total of each kind. Restricted: the totals are
 * sums of withheld counts (one withheld cell's total is its value), so they go to the manifest, the
 * terminal and the restricted tables only, never to a published file.
 */
public record TableLoss(String table, int shown, int primary, long primaryValue, int secondary, long secondaryValue) {

  public TableLoss {
    Objects.requireNonNull(table, "table");
    if (shown < 0 || primary < 0 || secondary < 0 || primaryValue < 0 || secondaryValue < 0) {
      throw new IllegalArgumentException("counts of cells and their values must not be negative (table " + table + ")");
    }
  }

  /** Cells withheld, primary and secondary. */
  public int withheld() {
    return primary + secondary;
  }

  /** This table's loss added to another's (of the same table). */
  TableLoss plus(TableLoss other) {
    return new TableLoss(table, shown + other.shown, primary + other.primary, primaryValue + other.primaryValue,
        secondary + other.secondary, secondaryValue + other.secondaryValue);
  }
}
