package org.cseprofile.table;

/** Names of the output tables; each is a folder under {@code restricted/} (and, once published, {@code published/}). */
public final class TableNames {
  /** Children open to CSE concern in the period, per local authority and for the partnership. */
  public static final String COHORT = "cohort";
  /** Cohort children by age in completed years at period end and gender. */
  public static final String AGE_BY_GENDER = "age_by_gender";
  /** Rows rejected by validation: extract, file, line, rule, column. Restricted. */
  public static final String QUARANTINE = "quarantine";

  /** Rows accepted with a warning: extract, file, line, rule, column. Restricted. */
  public static final String ROW_WARNINGS = "row_warnings";
  /** Per input file: rows read, accepted, quarantined and warned, by rule, with shares. */
  public static final String DATA_QUALITY = "data_quality";
  /** Per input file and optional column: the share of accepted rows with the column filled. */
  public static final String COMPLETENESS = "completeness";

  private TableNames() {}
}
