package org.cseprofile.reports.report.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cseprofile.reports.chart.Labels;
import org.cseprofile.reports.chart.ProfileCharts;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ChartWords;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;

/** Missing episodes: how long children were missing, repeat missing over time, and the quarter's summary. */
public final class MissingSection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable summary = content.table("missing_summary");
    if (summary == null) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Missing episodes");
    if (!content.supplied("missing")) {
      return s.text("No missing-episode file (the SSDA903 missing table) was supplied to this run, so there are no "
          + "missing-episode charts, and every count of missing episodes in the published tables is x (not "
          + "available), never 0.").section();
    }
    s.text("Episodes starting in the quarter, for all children who went missing and for children open to CSE "
        + "concern. A child is repeatedly missing with " + content.repeatEpisodes() + " or more episodes starting "
        + "within " + content.repeatDays() + " days.");
    PublishedTable breakdown = content.table("missing_breakdown");
    if (breakdown != null) {
      List<ChartWords.Value> values = new ArrayList<>();
      for (PublishedRow row : breakdown.rows()) {
        if (ReportTables.dimension(breakdown, row, "la_code").equals("ALL")
            && ReportTables.dimension(breakdown, row, "population").equals("all_missing")
            && ReportTables.dimension(breakdown, row, "breakdown").equals("duration_band")) {
          values.add(new ChartWords.Value(Labels.of(ReportTables.dimension(breakdown, row, "category")),
              row.cells().get(breakdown.measure("episodes"))));
        }
      }
      ChartWords.Described d = ChartWords.bars(s.id() + "-duration-numbers",
          "Partnership: missing episodes by how long the child was missing", breakdown.name(),
          "Missing episodes of all children who went missing, by how long they lasted", "How long", "Episodes", values,
          MeasureKind.COUNT, "");
      s.figure("duration", ProfileCharts.missingDuration(breakdown, content.note()), d.words(), d.numbers());
    }
    PublishedTable trend = content.table("missing_trend");
    if (trend != null) {
      List<String> quarters = trend.rows().stream().map(r -> r.dimensions().get(trend.dimension("quarter"))).distinct()
          .sorted().toList();
      Map<String, List<PublishedCell>> lines = new LinkedHashMap<>();
      for (String population : List.of("all_missing", "cse_cohort")) {
        lines.put(Labels.of(population), quarters.stream()
            .map(q -> trend.cell("repeat_missing_children", q, "ALL", population)).toList());
      }
      ChartWords.Described d = ChartWords.trend(s.id() + "-repeat-numbers",
          "Partnership: children repeatedly missing, by quarter", trend.name(), quarters, lines);
      s.figure("repeat", ProfileCharts.repeatMissingTrend(trend, content.note()), d.words(), d.numbers());
    }
    s.table(ReportTables.rows(s.id() + "-summary", "Missing episodes in " + content.periodLabel(), content, summary,
        r -> r.dimensions().get(0).equals("ALL"), "Children counted", 1, List.of("episodes", "children",
            "repeat_missing_children", "returns", "rhi_offered_within_72h_percent", "rhi_accepted_percent"),
        List.of("Episodes", "Children", "Repeatedly missing", "Returns", "% offered interview in 72h",
            "% accepted interview")));
    return s.section();
  }
}
