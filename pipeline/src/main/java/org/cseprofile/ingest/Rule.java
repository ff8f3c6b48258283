package org.cseprofile.ingest;

/**
 * A validation rule with a stable id. Ids appear in the quarantine table and the data-quality
 * report and are documented in docs/data-contract.md; never rename one.
 */
public enum Rule {
  MISSING_COLUMN("missing_column", Severity.REJECT_FILE,
      "a required column is missing from the header row",
      "add the column to the header row (names are matched ignoring case and surrounding spaces)"),
  DUPLICATE_COLUMN("duplicate_column", Severity.REJECT_FILE,
      "the header row names the same column twice",
      "remove or rename the repeated column"),
  ENCODING("encoding", Severity.REJECT_FILE,
      "the file is not UTF-8 text",
      "re-save the file as CSV UTF-8 (in Excel: Save As, 'CSV UTF-8 (Comma delimited)')"),
  WINDOWS_1252("windows_1252", Severity.WARNING,
      "the file is not UTF-8; it was read as Windows-1252 (Excel's plain CSV)",
      "re-save the file as CSV UTF-8 so that accented letters are certain to be read correctly"),
  EMPTY_FILE("empty_file", Severity.WARNING,
      "the file is empty (no header row)",
      "check the export: an empty file contributes no rows"),
  UNKNOWN_COLUMN("unknown_column", Severity.WARNING,
      "the header names a column the data contract does not define; it is ignored",
      "remove the column, or check its spelling against docs/data-contract.md"),
  FIELD_COUNT("field_count", Severity.REJECT_ROW,
      "the row has a different number of fields than the header",
      "check for unquoted commas or a missing or extra separator on this line"),
  MALFORMED_QUOTES("malformed_quotes", Severity.REJECT_ROW,
      "quoting is broken from this line on (a quote is not closed, or text follows a closing quote)",
      "check the quotes on this line; the rest of the file could not be read and was not counted"),
  REQUIRED_BLANK("required_blank", Severity.REJECT_ROW,
      "a required value is blank",
      "fill in the value, or remove the row if it is not a real record"),
  INVALID_DATE("invalid_date", Severity.REJECT_ROW,
      "a date is not a real date written yyyy-MM-dd or dd/MM/yyyy",
      "write the date as yyyy-MM-dd or dd/MM/yyyy and check that the day exists"),
  INVALID_CODE("invalid_code", Severity.REJECT_ROW,
      "a value is not in the column's code list",
      "use one of the codes listed for this column in docs/data-contract.md"),
  INVALID_NUMBER("invalid_number", Severity.REJECT_ROW,
      "a value that must be a number is not one",
      "write the value as digits only (grid references in whole metres)");

  private final String id;
  private final Severity severity;
  private final String description;
  private final String advice;

  Rule(String id, Severity severity, String description, String advice) {
    this.id = id;
    this.severity = severity;
    this.description = description;
    this.advice = advice;
  }

  /** The stable identifier written to quarantine and data-quality tables. */
  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  /** What the rule checks, in plain words. */
  public String description() {
    return description;
  }

  /** What a data officer should do about a breach. */
  public String advice() {
    return advice;
  }

  /** The rule with the given id. */
  public static Rule byId(String id) {
    for (Rule r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no rule with id " + id);
  }
}
