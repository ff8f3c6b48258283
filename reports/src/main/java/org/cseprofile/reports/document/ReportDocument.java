package org.cseprofile.reports.document;

import java.util.List;
import java.util.Objects;

/**
 * A whole report, independent of its output: title, language, protective marking, the lines of the
 * cover, and its sections in order.
 *
 * @param runningTitle the short title printed at the foot of each PDF page
 * @param cover the cover's lines under the title, in order
 * @param produced the day the report is produced, as {@code yyyy-mm-dd}, for the PDF's dates
 */
public record ReportDocument(String title, String language, String marking, String runningTitle, List<String> cover,
    List<Section> sections, String produced) {

  public ReportDocument {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(marking, "marking");
    Objects.requireNonNull(runningTitle, "runningTitle");
    Objects.requireNonNull(produced, "produced");
    cover = List.copyOf(cover);
    sections = List.copyOf(sections);
    if (!produced.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new IllegalArgumentException("produced must be a date as yyyy-mm-dd, was " + produced);
    }
  }
}
