package org.cseprofile.reports.report.section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cseprofile.reports.chart.ProfileCharts;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ChartWords;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;

/** Children open to CSE concern: the eight-quarter trend and this quarter by authority. */
public final class CohortSection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable cohort = content.table("cohort");
    if (cohort == null) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Children open to CSE concern");
    s.text("Children with a CSE episode open at any time in the quarter, by the local authority responsible for them.");
    PublishedTable trend = content.table("cohort_trend");
    if (trend != null) {
      List<String> quarters = trend.rows().stream().map(r -> r.dimensions().get(trend.dimension("quarter"))).distinct()
          .sorted().toList();
      Map<String, List<PublishedCell>> lines = new LinkedHashMap<>();
      lines.put("Open to CSE concern", quarters.stream().map(q -> trend.cell("children_open", q, "ALL")).toList());
      lines.put("Newly identified", quarters.stream().map(q -> trend.cell("children_identified", q, "ALL")).toList());
      ChartWords.Described d = ChartWords.trend(s.id() + "-trend-numbers",
          "Partnership: children open to CSE concern and newly identified, by quarter", trend.name(), quarters, lines);
      s.figure("trend", ProfileCharts.cohortTrend(trend, content.note()), d.words(), d.numbers());
    }
    s.table(ReportTables.rows(s.id() + "-by-area", "Children open to CSE concern in " + content.periodLabel()
        + ", by authority", content, cohort, r -> true, "Area", 0,
        List.of("children_open", "children_identified", "children_closed", "children_open_at_end"),
        List.of("Open in quarter", "Newly identified", "Closed", "Open at end")));
    PublishedTable breakdown = content.table("cohort_breakdown");
    if (breakdown != null && !breakdown.rowsWhere("breakdown", "referral_source").isEmpty()) {
      s.subheading("Who referred them");
      s.text("The agency that referred each child, from the referral source of the episode that places them in "
          + "their authority (children in need census codes, grouped by agency). Not recorded includes the code "
          + "for unknown.");
      s.table(ReportTables.breakdown(s.id() + "-referral", content, breakdown, "referral_source", "Referred by"));
    }
    return s.section();
  }
}
