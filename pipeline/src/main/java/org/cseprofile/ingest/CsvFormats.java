package org.cseprofile.ingest;

import org.apache.commons.csv.CSVFormat;

/** The CSV dialect of the data contract: RFC 4180, comma, double quote, header row parsed by us. */
public final class CsvFormats {

  /**
   * For reading contract-format text that cannot be broken, such as test fixtures: empty lines are returned
   * so line numbers stay exact. Extract files are read with {@link CsvRecordReader}, which recovers from
   * broken quoting where Commons CSV stops.
   */
  public static final CSVFormat EXTRACT = CSVFormat.RFC4180.builder()
      .setIgnoreEmptyLines(false)
      .setIgnoreSurroundingSpaces(false)
      .setTrim(false)
      .get();

  /** For writing: RFC 4180 with CRLF, quoting only where needed. */
  public static final CSVFormat WRITE = CSVFormat.RFC4180;

  private CsvFormats() {}
}
