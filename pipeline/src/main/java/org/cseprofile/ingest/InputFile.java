package org.cseprofile.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * One file of an extract (CSV, an Excel workbook, or an SSDA903 XML return): its location, its name as shown to people (relative to the input
 * folder, for example {@code missing/E06000043.csv}) and its size in bytes.
 */
public record InputFile(String extract, String location, String displayName, long bytes) implements Serializable {

  /** Whether the file is an XML return rather than a CSV table. */
  public boolean isXml() {
    return displayName.toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
  }

  /**
   * Whether the file is an Excel workbook ({@code .xlsx}, {@code .xlsm}, {@code .xls}, {@code .xlsb}): its first
   * sheet is read ({@link XlsxSheet}); the binary {@code .xls} and {@code .xlsb} are listed too, so that they are
   * refused with {@code excel_workbook}, never passed over unsaid.
   */
  public boolean isWorkbook() {
    return isWorkbookName(displayName.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a file name (shown to people) is an Excel workbook's. */
  public static boolean isWorkbook(String name) {
    return isWorkbookName(name.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a lower-case file name is an Excel workbook's. */
  static boolean isWorkbookName(String lower) {
    return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls") || lower.endsWith(".xlsb");
  }

  public InputFile {
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(displayName, "displayName");
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must not be negative, was " + bytes);
    }
  }
}
