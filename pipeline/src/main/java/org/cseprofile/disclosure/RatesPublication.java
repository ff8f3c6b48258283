package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cseprofile.geography.Population;
import org.cseprofile.geography.RatePer10000;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * The published {@code rates} table: counts of the profile per 10,000 children resident, by authority and for
 * the partnership, for children aged 0 to 17 and 10 to 17, with 95% intervals (Byar). Population estimates are
 * published by ONS, so a rate and its population give its count away: every rate is computed from the count
 * as already published (after suppression and rounding), never from the exact one, and is withheld whenever
 * that count is. The table therefore tells a reader nothing the published counts do not.
 */
public final class RatesPublication {
  /** The age groups: all children, and the ages most of the cohort are. */
  public static final List<String> AGE_GROUPS = List.of("0_17", "10_17");

  /** One thing counted: the published table and column it comes from, and the rest of its row key after la_code. */
  record Source(String counted, String table, String column, List<String> keyAfterArea) {}

  private static final List<Source> SOURCES = List.of(
      new Source("children_open", TableNames.COHORT, Columns.CHILDREN_OPEN, List.of()),
      new Source("missing_children", TableNames.MISSING_SUMMARY, Columns.CHILDREN, List.of("all_missing")),
      new Source("repeat_missing_children", TableNames.MISSING_SUMMARY, Columns.REPEAT_MISSING_CHILDREN,
          List.of("all_missing")),
      new Source("children_linked_as_victims", TableNames.INCIDENTS_SUMMARY, Columns.CHILDREN_LINKED_AS_VICTIMS,
          List.of()));

  public static final List<String> DIMENSIONS = List.of(Columns.LA_CODE, Columns.COUNTED, Columns.AGE_GROUP);
  public static final List<String> MEASURES = List.of(Columns.COUNT, Columns.RESIDENTS, Columns.RATE_PER_10000,
      Columns.CI_LOWER, Columns.CI_UPPER);

  private RatesPublication() {}

  /**
   * The rates of {@code areas} (la_codes, {@code ALL} for the partnership) from the {@code published} tables. The
   * partnership's residents are the sum of its authorities', and not available when one is missing from the file.
   * Vulnerabilities are counted as the cohort children with each ({@code vulnerability_<indicator>}).
   */
  public static PublishedTable publish(List<PublishedTable> published, Population population, List<String> areas,
      String period, DisclosurePolicy policy) {
    Map<String, PublishedTable> byName = new LinkedHashMap<>();
    published.forEach(t -> byName.put(t.name(), t));
    List<Source> sources = new ArrayList<>(SOURCES);
    PublishedTable vulnerabilities = byName.get(TableNames.VULNERABILITIES);
    if (vulnerabilities != null) {
      vulnerabilities.rowsWhere(Columns.LA_CODE, Columns.PARTNERSHIP).forEach(r -> {
        String indicator = r.dimensions().get(vulnerabilities.dimension(Columns.INDICATOR));
        sources.add(new Source("vulnerability_" + indicator, TableNames.VULNERABILITIES, Columns.NUMERATOR,
            List.of(indicator)));
      });
    }
    List<PublishedRow> rows = new ArrayList<>();
    for (String area : areas) {
      for (Source source : sources) {
        PublishedTable table = byName.get(source.table());
        if (table == null) {
          continue;
        }
        List<String> key = new ArrayList<>();
        key.add(area);
        key.addAll(source.keyAfterArea());
        Optional<PublishedRow> row = table.rows().stream().filter(r -> r.dimensions().equals(key)).findFirst();
        if (row.isEmpty()) {
          continue;
        }
        PublishedCell count = row.get().cells().get(table.measure(source.column()));
        for (String ageGroup : AGE_GROUPS) {
          Long residents = residents(population, areas, area, ageGroup);
          rows.add(new PublishedRow(List.of(area, source.counted(), ageGroup), cells(count, residents)));
        }
      }
    }
    return new PublishedTable(TableNames.RATES, period, policy.name(), DIMENSIONS, MEASURES, List.of(MeasureKind.COUNT,
        MeasureKind.COUNT, MeasureKind.DECIMAL, MeasureKind.DECIMAL, MeasureKind.DECIMAL), rows);
  }

  /** The count as published, the residents, and the rate and interval from the published count only. */
  static List<PublishedCell> cells(PublishedCell count, Long residents) {
    PublishedCell people = residents == null ? PublishedCell.withheld(Status.NOT_AVAILABLE)
        : PublishedCell.shown(residents);
    if (!count.isShown()) {
      PublishedCell withheld = PublishedCell.withheld(count.status());
      return List.of(count, people, withheld, withheld, withheld);
    }
    if (residents == null || residents == 0) {
      PublishedCell none = PublishedCell.withheld(residents == null ? Status.NOT_AVAILABLE : Status.NOT_APPLICABLE);
      return List.of(count, people, none, none, none);
    }
    long n = Math.round(count.value());
    double[] interval = RatePer10000.interval(n, residents);
    return List.of(count, people, PublishedCell.shown(RatePer10000.rate(n, residents)), PublishedCell.shown(interval[0]),
        PublishedCell.shown(interval[1]));
  }

  /** Residents of an area in an age group; the partnership's is the sum over its authorities, null if any is missing. */
  static Long residents(Population population, List<String> areas, String area, String ageGroup) {
    if (!area.equals(Columns.PARTNERSHIP)) {
      return population.of(area).map(c -> ageGroup.equals("0_17") ? c.aged0To17() : c.aged10To17()).orElse(null);
    }
    long sum = 0;
    for (String la : areas) {
      if (la.equals(Columns.PARTNERSHIP)) {
        continue;
      }
      Long part = residents(population, areas, la, ageGroup);
      if (part == null) {
        return null;
      }
      sum += part;
    }
    return sum;
  }
}
