package org.cseprofile.reports.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cseprofile.reports.analyst.Analyst;
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
 * @param marking protective marking printed on every page, as the disclosure policy gives it
 * @param policyWording what the disclosure policy does to counts, as the disclosure policy states it
 * @param filters description of an ad hoc run's filters, or null for the standard profile
 * @param missingOverlaps how a child's overlapping missing episodes were counted: {@code merge} (one spell) or
 *     {@code keep} (as recorded), the run's {@code --missing-overlaps}
 * @param produced when the report was produced, as printed
 * @param source the source line under every chart
 * @param maps the boundaries the maps are drawn on and the hot spot study region (reference geography, no statistics)
 * @param analyst the analyst's narrative and comparators ({@link Analyst#NONE} for neither)
 */
public record ReportContent(String periodLabel, String periodDates, Map<String, String> areaNames, String policy,
    String marking, String policyWording, String filters, int repeatEpisodes, int repeatDays, String missingOverlaps,
    String produced, String source, Map<String, PublishedTable> tables, MapBackground maps, Analyst analyst) {

  /** Overlapping missing episodes counted as one spell. */
  public static final String MERGE = "merge";
  /** Overlapping missing episodes counted as recorded. */
  public static final String KEEP = "keep";

  /** Without the analyst's narrative and comparators. */
  public ReportContent(String periodLabel, String periodDates, Map<String, String> areaNames, String policy,
      String marking, String policyWording, String filters, int repeatEpisodes, int repeatDays, String missingOverlaps,
      String produced, String source, Map<String, PublishedTable> tables, MapBackground maps) {
    this(periodLabel, periodDates, areaNames, policy, marking, policyWording, filters, repeatEpisodes, repeatDays,
        missingOverlaps, produced, source, tables, maps, Analyst.NONE);
  }

  /** Without boundaries. */
  public ReportContent(String periodLabel, String periodDates, Map<String, String> areaNames, String policy,
      String marking, String policyWording, String filters, int repeatEpisodes, int repeatDays, String missingOverlaps,
      String produced, String source, Map<String, PublishedTable> tables) {
    this(periodLabel, periodDates, areaNames, policy, marking, policyWording, filters, repeatEpisodes, repeatDays,
        missingOverlaps, produced, source, tables, MapBackground.NONE);
  }

  public ReportContent {
    Objects.requireNonNull(periodLabel, "periodLabel");
    Objects.requireNonNull(periodDates, "periodDates");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(marking, "marking");
    Objects.requireNonNull(policyWording, "policyWording");
    Objects.requireNonNull(produced, "produced");
    if (repeatEpisodes < 2 || repeatDays < 1) {
      throw new IllegalArgumentException("repeatEpisodes must be at least 2 and repeatDays at least 1, were "
          + repeatEpisodes + " and " + repeatDays);
    }
    if (!MERGE.equals(missingOverlaps) && !KEEP.equals(missingOverlaps)) {
      throw new IllegalArgumentException("missingOverlaps must be merge or keep, was " + missingOverlaps);
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(maps, "maps");
    Objects.requireNonNull(analyst, "analyst");
    areaNames = Collections.unmodifiableMap(new LinkedHashMap<>(areaNames));
    tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    for (PublishedTable t : tables.values()) {
      if (!t.policy().equals(policy) || !t.period().equals(periodLabel)) {
        throw new IllegalArgumentException("tables must all be of period " + periodLabel + " and policy " + policy
            + " (table " + t.name() + " is " + t.period() + ", " + t.policy() + ")");
      }
    }
  }

  /** The same content with the analyst's narrative and comparators. */
  public ReportContent withAnalyst(Analyst chosen) {
    return new ReportContent(periodLabel, periodDates, areaNames, policy, marking, policyWording, filters,
        repeatEpisodes, repeatDays, missingOverlaps, produced, source, tables, maps, chosen);
  }

  /** A published table, or null when the run did not produce it. */
  public PublishedTable table(String name) {
    return tables.get(name);
  }

  /**
   * Whether the run read rows from an extract ({@code missing}, {@code incidents}, ...): a file of it in
   * {@code input_files} with rows read, shown or withheld; true when the report has no {@code input_files}.
   */
  public boolean supplied(String extract) {
    PublishedTable files = tables.get("input_files");
    if (files == null) {
      return true;
    }
    int read = files.measure("rows_read");
    int name = files.dimension("extract");
    return files.rows().stream().anyMatch(r -> r.dimensions().get(name).equals(extract)
        && (!r.cells().get(read).isShown() || r.cells().get(read).value() > 0));
  }

  /** The footnote for charts of this report. */
  public ChartNote note() {
    return new ChartNote(source, filters == null ? periodLabel : periodLabel + " (ad hoc, filtered: " + filters + ")",
        policy);
  }

  /** The display name of an area code. */
  public String areaName(String laCode) {
    return areaNames.getOrDefault(laCode, laCode);
  }
}
