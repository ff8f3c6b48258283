package org.cseprofile.reports.report.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cseprofile.reports.chart.Labels;
import org.cseprofile.reports.chart.ProfileCharts;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ChartWords;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;

/** The share of the cohort with each vulnerability, with its interval. */
public final class VulnerabilitiesSection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable table = content.table("vulnerabilities");
    if (table == null) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Vulnerabilities");
    s.text("Share of the children open to CSE concern with each vulnerability, with its 95% interval. Children "
        + "whose record does not say are counted as not having it; the last column shows how many.");
    List<ChartWords.Value> values = new ArrayList<>();
    for (String indicator : ProfileCharts.CHARTED_INDICATORS) {
      table.rows().stream().filter(r -> r.dimensions().get(0).equals("ALL") && r.dimensions().get(1).equals(indicator))
          .findFirst().ifPresent(r -> values.add(new ChartWords.Value(Labels.of(indicator),
              r.cells().get(table.measure("percent")))));
    }
    String tableId = s.id() + "-table";
    String caption = "Partnership: children with each vulnerability";
    s.figure("chart", ProfileCharts.vulnerabilities(table, content.note()),
        ChartWords.bars("Partnership: percentage of the children open to CSE concern with each vulnerability", values,
            MeasureKind.PERCENT, "%"), tableId, caption);
    s.table(ReportTables.rows(tableId, caption, content, table, (PublishedRow r) -> r.dimensions().get(0).equals("ALL"),
        "Vulnerability", 1, List.of("numerator", "percent", "ci_lower", "ci_upper", "not_recorded"),
        List.of("Children", "%", "95% from", "95% to", "Not recorded")));
    return s.section();
  }
}
