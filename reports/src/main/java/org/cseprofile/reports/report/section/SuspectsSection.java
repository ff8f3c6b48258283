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

/** Suspects linked to the quarter's incidents: age and gender, outcomes and disruption. */
public final class SuspectsSection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable suspects = content.table("perpetrators_breakdown");
    if (suspects == null) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Suspects");
    if (!content.supplied("suspects") || !content.supplied("incidents")) {
      return s.text("No police " + (content.supplied("incidents") ? "suspects" : "incidents") + " extract was "
          + "supplied to this run, so there is no chart or count of suspects: every count in the published suspect "
          + "tables is x (not available), never 0.").section();
    }
    List<ChartWords.Value> values = new ArrayList<>();
    for (String by : List.of("age_band", "gender")) {
      for (PublishedRow row : suspects.rows()) {
        if (ReportTables.dimension(suspects, row, "la_code").equals("ALL")
            && ReportTables.dimension(suspects, row, "breakdown").equals(by)) {
          String category = ReportTables.dimension(suspects, row, "category");
          String label = by.equals("gender") ? adult(category) : "Aged " + Labels.of(category).toLowerCase(
              java.util.Locale.UK);
          values.add(new ChartWords.Value(label, row.cells().get(suspects.measure("suspects"))));
        }
      }
    }
    ChartWords.Described d = ChartWords.bars(s.id() + "-numbers", "Partnership: suspects by age and by gender",
        suspects.name(), "Suspects by age and by gender", "Age or gender", "Suspects", values, MeasureKind.COUNT, "");
    s.figure("chart", ProfileCharts.perpetrators(suspects, content.note()), d.words(), d.numbers());
    PublishedTable summary = content.table("perpetrators_summary");
    if (summary != null) {
      s.table(ReportTables.rows(s.id() + "-summary", "Suspects in " + content.periodLabel(), content, summary, r -> true,
          "Area", 0, List.of("suspects", "suspect_links", "suspects_with_disruption"),
          List.of("Suspects", "Links to incidents", "With a disruption tactic")));
    }
    s.table(ReportTables.breakdown(s.id() + "-status", content, suspects, "status", "Furthest outcome"));
    s.table(ReportTables.breakdown(s.id() + "-disruption", content, suspects, "disruption",
        "Disruption tactic (a suspect may have several)"));
    if (!suspects.rowsWhere("breakdown", "ethnic_group").isEmpty()) {
      s.subheading("Ethnicity and previous offending");
      s.text("A suspect's ethnic group is the one recorded at their latest incident in the area that records one "
          + "(DfE ethnicity codes, as for the children); previous offending is Yes when any of their incidents "
          + "records it. Not recorded counts suspects for whom no incident records it.");
      s.table(ReportTables.breakdown(s.id() + "-ethnicity", content, suspects, "ethnic_group", "Ethnic group"));
      s.table(ReportTables.breakdown(s.id() + "-previous", content, suspects, "previous_offending",
          "Previous offending"));
    }
    return s.section();
  }

  private static String adult(String code) {
    return switch (code) {
      case "M" -> "Male";
      case "F" -> "Female";
      default -> "Gender not known";
    };
  }
}
