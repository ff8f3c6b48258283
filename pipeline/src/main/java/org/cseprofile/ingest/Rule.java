package org.cseprofile.ingest;

/**
 * A validation rule with a stable id. Ids appear in the quarantine table and the data-quality
 * report and are documented in docs/data-contract.md; never rename one.
 */
public enum Rule {
  MISSING_COLUMN("missing_column", Severity.REJECT_FILE,
      "a required column is missing from the header row",
      "add the column to the header row (names are matched ignoring case and surrounding spaces); a file needs "
          + "a header row naming its columns"),
  DUPLICATE_COLUMN("duplicate_column", Severity.REJECT_FILE,
      "the header row names the same column twice",
      "remove or rename the repeated column"),
  ENCODING("encoding", Severity.REJECT_FILE,
      "the file is not UTF-8 or Windows-1252 text (for example UTF-16, which Excel writes as 'Unicode Text')",
      "re-save the file as CSV UTF-8 (in Excel: Save As, 'CSV UTF-8 (Comma delimited)')"),
  INVALID_XML("invalid_xml", Severity.REJECT_FILE,
      "the XML return cannot be read: it is not well formed (for example truncated), or an element holds more "
          + "than 64 KB of text",
      "export the return again from the case management system, as the DfE XML, and check it opens in a browser"),
  XML_DOCTYPE("xml_doctype", Severity.REJECT_FILE,
      "the XML return has a document type declaration (DOCTYPE) or an entity reference, which a return never needs; "
          + "refused unread, as such a file can make a reader expand text without end or read other files",
      "export the return again from the case management system, without a DOCTYPE"),
  EXCEL_WORKBOOK("excel_workbook", Severity.REJECT_FILE,
      "the workbook cannot be read: it is a binary Excel workbook (.xls, or .xlsb), or protected by a password, or "
          + "not a valid .xlsx (damaged, or expanding to far more than its size); nothing in it was used",
      "open it in Excel, remove any password (File > Info > Protect Workbook), and save it as 'Excel Workbook "
          + "(.xlsx)'; or save the sheet as CSV UTF-8 after formatting identifier columns as Text"),
  MERGED_HEADER("merged_header", Severity.REJECT_FILE,
      "the header row of the workbook's sheet has merged cells, so its columns cannot be told apart",
      "unmerge the cells (Home > Merge & Center > Unmerge Cells), remove any title rows above the header, and give "
          + "each column its own name in one header row"),
  SHEET_NOT_FOUND("sheet_not_found", Severity.REJECT_FILE,
      "the workbook has no sheet of the name the extract's mapping file gives (sheet:)",
      "correct the sheet's name in the mapping file (it is matched ignoring case), or rename the workbook's tab"),
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
      "the quoting of the row is broken (a quote is not closed, or text follows a closing quote)",
      "fix the quotes on this line: a value containing a comma or a quote is enclosed in double quotes, "
          + "and a quote inside it is doubled; the lines after it were read normally"),
  ROW_TOO_LONG("row_too_long", Severity.REJECT_ROW,
      "the row is longer than 1 MB, which no valid row is",
      "check the export: the file may not be CSV, or its line breaks may be missing"),
  NUL_BYTE("nul_byte", Severity.REJECT_ROW,
      "a value holds a NUL character (byte 0), which no text value has; the rest of the file was read normally",
      "remove the NUL character: it is often left by a broken export or a corrupted copy of the file"),
  EXCEL_NUMBER("excel_number", Severity.REJECT_ROW,
      "an identifier looks changed by Excel into a number in scientific notation (such as 1.23E+05), which loses "
          + "digits and can make two children one",
      "export the identifiers as text (in Excel, format the column as Text before pasting, or open the CSV with "
          + "Data > From Text and set the column to Text)"),
  EXCEL_LONG_NUMBER("excel_long_number", Severity.REJECT_ROW,
      "a workbook cell holds a number longer than the 15 digits Excel keeps: its last digits were lost when it was "
          + "typed or pasted in, and an identifier could become another child's",
      "format the column as Text, then paste or type the values again from the source system (or export them as CSV "
          + "straight from it)"),
  EXCEL_ERROR("excel_error", Severity.REJECT_ROW,
      "a workbook cell holds an Excel error (such as #N/A, #REF! or #VALUE!) in place of a value",
      "correct the formula or replace it with the value, then save the workbook again"),
  NUMERIC_IDENTIFIER("numeric_identifier", Severity.WARNING,
      "a workbook stores this identifier as a number, not as text: any leading zeros it had were lost when it was "
          + "typed or pasted in, so it may not match the same child's identifier in the other extracts",
      "format the identifier columns as Text before the values go in (or export them as CSV from the source system)"),
  AMBIGUOUS_DATES("ambiguous_dates", Severity.WARNING,
      "the file writes dates day/month and also month/day (a date such as 09/30/2016 exists only month first); "
          + "dates whose day is 12 or less were read day first and may be wrong",
      "export every date in one order, preferably yyyy-MM-dd"),
  REQUIRED_BLANK("required_blank", Severity.REJECT_ROW,
      "a required value is blank",
      "fill in the value, or remove the row if it is not a real record"),
  INVALID_DATE("invalid_date", Severity.REJECT_ROW,
      "a date is not a real date written yyyy-MM-dd or dd/MM/yyyy",
      "write the date as yyyy-MM-dd or dd/MM/yyyy and check that the day exists"),
  MONTH_ONLY_DATE("month_only_date", Severity.REJECT_ROW,
      "a date holds only a month (such as 2019-01), and this column needs the day",
      "write the full date as yyyy-MM-dd; if the agency records only months (police.uk publishes months only), a "
          + "mapping file can read the column as months, each taken as its first day (dates: {column: month}; see "
          + "docs/data-contract.md, Mapping files)"),
  INVALID_CODE("invalid_code", Severity.REJECT_ROW,
      "a value is not in the column's code list",
      "use one of the codes listed for this column in docs/data-contract.md"),
  INVALID_NUMBER("invalid_number", Severity.REJECT_ROW,
      "a value that must be a number is not one",
      "write the value as digits only (grid references in whole metres)"),
  FUTURE_DATE("future_date", Severity.REJECT_ROW,
      "a date is after the run date",
      "correct the date: the events in an extract have already happened"),
  END_BEFORE_START("end_before_start", Severity.REJECT_ROW,
      "an end date is before its start date (closed_date before identified_date, MIS_END before MIS_START)",
      "correct whichever of the two dates is wrong"),
  BIRTH_AFTER_EVENT("birth_after_event", Severity.REJECT_ROW,
      "the birth month is after the date of the event (identified_date, MIS_START)",
      "check the date of birth and the event date"),
  AGE_OUT_OF_RANGE("age_out_of_range", Severity.REJECT_ROW,
      "the child was 18 or older on identified_date, even taking the last day of birth_month as the birthday",
      "check birth_month and identified_date: the CSE register holds children under 18"),
  OUTSIDE_GRID("outside_grid", Severity.REJECT_ROW,
      "a grid reference is outside Great Britain (easting 1 to 699,999 and northing 1 to 1,299,999 metres)",
      "write British National Grid metres (6 or 7 digits); leave both blank when the place is not known, "
          + "rather than writing 0"),
  DUPLICATE("duplicate", Severity.REJECT_ROW,
      "the row repeats an earlier row exactly (same key, same values); the earlier copy is used",
      "remove the repeated row"),
  CONFLICTING_DUPLICATE("conflicting_duplicate", Severity.REJECT_ROW,
      "rows share the extract's key but differ in other values; none of them is used",
      "keep one correct row for each key and correct or remove the others"),
  AUTHORITY_FROM_FILE_NAME("authority_from_file_name", Severity.WARNING,
      "the SSDA903 file has no LA column; its episodes are counted in the authority whose ONS code the file name holds",
      "check that the code in the file name is the authority that recorded these episodes, or add an LA column"),
  AUTHORITY_NOT_RECORDED("authority_not_recorded", Severity.WARNING,
      "the SSDA903 file has no LA column and its name holds no ONS authority code; its episodes count in the "
          + "partnership total only, and each authority's all_missing counts are not recorded (x)",
      "add an LA column, or name the file by its authority, for example missing/E10000011.csv"),
  AUTHORITY_FROM_RETURN("authority_from_return", Severity.WARNING,
      "the XML return gives no LA per episode; its episodes are counted in the authority the return names",
      "check that the authority the return names recorded these episodes"),
  LOCATION_LOST("location_lost", Severity.WARNING,
      "the row has a location the pipeline cannot use (a column such as lat, x or grid_ref that is not in the "
          + "contract, or latitude without longitude, or easting without northing): it is accepted without a place "
          + "and is left out of maps and hot spots",
      "send easting and northing (British National Grid metres) or latitude and longitude (WGS84 decimal degrees), "
          + "or rename the columns with a mapping file (docs/data-contract.md, Coordinates and Mapping files)"),
  DATES_AS_MONTHS("dates_as_months", Severity.WARNING,
      "the mapping file reads this date column as months: each date is the first day of its month (month precision)",
      "nothing, if the agency records only months; counts by month are exact, anything finer is not"),
  SKIPPED_BY_MAPPING("skipped_by_mapping", Severity.SKIP_ROW,
      "the mapping file says to skip rows with this value in this column (for example police.uk's anti-social "
          + "behaviour rows, which have no Crime ID); they are counted as skipped, not used",
      "nothing, if such rows are not wanted; otherwise remove the skip_rows entry from the mapping file"),
  OVERLAPPING_MISSING("overlapping_missing", Severity.WARNING,
      "a missing episode overlaps another episode of the same child (one starts before the other ends)",
      "check MIS_START and MIS_END of the child's episodes: a child cannot go missing again before returning");

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
