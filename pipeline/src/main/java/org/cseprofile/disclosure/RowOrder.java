package org.cseprofile.disclosure;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.profile.AgencyPerformance;
import org.cseprofile.profile.Cohort;
import org.cseprofile.profile.Demographics;
import org.cseprofile.profile.Incidents;
import org.cseprofile.profile.Indicator;
import org.cseprofile.profile.MissingEpisodes;
import org.cseprofile.profile.Perpetrators;
import org.cseprofile.profile.Vulnerabilities;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * The order published rows are listed in: the partnership first, then authorities by code; ages
 * and quarters in sequence; breakdowns and categories in the order docs/metrics.md lists them.
 */
final class RowOrder {
  private static final Map<String, List<String>> BREAKDOWNS = Map.of(
      TableNames.COHORT_BREAKDOWN, List.of("risk_level", "cse_model", Columns.GENDER, Columns.AGE_BAND, Demographics.ETHNIC_GROUP),
      TableNames.COHORT_TREND_BREAKDOWN, List.of("risk_level", "cse_model"),
      TableNames.MISSING_BREAKDOWN, List.of("missing_type", MissingEpisodes.DURATION_BAND),
      TableNames.INCIDENTS_BREAKDOWN, List.of("incident_type", "contact_type", "place_type", Incidents.PLATFORM),
      TableNames.PERPETRATORS_BREAKDOWN, List.of(Columns.GENDER, Columns.AGE_BAND, "status", "disruption"));
  private static final Map<String, List<String>> COHORT_CATEGORIES = Map.of(
      "risk_level", Cohort.RISK_LEVELS, "cse_model", Cohort.CSE_MODELS, Columns.GENDER, Demographics.GENDERS,
      Columns.AGE_BAND, Demographics.AGE_BANDS, Demographics.ETHNIC_GROUP, Demographics.ETHNIC_GROUPS,
      "missing_type", List.of("M", "A"), MissingEpisodes.DURATION_BAND, MissingEpisodes.DURATION_BANDS,
      "incident_type", Incidents.INCIDENT_TYPES, "contact_type", Incidents.CONTACT_TYPES,
      "place_type", IncidentsExtract.PLACE_TYPES);
  private static final Map<String, List<String>> PERPETRATOR_CATEGORIES = Map.of(
      Columns.GENDER, Perpetrators.GENDERS, Columns.AGE_BAND, Perpetrators.AGE_BANDS, "status", Perpetrators.STATUSES,
      "disruption", Perpetrators.DISRUPTIONS);

  private RowOrder() {}

  /** Orders the keys of {@code table}, whose dimension columns are {@code dimensions}. */
  static Comparator<List<String>> of(String table, List<String> dimensions) {
    return (a, b) -> {
      for (int i = 0; i < dimensions.size(); i++) {
        int c = compare(table, dimensions, i, a, b);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  private static int compare(String table, List<String> dimensions, int i, List<String> a, List<String> b) {
    String x = a.get(i);
    String y = b.get(i);
    if (x.equals(y)) {
      return 0;
    }
    String dimension = dimensions.get(i);
    return switch (dimension) {
      case Columns.LA_CODE -> x.equals(Columns.PARTNERSHIP) ? -1 : y.equals(Columns.PARTNERSHIP) ? 1 : x.compareTo(y);
      case Columns.AGE -> Integer.compare(Integer.parseInt(x), Integer.parseInt(y));
      case Columns.BREAKDOWN -> ranked(BREAKDOWNS.getOrDefault(table, List.of()), x, y);
      case Columns.CATEGORY -> category(table, a.get(dimensions.indexOf(Columns.BREAKDOWN)), x, y);
      case Columns.GENDER -> ranked(Demographics.GENDERS, x, y);
      case Columns.AGE_BAND -> ranked(Demographics.AGE_BANDS, x, y);
      case Columns.POPULATION -> ranked(MissingEpisodes.POPULATIONS, x, y);
      case Columns.INDICATOR -> ranked(Vulnerabilities.indicators().stream().map(Indicator::name).toList(), x, y);
      case Columns.MEASURE -> ranked(AgencyPerformance.measureNames(), x, y);
      default -> x.compareTo(y);
    };
  }

  private static int category(String table, String breakdown, String x, String y) {
    if (breakdown.equals(Incidents.PLATFORM)) {
      // Platforms alphabetically, then other platforms, then not recorded.
      return ranked(List.of(), x, y);
    }
    Map<String, List<String>> lists = table.equals(TableNames.PERPETRATORS_BREAKDOWN) ? PERPETRATOR_CATEGORIES
        : COHORT_CATEGORIES;
    return ranked(lists.getOrDefault(breakdown, List.of()), x, y);
  }

  /** Listed values in list order, then others alphabetically, with {@code other} and {@code not_recorded} last. */
  private static int ranked(List<String> order, String x, String y) {
    int rx = rank(order, x);
    int ry = rank(order, y);
    return rx != ry ? Integer.compare(rx, ry) : x.compareTo(y);
  }

  private static int rank(List<String> order, String value) {
    int i = order.indexOf(value);
    if (i >= 0) {
      return i;
    }
    return switch (value) {
      case "other" -> Integer.MAX_VALUE - 1;
      case Cohort.NOT_RECORDED -> Integer.MAX_VALUE;
      default -> order.size();
    };
  }
}
