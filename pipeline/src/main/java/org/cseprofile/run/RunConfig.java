package org.cseprofile.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.Path;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.geography.GeographySettings;
import org.cseprofile.hotspot.HotspotSettings;
import org.cseprofile.period.Period;
import org.cseprofile.profile.ProfileSettings;

/**
 * Everything one profile run needs to know, fixed before it starts. {@code commandLine} is recorded
 * in the manifest as given (commands take no secrets on the command line); {@code analyst} names the narrative
 * and comparators files, if any; {@code mappingFiles} (run's {@code --mapping}) replace, for their extracts, the
 * mapping files of the input folder's {@code mappings/}.
 */
public record RunConfig(
    String input, String output, Period period, LocalDate runDate, DisclosurePolicy policy, RunFilters filters,
    ProfileSettings profile, HotspotSettings hotspots, GeographySettings geography, List<String> commandLine,
    AnalystFiles analyst, List<String> mappingFiles) {

  /** Where filtered runs write, under the output folder: {@code filtered/<filters>/}. */
  public static final String FILTERED = "filtered";

  public RunConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(hotspots, "hotspots");
    Objects.requireNonNull(geography, "geography");
    Objects.requireNonNull(analyst, "analyst");
    commandLine = List.copyOf(commandLine);
    mappingFiles = List.copyOf(mappingFiles);
    if (period.end().isAfter(runDate)) {
      throw new IllegalArgumentException(
          "period must have ended by the run date (period " + period + " ends " + period.end() + ", run date " + runDate + ")");
    }
  }

  /** Without the analyst's narrative and comparators, each extract read with its folder's mapping file if any. */
  public RunConfig(String input, String output, Period period, LocalDate runDate, DisclosurePolicy policy,
      RunFilters filters, ProfileSettings profile, HotspotSettings hotspots, GeographySettings geography,
      List<String> commandLine) {
    this(input, output, period, runDate, policy, filters, profile, hotspots, geography, commandLine, AnalystFiles.NONE,
        List.of());
  }

  /** The standard profile, with no filter and no recorded command line. */
  public RunConfig(String input, String output, Period period, LocalDate runDate, DisclosurePolicy policy) {
    this(input, output, period, runDate, policy, RunFilters.NONE, ProfileSettings.DEFAULTS, HotspotSettings.DEFAULT,
        GeographySettings.NONE, List.of());
  }

  /** The same run with reference geography. */
  public RunConfig withGeography(GeographySettings chosen) {
    return new RunConfig(input, output, period, runDate, policy, filters, profile, hotspots, chosen, commandLine,
        analyst, mappingFiles);
  }

  /**
   * The folder this run's outputs go to: the output folder for the standard profile, and a folder
   * of its own, {@code <output>/filtered/<filters>}, for a filtered run, so that a filtered profile
   * can never replace or be mistaken for the standard one.
   */
  public String outputRoot() {
    return filters.isEmpty() ? output : new Path(new Path(output, FILTERED), filters.folderName()).toString();
  }
}
