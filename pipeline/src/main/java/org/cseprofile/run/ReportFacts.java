package org.cseprofile.run;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cseprofile.catalogue.ProfileCatalogue;
import org.cseprofile.profile.ProfileSettings;
import org.cseprofile.reports.analyst.Analyst;

/**
 * What a board report says of the run that made its tables besides the tables themselves: the day it
 * is produced, the ad hoc filters (null for the standard profile), the repeat-missing rule used, and
 * the report's sections (by key, in report order) with the names of the profile tables each presents, and the
 * analyst's narrative and comparators.
 */
public record ReportFacts(LocalDate produced, String filters, ProfileSettings profile, Map<String, List<String>> sections,
    Analyst analyst) {

  public ReportFacts {
    Objects.requireNonNull(produced, "produced");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(analyst, "analyst");
    if (filters != null && filters.isBlank()) {
      throw new IllegalArgumentException("filters must be null (standard profile) or describe the filters");
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    sections.forEach((section, tables) -> copy.put(section, List.copyOf(tables)));
    sections = Collections.unmodifiableMap(copy);
  }

  /** Without the analyst's narrative and comparators. */
  public ReportFacts(LocalDate produced, String filters, ProfileSettings profile, Map<String, List<String>> sections) {
    this(produced, filters, profile, sections, Analyst.NONE);
  }

  /** The same facts with the analyst's narrative and comparators. */
  public ReportFacts withAnalyst(Analyst chosen) {
    return new ReportFacts(produced, filters, profile, sections, chosen);
  }

  /** The facts of a run of this code, whose sections are those of the table catalogue. */
  public ReportFacts(LocalDate produced, String filters, ProfileSettings profile) {
    this(produced, filters, profile, ProfileCatalogue.sections());
  }
}
