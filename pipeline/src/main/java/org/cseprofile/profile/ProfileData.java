package org.cseprofile.profile;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.cseprofile.linkage.ProfileInputs;
import org.cseprofile.network.Network;
import org.cseprofile.period.Period;
import org.cseprofile.table.Columns;

/**
 * What every profile table of a period is computed from: the accepted extracts, the areas and
 * periods a table lists ({@code grid} for the period, {@code trendGrid} for its trend quarters), and
 * the period-tagged intermediate datasets several tables share, and the period's network (children,
 * suspects and places linked by incidents, computed on first use). The cohorts of every period and the
 * tagged missing episodes are cached; {@link #release} frees them once the tables are written.
 */
public record ProfileData(
    Period period, ProfileInputs inputs, Dataset<Row> grid, Dataset<Row> trendGrid, Dataset<Row> cohorts,
    Dataset<Row> cohort, Dataset<Row> missing, Dataset<Row> incidents, Dataset<Row> suspects, Network network) {

  public ProfileData {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(trendGrid, "trendGrid");
    Objects.requireNonNull(cohorts, "cohorts");
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(missing, "missing");
    Objects.requireNonNull(incidents, "incidents");
    Objects.requireNonNull(suspects, "suspects");
    Objects.requireNonNull(network, "network");
  }

  /**
   * Prepares the data of {@code period} (and its trend quarters) from the accepted extracts: one
   * pass over the cohort and the missing episodes serves the report period and every trend quarter.
   */
  public static ProfileData prepare(ProfileInputs inputs, Period period, ProfileSettings settings) {
    List<Period> periods = Periods.reportAndTrend(period);
    Dataset<Row> areas = Partnership.areas(inputs.episodes());
    Dataset<Row> grid = Periods.grid(areas, List.of(period));
    Dataset<Row> trendGrid = Periods.grid(areas, Trend.quarters(period));
    // Cached: every table of the period and the trend quarters is computed from these.
    Dataset<Row> cohorts = Cohort.childrenOpen(inputs.episodes(), periods).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> spells = MissingSpells.of(inputs.missing(), settings.missingOverlaps());
    Dataset<Row> missing = MissingEpisodes.byPopulation(spells, cohorts, settings, periods)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> cohort = cohorts.filter(col(Columns.PERIOD).equalTo(period.label()));
    Dataset<Row> incidents = Incidents.inPeriods(inputs.incidents(), List.of(period));
    Dataset<Row> suspects = Perpetrators.suspectsByArea(inputs.suspects(), incidents);
    Network network = new Network(period, inputs.incidents(), inputs.suspects(), inputs.missing(), cohort);
    return new ProfileData(period, inputs, grid, trendGrid, cohorts, cohort, missing, incidents, suspects, network);
  }

  /** The intermediate datasets cached for the run, to release once the tables are written. */
  public List<Dataset<Row>> cached() {
    List<Dataset<Row>> cached = new java.util.ArrayList<>(List.of(cohorts, missing));
    cached.addAll(network.cached());
    return cached;
  }
}
