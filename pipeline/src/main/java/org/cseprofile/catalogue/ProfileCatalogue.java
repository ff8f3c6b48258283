package org.cseprofile.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.disclosure.PublishedSpec;

/**
 * Every profile table, in the order a run computes, writes and publishes them: the one list of the
 * profile's tables. The run computes each from the period's data, the publication models and protects
 * them as their specs say, and the report finds each in its section. Adding a table is a descriptor
 * ({@link ProfileTable}) in its topic's class here and one line in this list (docs/architecture.md).
 */
public final class ProfileCatalogue {
  /** The profile's tables. */
  public static final List<ProfileTable> TABLES = List.of(
      CohortTables.COHORT,
      CohortTables.BREAKDOWN,
      CohortTables.TREND,
      CohortTables.TREND_BREAKDOWN,
      DemographicTables.AGE_BY_GENDER,
      DemographicTables.AGE_BAND_BY_GENDER,
      VulnerabilityTables.VULNERABILITIES,
      MissingTables.SUMMARY,
      MissingTables.BREAKDOWN,
      MissingTables.TREND,
      IncidentTables.SUMMARY,
      IncidentTables.BREAKDOWN,
      IncidentTables.BY_LOCATION_ROLE,
      PerpetratorTables.SUMMARY,
      PerpetratorTables.BREAKDOWN,
      AgencyTables.AGENCY_PERFORMANCE,
      CrossBorderTables.CROSS_BORDER,
      NetworkTables.SUMMARY,
      NetworkTables.SIZE);

  private ProfileCatalogue() {}

  /** The names of the profile's tables, in order. */
  public static List<String> names() {
    return TABLES.stream().map(ProfileTable::name).toList();
  }

  /** How each table is published, in order. */
  public static List<PublishedSpec> specs() {
    return TABLES.stream().map(ProfileTable::publication).toList();
  }

  /** The table with this name. */
  public static ProfileTable table(String name) {
    return TABLES.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no profile table " + name));
  }

  /** The report's sections, in report order, by key, each with the names of its tables in catalogue order. */
  public static Map<String, List<String>> sections() {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    for (ReportSection section : ReportSection.values()) {
      List<String> tables = new ArrayList<>();
      TABLES.stream().filter(t -> t.section() == section).forEach(t -> tables.add(t.name()));
      if (!tables.isEmpty()) {
        sections.put(section.key(), List.copyOf(tables));
      }
    }
    return Collections.unmodifiableMap(sections);
  }
}
