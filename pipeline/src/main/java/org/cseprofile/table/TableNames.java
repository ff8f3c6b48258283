package org.cseprofile.table;

/** Names of the output tables; each is a folder under {@code restricted/} (and, once published, {@code published/}). */
public final class TableNames {
  /** Children open to CSE concern in the period, per local authority and for the partnership. */
  public static final String COHORT = "cohort";
  /** Cohort children by age in completed years at period end and gender. */
  public static final String AGE_BY_GENDER = "age_by_gender";
  /** Rows rejected by validation: extract, file, line, rule, column. Restricted. */
  public static final String QUARANTINE = "quarantine";
  /** Grid cells with located incidents or found locations: counts, Gi* hot spots, rank. Restricted. */
  public static final String HOTSPOT_CELLS = "hotspot_cells";
  /** Hot spot accounting, PAI, prediction and persistence per window and layer. Restricted. */
  public static final String HOTSPOT_SUMMARY = "hotspot_summary";

  private TableNames() {}
}
