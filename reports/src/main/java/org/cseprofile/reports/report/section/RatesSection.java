package org.cseprofile.reports.report.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cseprofile.reports.chart.Labels;
import org.cseprofile.reports.chart.ProfileCharts;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.cseprofile.reports.report.ChartWords;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;

/** Counts per 10,000 children resident, authorities side by side, beside the counts they come from. */
public final class RatesSection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable rates = content.table("rates");
    if (rates == null || rates.rows().isEmpty()) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Rates per 10,000 children");
    s.text("Counts of this quarter per 10,000 children living in each authority (ONS mid-year population estimates), "
        + "so that authorities of different sizes can be compared. A rate is computed from the published count, "
        + "so it is withheld (c) whenever its count is" + notAvailable(content, rates) + ". The 95% interval is "
        + "Byar's approximation to the exact Poisson interval, as Public Health England's profiles use. Rates per "
        + "10,000 aged 10 to 17 divide the same counts by the residents of the ages most of the children are.");
    List<ChartWords.Value> values = new ArrayList<>();
    for (String what : ProfileCharts.RATE_CHART) {
      for (String area : content.areaNames().keySet()) {
        row(rates, area, what, "0_17").ifPresent(r -> values.add(new ChartWords.Value(content.areaNames().get(area)
            + ": " + lowerFirst(Labels.of(what)), r.cells().get(rates.measure("rate_per_10000")))));
      }
    }
    String tableId = s.id() + "-table";
    String caption = "Rates per 10,000 children by authority";
    s.figure("chart", ProfileCharts.rates(rates, content.areaNames(), content.note()),
        ChartWords.bars("Children per 10,000 aged 0 to 17, by authority", values, MeasureKind.DECIMAL, " per 10,000"),
        tableId, caption);
    s.text("In the table, the rate and its interval are per 10,000 children aged 0 to 17; the last column per 10,000 "
        + "aged 10 to 17.");
    List<List<String>> rows = new ArrayList<>();
    for (PublishedRow row : rates.rowsWhere("age_group", "0_17")) {
      String area = ReportTables.dimension(rates, row, "la_code");
      String counted = ReportTables.dimension(rates, row, "counted");
      if (!ProfileCharts.RATE_TABLE.contains(counted)) {
        continue;
      }
      PublishedRow older = row(rates, area, counted, "10_17").orElse(null);
      PublishedCell lower = row.cells().get(rates.measure("ci_lower"));
      PublishedCell upper = row.cells().get(rates.measure("ci_upper"));
      rows.add(List.of(ReportTables.areaLabel(content, area), Labels.of(counted),
          ReportTables.format(row.cells().get(rates.measure("count")), MeasureKind.COUNT),
          ReportTables.format(row.cells().get(rates.measure("residents")), MeasureKind.COUNT),
          ReportTables.format(row.cells().get(rates.measure("rate_per_10000")), MeasureKind.DECIMAL),
          lower.isShown() && upper.isShown() ? ReportTables.format(lower, MeasureKind.DECIMAL) + " to "
              + ReportTables.format(upper, MeasureKind.DECIMAL) : lower.status().symbol(),
          older == null ? "" : ReportTables.format(older.cells().get(rates.measure("rate_per_10000")),
              MeasureKind.DECIMAL)));
    }
    s.table(new Table(tableId, caption, rates.name(), List.of("Area", "Counted", "Count", "Children aged 0 to 17",
        "Rate", "95% interval", "Rate, aged 10 to 17"), 2, rows));
    return s.section();
  }

  /**
   * When the table can show x: what is not available and why (an extract not supplied, an area the population file
   * lacks), to follow "withheld (c) whenever its count is"; empty when every count and population could be had.
   */
  private static String notAvailable(ReportContent content, PublishedTable rates) {
    boolean missing = content.supplied("missing");
    boolean incidents = content.supplied("incidents");
    List<String> reasons = new ArrayList<>();
    if (!missing && !incidents) {
      reasons.add("neither missing episodes nor police incidents were supplied to this run, so the children who went "
          + "missing (and repeatedly) and the victims of a CSE incident are not counted (x, never 0)");
    } else if (!missing || !incidents) {
      reasons.add("no " + (missing ? "police incidents extract" : "missing-episode file") + " was supplied to this "
          + "run, so " + (missing ? "the victims of a CSE incident are" : "the children who went missing (and "
          + "repeatedly) are") + " not counted (x, never 0)");
    }
    int residents = rates.measure("residents");
    if (rates.rows().stream().anyMatch(r -> r.cells().get(residents).status() == Status.NOT_AVAILABLE)) {
      reasons.add("the population file has no row for an authority, so its children resident, and the partnership's, "
          + "are x");
    }
    return reasons.isEmpty() ? "" : ", and not available (x) where its count or the children resident are: "
        + String.join("; ", reasons);
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static Optional<PublishedRow> row(PublishedTable rates, String area, String counted, String age) {
    return rates.rows().stream().filter(r -> ReportTables.dimension(rates, r, "la_code").equals(area)
        && ReportTables.dimension(rates, r, "counted").equals(counted)
        && ReportTables.dimension(rates, r, "age_group").equals(age)).findFirst();
  }
}
