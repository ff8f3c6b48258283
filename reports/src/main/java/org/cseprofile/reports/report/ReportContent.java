package org.cseprofile.reports.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cseprofile.reports.chart.ChartNote;
import org.cseprofile.reports.chart.MapBackground;
import org.cseprofile.reports.published.PublishedTable;

/**
 * Everything the board report is made from: published tables only, and facts about the run that
 * are not data (period, areas' names, policy, filters, when it was produced).
 *
 * @param periodLabel for example {@code 2016-Q4}
 * @param periodDates for example {@code 1 October to 31 December 2016}
 * @param areaNames display names of the {@code la_code}s, {@code ALL} first
 * @param marking protective marking printed on every page
 * @param filters description of an ad hoc run's filters, or null for the standard profile
 * @param produced when the report was produced, as printed
 * @param source the source line under every chart
 * @param maps the boundaries the maps are drawn on and the hot spot study region (reference geography, no statistics)
 */
public record ReportContent(String periodLabel, String periodDates, Map<String, String> areaNames, String policy,
    String marking, String filters, int repeatEpisodes, int repeatDays, String produced, String source,
    Map<String, PublishedTable> tables, MapBackground maps) {

  /** Without boundaries. */
  public ReportContent(String periodLabel, String periodDates, Map<String, String> areaNames, String policy,
      String marking, String filters, int repeatEpisodes, int repeatDays, String produced, String source,
      Map<String, PublishedTable> tables) {
    this(periodLabel, periodDates, areaNames, policy, marking, filters, repeatEpisodes, repeatDays, produced, source,
        tables, MapBackground.NONE);
  }

  public ReportContent {
    Objects.requireNonNull(periodLabel, "periodLabel");
    Objects.requireNonNull(periodDates, "periodDates");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(marking, "marking");
    Objects.requireNonNull(produced, "produced");
    if (repeatEpisodes < 2 || repeatDays < 1) {
      throw new IllegalArgumentException("repeatEpisodes must be at least 2 and repeatDays at least 1, were "
          + repeatEpisodes + " and " + repeatDays);
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(maps, "maps");
    areaNames = Collections.unmodifiableMap(new LinkedHashMap<>(areaNames));
    tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    for (PublishedTable t : tables.values()) {
      if (!t.policy().equals(policy) || !t.period().equals(periodLabel)) {
        throw new IllegalArgumentException("tables must all be of period " + periodLabel + " and policy " + policy
            + " (table " + t.name() + " is " + t.period() + ", " + t.policy() + ")");
      }
    }
  }

  /** A published table, or null when the run did not produce it. */
  public PublishedTable table(String name) {
    return tables.get(name);
  }

  /** The footnote for charts of this report. */
  public ChartNote note() {
    return new ChartNote(source, filters == null ? periodLabel : periodLabel + " (ad hoc, filtered: " + filters + ")",
        policy);
  }

  /** What the disclosure policy does to counts, as the report states it. */
  public String policyWording() {
    return policy.equals("public") ? "counts 1 to 7 withheld, others rounded to the nearest 5"
        : "counts 1 to 4 withheld, others exact";
  }

  /** The display name of an area code. */
  public String areaName(String laCode) {
    return areaNames.getOrDefault(laCode, laCode);
  }
}
