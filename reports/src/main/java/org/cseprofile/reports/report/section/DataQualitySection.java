package org.cseprofile.reports.report.section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;
import org.cseprofile.reports.report.WarningWords;

/**
 * The data-quality annex: rows read and set aside per extract, rows used with a warning and what each warning cost,
 * and how complete the optional fields are.
 */
public final class DataQualitySection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable files = content.table("input_files");
    if (files == null) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Annex: data quality");
    s.text("Rows read from each agency extract, and rows set aside (quarantined) because they broke a rule of the data "
        + "contract. Quarantined rows are listed, with the rule, for the analyst; they are not in any count.");
    totals(files).ifPresent(s::text);
    boolean warned = files.measures().contains("rows_with_warning");
    s.table(ReportTables.rows(s.id() + "-files", "Rows read and quarantined, by extract", content, files, r -> true,
        "File", 1, warned ? List.of("rows_read", "rows_quarantined", "percent_quarantined", "rows_with_warning")
            : List.of("rows_read", "rows_quarantined", "percent_quarantined"),
        warned ? List.of("Rows read", "Quarantined", "% quarantined", "Used with a warning")
            : List.of("Rows read", "Quarantined", "% quarantined")));
    warnings(s, content);
    PublishedTable completeness = content.table("field_completeness");
    if (completeness != null && !completeness.rows().isEmpty()) {
      s.subheading("Field completeness");
      s.text("How often each optional field is filled in the rows accepted from each extract. Breakdowns that use a "
          + "field that is often blank (for example risk level or model of exploitation) describe only the children "
          + "whose record has it.");
      int percent = completeness.measure("percent_filled");
      s.table(new Table(s.id() + "-completeness", "Optional fields filled, by extract", completeness.name(),
          List.of("Extract", "Field", "% filled"), 2, completeness.rows().stream().map(row -> List.of(
              row.dimensions().get(0), row.dimensions().get(1),
              ReportTables.format(row.cells().get(percent), MeasureKind.PERCENT))).toList()));
    }
    return s.section();
  }

  /** "In all, 1,222 rows were read and 12 of them (1.0%) set aside", when every count of it is shown. */
  private static Optional<String> totals(PublishedTable files) {
    int read = files.measure("rows_read");
    int quarantined = files.measure("rows_quarantined");
    double rowsRead = 0;
    double setAside = 0;
    for (PublishedRow row : files.rows()) {
      if (!row.cells().get(read).isShown() || !row.cells().get(quarantined).isShown()) {
        return Optional.empty();
      }
      rowsRead += row.cells().get(read).value();
      setAside += row.cells().get(quarantined).value();
    }
    if (rowsRead == 0) {
      return Optional.empty();
    }
    if (setAside == 0) {
      return Optional.of(String.format(Locale.UK, "In all, %,d rows were read and none was set aside, so no row was "
          + "lost.", Math.round(rowsRead)));
    }
    return Optional.of(String.format(Locale.UK, "In all, %,d rows were read and %,d of them (%.1f%%) set aside: that "
        + "is the information this report lost to rows it could not use.", Math.round(rowsRead), Math.round(setAside),
        100 * setAside / rowsRead));
  }

  /** Rows used with a warning, by file and warning, and what each warning cost, in plain words. */
  private static void warnings(SectionWriter s, ReportContent content) {
    PublishedTable warnings = content.table("input_warnings");
    if (warnings == null) {
      return;
    }
    s.subheading("Rows used with a warning");
    if (warnings.rows().isEmpty()) {
      s.text("No row was used with a warning.");
      return;
    }
    s.text("Rows that were used, but with a warning about the row or its whole file: what was found, how many rows it "
        + "concerns, and what information it cost.");
    int file = warnings.dimension("source_file");
    int rule = warnings.dimension("rule");
    int rows = warnings.measure("rows_with_warning");
    List<List<String>> table = new ArrayList<>();
    Set<String> rules = new LinkedHashSet<>();
    for (PublishedRow row : warnings.rows()) {
      String id = row.dimensions().get(rule);
      rules.add(id);
      table.add(List.of(row.dimensions().get(file), WarningWords.of(id, content.missingOverlaps()).name(),
          ReportTables.format(row.cells().get(rows), MeasureKind.COUNT)));
    }
    s.table(new Table(s.id() + "-warnings", "Rows used with a warning, by file and warning", warnings.name(),
        List.of("File", "Warning", "Rows"), 2, table));
    s.text("What each warning cost:");
    s.bullets(rules.stream().map(id -> {
      WarningWords.Words words = WarningWords.of(id, content.missingOverlaps());
      return words.name() + ": " + words.lost() + ".";
    }).toList());
  }
}
