package org.cseprofile.ingest;

/** What a broken rule does to the input. */
public enum Severity {
  /** The whole file cannot be used; other files are still processed. */
  REJECT_FILE,
  /** The row is quarantined with the rule's id; the rest of the file is used. */
  REJECT_ROW,
  /** The input is used as it is; the problem is reported. */
  WARNING,
  /**
   * The row is left out because the extract's mapping file says so (a row of a kind the contract does not
   * hold, such as police.uk's anti-social behaviour rows); counted as skipped, neither accepted nor quarantined.
   */
  SKIP_ROW
}
