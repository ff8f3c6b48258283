package org.cseprofile.reports.report.section;

import java.util.List;
import java.util.Optional;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;

/** The data-quality annex: rows read and set aside per extract, and how complete the optional fields are. */
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
    s.table(ReportTables.rows(s.id() + "-files", "Rows read and quarantined, by extract", content, files, r -> true,
        "File", 1, List.of("rows_read", "rows_quarantined", "percent_quarantined"),
        List.of("Rows read", "Quarantined", "% quarantined")));
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
}
