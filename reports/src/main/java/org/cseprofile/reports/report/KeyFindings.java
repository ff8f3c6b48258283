package org.cseprofile.reports.report;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cseprofile.reports.chart.Labels;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;

/**
 * The key findings, written from the published tables: every number in them is a published value
 * or a share of two published values, and a finding whose numbers are withheld is left out.
 */
public final class KeyFindings {
  private static final String ALL = "ALL";
  private static final DecimalFormat WHOLE = new DecimalFormat("#,##0");

  private KeyFindings() {}

  /** The findings for the partnership, in reading order. */
  public static List<String> of(ReportContent content) {
    List<String> findings = new ArrayList<>();
    cohort(content).ifPresent(findings::add);
    girls(content).ifPresent(findings::add);
    peakAge(content).ifPresent(findings::add);
    model(content).ifPresent(findings::add);
    vulnerability(content).ifPresent(findings::add);
    missing(content).ifPresent(findings::add);
    incidents(content).ifPresent(findings::add);
    suspects(content).ifPresent(findings::add);
    assessments(content).ifPresent(findings::add);
    return findings;
  }

  static Optional<String> cohort(ReportContent content) {
    PublishedTable cohort = content.table("cohort");
    if (cohort == null) {
      return Optional.empty();
    }
    PublishedCell open = cohort.cell("children_open", ALL);
    PublishedCell identified = cohort.cell("children_identified", ALL);
    if (!open.isShown()) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder(WHOLE.format(open.value()) + " children were open to CSE concern in "
        + content.periodLabel());
    if (identified.isShown()) {
      s.append(", ").append(WHOLE.format(identified.value())).append(" of them newly identified");
    }
    PublishedTable trend = content.table("cohort_trend");
    if (trend != null) {
      List<String> quarters = trend.rows().stream().map(r -> r.dimensions().get(trend.dimension("quarter")))
          .distinct().sorted().toList();
      int here = quarters.indexOf(content.periodLabel());
      if (here > 0) {
        String previous = quarters.get(here - 1);
        PublishedCell before = trend.cell("children_open", previous, ALL);
        if (before.isShown() && before.value() > 0) {
          double change = open.value() - before.value();
          s.append(change == 0 ? "; the same number as in " + previous
              : String.format("; %s %s from %s (%s%%)", change > 0 ? "up" : "down", WHOLE.format(Math.abs(change)),
                  previous, new DecimalFormat("0").format(100 * Math.abs(change) / before.value())));
        }
      }
    }
    return Optional.of(s + ".");
  }

  static Optional<String> girls(ReportContent content) {
    PublishedTable breakdown = content.table("cohort_breakdown");
    PublishedTable cohort = content.table("cohort");
    if (breakdown == null || cohort == null) {
      return Optional.empty();
    }
    PublishedCell girls = breakdown.cell("children", ALL, "gender", "F");
    PublishedCell open = cohort.cell("children_open", ALL);
    if (!girls.isShown() || !open.isShown() || open.value() == 0) {
      return Optional.empty();
    }
    return Optional.of(percent(girls.value(), open.value()) + " of them were girls.");
  }

  static Optional<String> peakAge(ReportContent content) {
    return largest(content.table("cohort_breakdown"), "age_band", "children")
        .map(band -> "The largest age group was " + Labels.of(band).toLowerCase(java.util.Locale.UK)
            + " (age at the end of the quarter).");
  }

  static Optional<String> model(ReportContent content) {
    return largest(content.table("cohort_breakdown"), "cse_model", "children")
        .filter(m -> !m.equals("not_recorded") && !m.equals("unknown"))
        .map(m -> "The model of exploitation recorded most often was " + Labels.of(m).toLowerCase(java.util.Locale.UK)
            + ".");
  }

  static Optional<String> vulnerability(ReportContent content) {
    PublishedTable table = content.table("vulnerabilities");
    if (table == null) {
      return Optional.empty();
    }
    return table.rows().stream()
        .filter(r -> r.dimensions().get(0).equals(ALL) && !r.dimensions().get(1).startsWith("cin_factor")
            && !r.dimensions().get(1).equals("missing_ever") && cell(table, r, "percent").isShown())
        .max(Comparator.comparingDouble(r -> cell(table, r, "percent").value()))
        .map(r -> "The most common vulnerability was " + Labels.of(r.dimensions().get(1)).toLowerCase(java.util.Locale.UK)
            + ": " + new DecimalFormat("0").format(cell(table, r, "percent").value()) + "% of the cohort.");
  }

  static Optional<String> missing(ReportContent content) {
    PublishedTable summary = content.table("missing_summary");
    if (summary == null) {
      return Optional.empty();
    }
    PublishedCell episodes = summary.cell("episodes", ALL, "cse_cohort");
    PublishedCell children = summary.cell("children", ALL, "cse_cohort");
    PublishedCell repeat = summary.cell("repeat_missing_children", ALL, "cse_cohort");
    if (!episodes.isShown() || !children.isShown()) {
      return Optional.empty();
    }
    String s = WHOLE.format(children.value()) + " children open to CSE concern went missing in the quarter ("
        + WHOLE.format(episodes.value()) + " episodes)";
    if (repeat.isShown()) {
      s += "; " + WHOLE.format(repeat.value()) + " of them went missing repeatedly";
    }
    return Optional.of(s + ".");
  }

  static Optional<String> incidents(ReportContent content) {
    PublishedTable summary = content.table("incidents_summary");
    PublishedTable breakdown = content.table("incidents_breakdown");
    if (summary == null || breakdown == null) {
      return Optional.empty();
    }
    PublishedCell incidents = summary.cell("incidents", ALL);
    PublishedCell online = breakdown.cell("incidents", ALL, "contact_type", "online");
    if (!incidents.isShown() || incidents.value() == 0) {
      return Optional.empty();
    }
    String s = "Police recorded " + WHOLE.format(incidents.value()) + " CSE-flagged incidents";
    if (online.isShown()) {
      s += ", " + percent(online.value(), incidents.value()) + " of them online";
    }
    return Optional.of(s + ".");
  }

  static Optional<String> suspects(ReportContent content) {
    PublishedTable summary = content.table("perpetrators_summary");
    PublishedTable breakdown = content.table("perpetrators_breakdown");
    if (summary == null || breakdown == null) {
      return Optional.empty();
    }
    PublishedCell suspects = summary.cell("suspects", ALL);
    PublishedCell male = breakdown.cell("suspects", ALL, "gender", "M");
    if (!suspects.isShown() || suspects.value() == 0) {
      return Optional.empty();
    }
    String s = WHOLE.format(suspects.value()) + " suspects were linked to those incidents";
    if (male.isShown()) {
      s += "; " + percent(male.value(), suspects.value()) + " were male";
    }
    return Optional.of(s + ".");
  }

  static Optional<String> assessments(ReportContent content) {
    PublishedTable table = content.table("agency_performance");
    if (table == null) {
      return Optional.empty();
    }
    PublishedCell done = table.cell("value", ALL, "risk_assessment_completed", "percent");
    if (!done.isShown()) {
      return Optional.empty();
    }
    return Optional.of(new DecimalFormat("0").format(done.value()) + "% of the children had a completed CSE risk "
        + "assessment by the end of the quarter.");
  }

  /** The category of a cohort breakdown with the largest shown count, if one is larger than every other. */
  private static Optional<String> largest(PublishedTable breakdown, String by, String column) {
    if (breakdown == null) {
      return Optional.empty();
    }
    List<PublishedRow> rows = breakdown.rows().stream()
        .filter(r -> r.dimensions().get(0).equals(ALL) && r.dimensions().get(1).equals(by)).toList();
    if (rows.isEmpty() || rows.stream().anyMatch(r -> !cell(breakdown, r, column).isShown())) {
      return Optional.empty(); // a withheld category might be the largest
    }
    List<PublishedRow> sorted = rows.stream()
        .sorted(Comparator.comparingDouble((PublishedRow r) -> cell(breakdown, r, column).value()).reversed()).toList();
    if (sorted.size() > 1 && cell(breakdown, sorted.get(0), column).value() == cell(breakdown, sorted.get(1), column).value()) {
      return Optional.empty();
    }
    return Optional.of(sorted.get(0).dimensions().get(2));
  }

  private static PublishedCell cell(PublishedTable table, PublishedRow row, String column) {
    return row.cells().get(table.measure(column));
  }

  private static String percent(double part, double whole) {
    return new DecimalFormat("0").format(100 * part / whole) + "%";
  }
}
