package org.cseprofile.reports.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;

/** A small partnership of two authorities: published tables written by hand, as disclosure control leaves them. */
final class ReportFixture {
  static final String PERIOD = "2016-Q4";
  static final String POLICY = "partnership";
  private static final PublishedCell C = PublishedCell.withheld(Status.SUPPRESSED);

  private ReportFixture() {}

  static ReportContent content() {
    Map<String, PublishedTable> tables = new LinkedHashMap<>();
    for (PublishedTable t : List.of(cohort(), cohortTrend(), ages(), breakdown(), vulnerabilities(), missingSummary(),
        crossBorder(), inputFiles(), inputWarnings(), completeness())) {
      tables.put(t.name(), t);
    }
    Map<String, String> areas = new LinkedHashMap<>();
    areas.put("ALL", "Partnership");
    areas.put("E06000043", "Brighton and Hove");
    areas.put("E10000011", "East Sussex");
    return new ReportContent(PERIOD, "1 October to 31 December 2016", areas, POLICY, "OFFICIAL-SENSITIVE",
        "counts 1 to 4 withheld, others exact", null, 3, 90, ReportContent.MERGE,
        "15 January 2017", "cse-profile test tables", tables);
  }

  static PublishedTable cohort() {
    return table("cohort", List.of("la_code"), List.of("children_open", "children_identified", "children_closed",
        "children_open_at_end"), row(List.of("ALL"), 120, 31, 28, 92), row(List.of("E06000043"), 70, 18, 15, 55),
        row(List.of("E10000011"), 50, 13, 13, 37));
  }

  static PublishedTable cohortTrend() {
    List<PublishedRow> rows = new ArrayList<>();
    String[] quarters = {"2015-Q1", "2015-Q2", "2015-Q3", "2015-Q4", "2016-Q1", "2016-Q2", "2016-Q3", "2016-Q4"};
    int[] open = {90, 95, 101, 99, 108, 112, 110, 120};
    for (int q = 0; q < quarters.length; q++) {
      rows.add(row(List.of(quarters[q], "ALL"), open[q], q == 2 ? -1 : 25 + q));
    }
    return new PublishedTable("cohort_trend", PERIOD, POLICY, List.of("quarter", "la_code"),
        List.of("children_open", "children_identified"), rows);
  }

  static PublishedTable ages() {
    List<PublishedRow> rows = new ArrayList<>();
    int[] girls = {0, 6, 9, 14, 18, 21, 12, 8};
    int[] boys = {0, -1, 5, 6, 7, 6, -1, 0};
    for (int a = 10; a <= 17; a++) {
      rows.add(row(List.of("ALL", "F", Integer.toString(a)), girls[a - 10]));
      rows.add(row(List.of("ALL", "M", Integer.toString(a)), boys[a - 10]));
    }
    return new PublishedTable("age_by_gender", PERIOD, POLICY, List.of("la_code", "gender", "age"), List.of("children"),
        rows);
  }

  static PublishedTable breakdown() {
    List<PublishedRow> rows = new ArrayList<>();
    Object[][] data = {{"gender", "F", 88, 52, 36}, {"gender", "M", 32, 18, 14}, {"age_band", "10_to_12", 20, 11, 9},
        {"age_band", "13_to_15", 62, 36, 26}, {"age_band", "16_and_17", 38, 23, 15}, {"ethnic_group", "White", 95, 54, 41},
        {"ethnic_group", "Mixed", 15, 9, 6}, {"ethnic_group", "Other", 10, 7, -1}, {"risk_level", "high", 30, 17, 13},
        {"risk_level", "medium", 60, 35, 25}, {"risk_level", "low", 30, 18, 12}, {"cse_model", "online", 40, 24, 16},
        {"cse_model", "peer_on_peer", 35, 20, 15}, {"cse_model", "organised_network", 20, 11, 9},
        {"cse_model", "not_recorded", 25, 15, 10}};
    String[] areas = {"ALL", "E06000043", "E10000011"};
    for (Object[] d : data) {
      for (int a = 0; a < 3; a++) {
        rows.add(row(List.of(areas[a], (String) d[0], (String) d[1]), (Integer) d[2 + a]));
      }
    }
    return new PublishedTable("cohort_breakdown", PERIOD, POLICY, List.of("la_code", "breakdown", "category"),
        List.of("children"), rows);
  }

  static PublishedTable vulnerabilities() {
    List<PublishedRow> rows = new ArrayList<>();
    Object[][] data = {{"missing_last_12_months", 64, 53.3, 44.4, 62.0, 0}, {"looked_after", 45, 37.5, 29.3, 46.4, 0},
        {"domestic_abuse", 38, 31.7, 24.0, 40.5, 12}, {"exclusion", -1, -1.0, -1.0, -1.0, 20},
        {"cin_factor_13a_gangs", 12, 10.0, 5.8, 16.7, 30}};
    for (Object[] d : data) {
      PublishedCell n = count((Integer) d[1]);
      rows.add(new PublishedRow(List.of("ALL", (String) d[0]), List.of(n, decimal((Double) d[2]),
          decimal((Double) d[3]), decimal((Double) d[4]), count((Integer) d[5]))));
    }
    return new PublishedTable("vulnerabilities", PERIOD, POLICY, List.of("la_code", "indicator"),
        List.of("numerator", "percent", "ci_lower", "ci_upper", "not_recorded"), List.of(MeasureKind.COUNT,
            MeasureKind.PERCENT, MeasureKind.PERCENT, MeasureKind.PERCENT, MeasureKind.COUNT), rows);
  }

  static PublishedTable missingSummary() {
    List<PublishedRow> rows = List.of(
        new PublishedRow(List.of("ALL", "all_missing"), List.of(count(410), count(160), count(45), count(400),
            decimal(81.0), decimal(62.5))),
        new PublishedRow(List.of("ALL", "cse_cohort"), List.of(count(150), count(48), count(22), count(147),
            decimal(85.0), decimal(58.0))));
    return new PublishedTable("missing_summary", PERIOD, POLICY, List.of("la_code", "population"),
        List.of("episodes", "children", "repeat_missing_children", "returns", "rhi_offered_within_72h_percent",
            "rhi_accepted_percent"), List.of(MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.COUNT,
            MeasureKind.PERCENT, MeasureKind.PERCENT), rows);
  }

  /** Every value withheld: the report says so in a sentence instead of a table. */
  /** Every count withheld (c) but those of incidents, which were not supplied (x). */
  static PublishedTable crossBorder() {
    PublishedCell x = PublishedCell.withheld(Status.NOT_AVAILABLE);
    List<PublishedRow> rows = new ArrayList<>();
    for (String area : List.of("ALL", "E06000043", "E10000011")) {
      rows.add(new PublishedRow(List.of(area), List.of(C, C, x, x, x)));
    }
    return new PublishedTable("cross_border", PERIOD, POLICY, List.of("la_code"), List.of("children",
        "children_missing_elsewhere", "children_incident_elsewhere", "children_any_elsewhere", "percent_any_elsewhere"),
        List.of(MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.PERCENT), rows);
  }

  static PublishedTable inputFiles() {
    return new PublishedTable("input_files", PERIOD, POLICY, List.of("extract", "source_file"),
        List.of("rows_read", "rows_quarantined", "percent_quarantined"),
        List.of(MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.PERCENT), List.of(
            new PublishedRow(List.of("cse_episodes", "cse_episodes.csv"), List.of(count(240), count(0), decimal(0.0))),
            new PublishedRow(List.of("missing", "missing_episodes.csv"), List.of(count(1210), count(12), decimal(1.0)))));
  }

  /** Six overlapping episodes, and a file whose authority came from its name (every one of its 1,198 rows accepted). */
  static PublishedTable inputWarnings() {
    return new PublishedTable("input_warnings", PERIOD, POLICY, List.of("extract", "source_file", "rule"),
        List.of("rows_with_warning"), List.of(MeasureKind.COUNT), List.of(
            new PublishedRow(List.of("missing", "missing_episodes.csv", "authority_from_file_name"), List.of(count(1198))),
            new PublishedRow(List.of("missing", "missing_episodes.csv", "overlapping_missing"), List.of(count(6))),
            new PublishedRow(List.of("missing", "missing_episodes.csv", "unknown_column"), List.of(C))));
  }

  static PublishedTable completeness() {
    return new PublishedTable("field_completeness", PERIOD, POLICY, List.of("extract", "field"), List.of("percent_filled"),
        List.of(MeasureKind.PERCENT), List.of(
            new PublishedRow(List.of("cse_episodes", "risk_level"), List.of(decimal(75.0))),
            new PublishedRow(List.of("cse_episodes", "cse_model"), List.of(decimal(79.2)))));
  }

  /** A row of counts; -1 stands for a withheld count. */
  private static PublishedRow row(List<String> key, int... counts) {
    List<PublishedCell> cells = new ArrayList<>();
    for (int c : counts) {
      cells.add(count(c));
    }
    return new PublishedRow(key, cells);
  }

  private static PublishedTable table(String name, List<String> dimensions, List<String> measures,
      PublishedRow... rows) {
    return new PublishedTable(name, PERIOD, POLICY, dimensions, measures, List.of(rows));
  }

  private static PublishedCell count(int value) {
    return value < 0 ? C : PublishedCell.shown(value);
  }

  private static PublishedCell decimal(double value) {
    return value < 0 ? C : PublishedCell.shown(value);
  }
}
