package org.cseprofile.table;

/** Column names of the output tables, defined once. Documented in docs/metrics.md. */
public final class Columns {
  /** The period label, {@code YYYY-Qn} (or {@code from_to} for a custom window); the partition column. */
  public static final String PERIOD = "period";
  /** ONS code of the local authority, or {@link #PARTNERSHIP} for the whole partnership. */
  public static final String LA_CODE = "la_code";
  /** The {@code la_code} of partnership-total rows. */
  public static final String PARTNERSHIP = "ALL";
  public static final String GENDER = "gender";
  /** Age in completed years at the end of the period. */
  public static final String AGE = "age";
  /** A number of distinct children. */
  public static final String CHILDREN = "children";
  /** Children whose CSE concern was open at any time in the period. */
  public static final String CHILDREN_OPEN = "children_open";

  private Columns() {}
}
