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

/**
 * CSE-flagged police incidents by type of contact and of place, and online incidents by the platform named; without
 * the incidents extract, one sentence saying so.
 */
public final class IncidentsSection implements ReportSection {
  /** The whole section when no incidents were supplied: no chart, no table, never a count of 0. */
  static final String NO_INCIDENTS = "No police incidents extract was supplied to this run, so there are no incident "
      + "charts or counts: every count in the published tables incidents_summary, incidents_breakdown and "
      + "incidents_by_location_role is x (not available), never 0.";

  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable incidents = content.table("incidents_breakdown");
    if (incidents == null) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Police incidents");
    if (!content.supplied("incidents")) {
      return s.text(NO_INCIDENTS).section();
    }
    s.text("CSE-flagged incidents recorded by the police in the quarter, where they happened.");
    for (String by : List.of("contact_type", "place_type")) {
      List<ChartWords.Value> values = new ArrayList<>();
      for (PublishedRow row : incidents.rows()) {
        if (ReportTables.dimension(incidents, row, "la_code").equals("ALL")
            && ReportTables.dimension(incidents, row, "breakdown").equals(by)) {
          values.add(new ChartWords.Value(Labels.of(ReportTables.dimension(incidents, row, "category")),
              row.cells().get(incidents.measure("incidents"))));
        }
      }
      String what = by.equals("contact_type") ? "type of contact" : "type of place";
      ChartWords.Described d = ChartWords.bars(s.id() + "-" + by.replace('_', '-') + "-numbers",
          "Partnership: incidents by " + what, incidents.name(), "Incidents recorded in the quarter by " + what,
          what.substring(0, 1).toUpperCase(java.util.Locale.UK) + what.substring(1), "Incidents", values,
          MeasureKind.COUNT, "");
      s.figure(by.replace('_', '-'), ProfileCharts.incidents(incidents, by, content.note()), d.words(), d.numbers());
    }
    platforms(s, content, incidents);
    locationRoles(s, content);
    PublishedTable summary = content.table("incidents_summary");
    if (summary != null) {
      s.table(ReportTables.rows(s.id() + "-summary", "Incidents and their victims in " + content.periodLabel(), content,
          summary, r -> true, "Area", 0, List.of("incidents", "incidents_with_victim", "children_linked_as_victims",
              "victims_in_cse_cohort"), List.of("Incidents", "With a victim named", "Children as victims",
              "Of them open to CSE concern")));
    }
    return s.section();
  }

  /**
   * Partnership incidents by place type and the place's role: where the child was met or targeted, or where the
   * offence happened. Rows are the place types with an incident shown; a withheld or not available count keeps its
   * symbol.
   */
  private static void locationRoles(SectionWriter s, ReportContent content) {
    PublishedTable roles = content.table("incidents_by_location_role");
    if (roles == null || roles.rows().isEmpty()) {
      return;
    }
    s.subheading("Where children were met and where offences happened");
    List<String> roleCodes = List.of("met", "offence", "not_recorded");
    List<List<String>> rows = new ArrayList<>();
    List<String> places = roles.rows().stream().filter(r -> ReportTables.dimension(roles, r, "la_code").equals("ALL"))
        .map(r -> ReportTables.dimension(roles, r, "place_type")).distinct().toList();
    for (String place : places) {
      List<String> cells = new ArrayList<>(List.of(Labels.of(place)));
      for (String role : roleCodes) {
        cells.add(ReportTables.format(roles.cell("incidents", "ALL", place, role), MeasureKind.COUNT));
      }
      if (cells.subList(1, cells.size()).stream().anyMatch(c -> !c.equals("0"))) {
        rows.add(cells);
      }
    }
    s.table(new org.cseprofile.reports.document.Table(s.id() + "-location-role",
        "Partnership: incidents by type of place and what happened there", roles.name(),
        List.of("Type of place", "Where the child was met", "Where the offence happened", "Not recorded"), 1, rows));
    s.text("The police record, for each incident's place, whether it is where the child was targeted or met, or "
        + "where the offence happened. Each incident counts once, under the role recorded for its place; type of place "
        + "rows with no incident are left out.");
  }

  /**
   * Online incidents by platform, as the published table has them: platforms named by too few incidents are already
   * counted as other there, so every name shown passed disclosure control.
   */
  private static void platforms(SectionWriter s, ReportContent content, PublishedTable incidents) {
    if (incidents.rowsWhere("breakdown", "platform").isEmpty()) {
      return;
    }
    s.subheading("Platforms and apps");
    s.table(ReportTables.breakdown(s.id() + "-platforms", content, incidents, "platform",
        "Online incidents by platform"));
    s.text("Online incidents (online contact or place, or a platform named) by the platform or app the police "
        + "recorded, spelt as recorded. A platform named by too few incidents to show is counted with Other; Not "
        + "recorded is an online incident with no platform.");
  }
}
