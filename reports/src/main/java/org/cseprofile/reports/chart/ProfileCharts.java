package org.cseprofile.reports.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.jfree.chart.JFreeChart;

/**
 * The charts of the board report, each drawn from one published table for the partnership as a
 * whole ({@code la_code = ALL}). Column names are those of docs/metrics.md.
 */
public final class ProfileCharts {
  /** The la_code of the partnership rows. */
  public static final String PARTNERSHIP = "ALL";
  /** The indicators shown in the vulnerability chart (the report's table lists all of them). */
  public static final List<String> CHARTED_INDICATORS = List.of("missing_last_12_months", "looked_after",
      "cp_plan_current", "domestic_abuse", "not_in_mainstream_education", "persistent_absence", "exclusion",
      "sexual_health_contact_12_months", "substance_misuse_contact_12_months", "mental_health_contact_12_months",
      "cin_factor_12a_trafficking", "cin_factor_13a_gangs", "cin_factor_24a_criminal_exploitation",
      "three_or_more_warning_signs");

  /** What the rates chart shows, authorities side by side. */
  public static final List<String> RATE_CHART = List.of("children_open", "missing_children", "children_linked_as_victims");
  /** What the report's rates table lists (the published table also has every vulnerability). */
  public static final List<String> RATE_TABLE = List.of("children_open", "missing_children", "repeat_missing_children",
      "children_linked_as_victims");

  private ProfileCharts() {}

  /**
   * Children open to CSE concern, who went missing and who were victims per 10,000 children aged 0 to 17, the
   * partnership and each authority side by side, with 95% intervals; null without rates.
   */
  public static JFreeChart rates(PublishedTable rates, Map<String, String> areaNames, ChartNote note) {
    List<Bars.Bar> bars = new ArrayList<>();
    int la = rates.dimension("la_code");
    int counted = rates.dimension("counted");
    int age = rates.dimension("age_group");
    for (String what : RATE_CHART) {
      for (String area : areaNames.keySet()) {
        rates.rows().stream().filter(r -> r.dimensions().get(la).equals(area) && r.dimensions().get(counted).equals(what)
            && r.dimensions().get(age).equals("0_17")).findFirst().ifPresent(r -> bars.add(new Bars.Bar(
                areaNames.get(area) + ": " + lowerFirst(Labels.of(what)),
                r.cells().get(rates.measure("rate_per_10000")), Labels.of(what), r.cells().get(rates.measure("ci_lower")),
                r.cells().get(rates.measure("ci_upper")))));
      }
    }
    if (bars.isEmpty()) {
      return null;
    }
    return Bars.horizontal("Children per 10,000 aged 0 to 17, by authority",
        "This quarter, per 10,000 children resident (ONS mid-year estimates); lines show 95% intervals.", note,
        "Per 10,000 children aged 0 to 17", Bars.Scale.RATE, bars);
  }

  /** Children open to CSE concern and newly identified, over the eight quarters of {@code cohort_trend}. */
  public static JFreeChart cohortTrend(PublishedTable trend, ChartNote note) {
    List<String> quarters = quarters(trend);
    Map<String, List<PublishedCell>> lines = new LinkedHashMap<>();
    lines.put("Open to CSE concern", series(trend, quarters, "children_open"));
    lines.put("Newly identified", series(trend, quarters, "children_identified"));
    return TrendLines.create("Children open to CSE concern, last eight quarters",
        "Partnership: children open at any time in each quarter, and those identified in it.", note, "Children",
        quarters, lines);
  }

  /** Prevalence of the main vulnerabilities in the cohort, with 95% intervals. */
  public static JFreeChart vulnerabilities(PublishedTable table, ChartNote note) {
    List<Bars.Bar> bars = new ArrayList<>();
    for (String indicator : CHARTED_INDICATORS) {
      PublishedRow row = find(table, PARTNERSHIP, indicator);
      if (row == null) {
        continue;
      }
      bars.add(new Bars.Bar(Labels.of(indicator), cell(table, row, "percent"), "Share of the cohort",
          cell(table, row, "ci_lower"), cell(table, row, "ci_upper")));
    }
    return Bars.horizontal("Vulnerabilities of children open to CSE concern",
        "Partnership: percentage of the cohort with each vulnerability; lines show 95% intervals.", note,
        "Percentage of children", Bars.Scale.PERCENT, bars);
  }

  /** Missing episodes starting in the period by how long the child was missing (all children who went missing). */
  public static JFreeChart missingDuration(PublishedTable breakdown, ChartNote note) {
    List<Bars.Bar> bars = new ArrayList<>();
    for (PublishedRow row : breakdown.rows()) {
      if (dim(breakdown, row, "la_code").equals(PARTNERSHIP) && dim(breakdown, row, "population").equals("all_missing")
          && dim(breakdown, row, "breakdown").equals("duration_band")) {
        bars.add(new Bars.Bar(Labels.of(dim(breakdown, row, "category")), cell(breakdown, row, "episodes"), "Episodes"));
      }
    }
    return Bars.horizontal("Missing episodes by how long the child was missing",
        "Partnership: episodes starting in the quarter, all children who went missing.", note, "Episodes",
        Bars.Scale.COUNT, bars);
  }

  /** Repeat missing children over the eight quarters of {@code missing_trend}, for both populations. */
  public static JFreeChart repeatMissingTrend(PublishedTable trend, ChartNote note) {
    List<String> quarters = quarters(trend);
    Map<String, List<PublishedCell>> lines = new LinkedHashMap<>();
    for (String population : List.of("all_missing", "cse_cohort")) {
      List<PublishedCell> cells = new ArrayList<>();
      for (String q : quarters) {
        cells.add(trend.cell("repeat_missing_children", q, PARTNERSHIP, population));
      }
      lines.put(Labels.of(population), cells);
    }
    return TrendLines.create("Children repeatedly missing, last eight quarters",
        "Partnership: children with a repeat missing episode starting in each quarter.", note, "Children", quarters,
        lines);
  }

  /** Incidents of the period by one breakdown ({@code contact_type} or {@code place_type}). */
  public static JFreeChart incidents(PublishedTable breakdown, String by, ChartNote note) {
    List<Bars.Bar> bars = new ArrayList<>();
    for (PublishedRow row : breakdown.rows()) {
      if (dim(breakdown, row, "la_code").equals(PARTNERSHIP) && dim(breakdown, row, "breakdown").equals(by)) {
        bars.add(new Bars.Bar(Labels.of(dim(breakdown, row, "category")), cell(breakdown, row, "incidents"), "Incidents"));
      }
    }
    String what = by.equals("contact_type") ? "type of contact" : "type of place";
    return Bars.horizontal("CSE-flagged police incidents by " + what,
        "Partnership: incidents recorded in the quarter.", note, "Incidents", Bars.Scale.COUNT, bars);
  }

  /** Suspects linked to incidents of the period, by age band and by gender. */
  public static JFreeChart perpetrators(PublishedTable breakdown, ChartNote note) {
    List<Bars.Bar> bars = new ArrayList<>();
    for (String by : List.of("age_band", "gender")) {
      for (PublishedRow row : breakdown.rows()) {
        if (dim(breakdown, row, "la_code").equals(PARTNERSHIP) && dim(breakdown, row, "breakdown").equals(by)) {
          String category = dim(breakdown, row, "category");
          String label = by.equals("gender") ? genderOfAdult(category) : Labels.of(category);
          bars.add(new Bars.Bar(label, cell(breakdown, row, "suspects"), by.equals("gender") ? "Gender" : "Age"));
        }
      }
    }
    return Bars.horizontal("Suspects by age and gender",
        "Partnership: suspects linked to incidents recorded in the quarter, age at their latest incident.", note,
        "Suspects", Bars.Scale.COUNT, bars);
  }

  /** Police CSE incidents with a place, 12 months to the period end, on the published grid; null when none. */
  public static JFreeChart incidentMap(PublishedTable grid, ChartNote note) {
    return incidentMap(grid, note, MapBackground.NONE);
  }

  /** The incidents map drawn over boundaries. */
  public static JFreeChart incidentMap(PublishedTable grid, ChartNote note, MapBackground background) {
    return HotspotMap.create(grid, "incidents", "Where CSE-flagged incidents happened, last 12 months",
        "Police incidents with a location, counted on " + squares(grid) + " squares; online incidents have no place.",
        "incidents", note, background);
  }

  /** Places where missing children were found, 12 months to the period end, on the published grid; null when none. */
  public static JFreeChart foundMap(PublishedTable grid, ChartNote note) {
    return foundMap(grid, note, MapBackground.NONE);
  }

  /** The found-locations map drawn over boundaries. */
  public static JFreeChart foundMap(PublishedTable grid, ChartNote note, MapBackground background) {
    return HotspotMap.create(grid, "found", "Where missing children were found, last 12 months",
        "Places children were found after a missing episode, counted on " + squares(grid) + " squares.", "children found",
        note, background);
  }

  /** "Open to CSE concern" as "open to CSE concern": the first letter only, so abbreviations keep their capitals. */
  static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** The published grid's cell size, for example {@code 1 km}. */
  public static String squares(PublishedTable grid) {
    if (grid.rows().isEmpty()) {
      return "1 km";
    }
    double metres = Double.parseDouble(grid.rows().get(0).dimensions().get(grid.dimension("cell_size_m")));
    return metres % 1000 == 0 ? (long) (metres / 1000) + " km" : String.format(java.util.Locale.UK, "%.1f km", metres / 1000);
  }

  private static String genderOfAdult(String code) {
    return switch (code) {
      case "M" -> "Male";
      case "F" -> "Female";
      default -> "Gender not known";
    };
  }

  static List<String> quarters(PublishedTable trend) {
    int q = trend.dimension("quarter");
    return trend.rows().stream().map(r -> r.dimensions().get(q)).distinct().sorted().toList();
  }

  private static List<PublishedCell> series(PublishedTable trend, List<String> quarters, String column) {
    return quarters.stream().map(q -> trend.cell(column, q, PARTNERSHIP)).toList();
  }

  private static PublishedRow find(PublishedTable table, String... key) {
    List<String> wanted = List.of(key);
    return table.rows().stream().filter(r -> r.dimensions().subList(0, key.length).equals(wanted)).findFirst()
        .orElse(null);
  }

  private static String dim(PublishedTable table, PublishedRow row, String column) {
    return row.dimensions().get(table.dimension(column));
  }

  private static PublishedCell cell(PublishedTable table, PublishedRow row, String column) {
    return row.cells().get(table.measure(column));
  }
}
