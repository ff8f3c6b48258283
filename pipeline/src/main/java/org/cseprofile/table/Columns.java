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

  /** Extract name, as in the data contract (data-quality tables). */
  public static final String EXTRACT = "extract";
  /** Input file relative to the input folder, or {@code ALL} for all files of an extract. */
  public static final String SOURCE_FILE = "source_file";
  /** What a data-quality row counts: rows_read, accepted, quarantined, warned, file_rejected, file_warning. */
  public static final String MEASURE = "measure";
  /** A validation rule id (docs/data-contract.md). */
  public static final String RULE = "rule";
  /** The rule's effect: reject_file, reject_row or warning. */
  public static final String SEVERITY = "severity";
  /** Header of the column concerned, as the data contract names it. */
  public static final String COLUMN_NAME = "column_name";
  /** A number of rows of an input file. */
  public static final String ROWS = "rows";
  /** Rows with an optional column filled. */
  public static final String FILLED = "filled";
  /** A fraction between 0 and 1 (rows over rows read, or filled over rows). */
  public static final String SHARE = "share";

  private Columns() {}
}
