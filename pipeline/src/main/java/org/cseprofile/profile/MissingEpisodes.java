package org.cseprofile.profile;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.ExtractSpec;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.period.Period;
import org.cseprofile.table.Columns;

/**
 * Missing and away episodes (SSDA903), for every child in the missing extract and for the CSE
 * cohort separately.
 */
public final class MissingEpisodes {
  /** Population: every child in the missing extract; an episode counts in the authority that recorded it. */
  public static final String ALL_MISSING = "all_missing";
  /** Population: children in the period's CSE cohort; an episode counts in the child's cohort authority. */
  public static final String CSE_COHORT = "cse_cohort";
  public static final List<String> POPULATIONS = List.of(ALL_MISSING, CSE_COHORT);
  /** Duration bands of episodes starting in the period. */
  public static final List<String> DURATION_BANDS =
      List.of("same_day", "1_to_2_days", "3_to_7_days", "over_7_days", "still_missing");
  /** Breakdown name of the duration band. */
  public static final String DURATION_BAND = "duration_band";
  /** Breakdown name of the episode type ({@code M} missing, {@code A} away). */
  public static final String MISSING_TYPE = MissingExtract.MISSING_TYPE;
  /** The breakdowns of {@code missing_breakdown} and their categories, in table order. */
  public static final Map<String, List<String>> BREAKDOWNS = Breakdowns.ordered(
      MISSING_TYPE, List.of(MissingExtract.MISSING, MissingExtract.AWAY), DURATION_BAND, DURATION_BANDS);
  /** Days after the return within which a return home interview offer counts as timely (72 hours). */
  public static final int RHI_DAYS = 3;

  /** Episode flag: this episode completes a run of repeat episodes (see {@link ProfileSettings}). */
  static final String REPEAT = "_repeat";
  /** Episode flag: the child is in the CSE cohort of the row's period. */
  static final String IN_COHORT = "_in_cohort";
  /** Episode flag: the episode started in the row's period. */
  static final String STARTED = "_started";
  /** Episode flag: the episode ended (the child returned) in the row's period. */
  static final String RETURNED = "_returned";
  /** Grid flag: the row's counts are not recorded (null, never 0). */
  static final String NOT_RECORDED = "_not_recorded";
  private static final String UNATTRIBUTED = "_unattributed";

  private MissingEpisodes() {}

  /**
   * Every episode that started or ended in one of the periods, tagged with the period and with its
   * population and area: once for {@code all_missing} (the recording authority) and again for
   * {@code cse_cohort} if the child is in that period's cohort ({@code cohortChildren}, tagged by
   * period; the child's cohort authority). Each carries whether it completes a run of repeat
   * episodes, counted over all of the child's episodes.
   */
  public static Dataset<Row> byPopulation(
      Dataset<Row> missing, Dataset<Row> cohortChildren, ProfileSettings settings, List<Period> periods) {
    Column day = unix_date(col(MissingExtract.START_DATE));
    Dataset<Row> flagged = missing.withColumn(REPEAT, count(lit(1)).over(Window.partitionBy(col(MissingExtract.CHILD_ID))
            .orderBy(day).rangeBetween(-(settings.repeatDays() - 1), 0)).geq(settings.repeatEpisodes()));
    Dataset<Row> tagged = Periods.tag(flagged, periods)
        .withColumn(STARTED, Periods.during(col(MissingExtract.START_DATE)))
        .withColumn(RETURNED, coalesce(Periods.during(col(MissingExtract.END_DATE)), lit(false)))
        .filter(col(STARTED).or(col(RETURNED)));
    Dataset<Row> cohort = cohortChildren.select(col(CohortExtract.CHILD_ID), col(Columns.PERIOD),
        col(CohortExtract.LA_CODE).as("_cohort_la"), lit(true).as(IN_COHORT));
    Column inCohort = coalesce(col(IN_COHORT), lit(false));
    // One row per population from one pass: a union of two filtered copies computed the window and the
    // join twice (half of this table's cost at national size, docs/performance.md).
    Column populations = when(inCohort, array(lit(ALL_MISSING), lit(CSE_COHORT))).otherwise(array(lit(ALL_MISSING)));
    return tagged.join(cohort, new String[] {MissingExtract.CHILD_ID, Columns.PERIOD}, "left")
        .withColumn(IN_COHORT, inCohort)
        .withColumn(Columns.POPULATION, explode(populations))
        .withColumn(Columns.LA_CODE, when(col(Columns.POPULATION).equalTo(CSE_COHORT), col("_cohort_la"))
            .otherwise(col(Columns.LA_CODE)))
        .drop("_cohort_la");
  }

  /** Areas x periods x populations: the rows of the missing tables, every count recorded. */
  public static Dataset<Row> grid(Dataset<Row> areasAndPeriods) {
    return populations(areasAndPeriods).withColumn(NOT_RECORDED, lit(false));
  }

  /** The rows of the missing tables of the period of {@code data}, marked where counts are not recorded. */
  public static Dataset<Row> grid(ProfileData data) {
    return grid(data, data.grid());
  }

  /** The rows of the missing trend table of {@code data}, marked where counts are not recorded. */
  public static Dataset<Row> trendGrid(ProfileData data) {
    return grid(data, data.trendGrid());
  }

  /**
   * Marks the rows whose counts are not recorded: every row when the missing extract was not supplied, and
   * the authority rows of {@code all_missing} in a period with an episode from a file whose authority is not
   * recorded (an SSDA903 file without {@code LA}, not named by its authority): those episodes could be any
   * authority's, so no authority's count is known ({@code ALL} still counts them).
   */
  private static Dataset<Row> grid(ProfileData data, Dataset<Row> areasAndPeriods) {
    Dataset<Row> rows = populations(areasAndPeriods);
    if (!data.inputs().supplied(MissingExtract.NAME)) {
      return rows.withColumn(NOT_RECORDED, lit(true));
    }
    Set<String> files = data.inputs().unattributed();
    if (files.isEmpty()) {
      return rows.withColumn(NOT_RECORDED, lit(false));
    }
    Dataset<Row> periods = data.missing()
        .filter(col(Columns.POPULATION).equalTo(ALL_MISSING).and(col(Columns.LA_CODE).isNull())
            .and(col(ExtractSpec.SOURCE_FILE).isin(files.toArray())))
        .select(col(Columns.PERIOD)).distinct().withColumn(UNATTRIBUTED, lit(true));
    return rows.join(periods, new String[] {Columns.PERIOD}, "left")
        .withColumn(NOT_RECORDED, col(Columns.POPULATION).equalTo(ALL_MISSING)
            .and(col(Columns.LA_CODE).notEqual(Columns.PARTNERSHIP)).and(coalesce(col(UNATTRIBUTED), lit(false))))
        .drop(UNATTRIBUTED);
  }

  private static Dataset<Row> populations(Dataset<Row> areasAndPeriods) {
    return areasAndPeriods.crossJoin(
        areasAndPeriods.sparkSession().createDataset(POPULATIONS, Encoders.STRING()).toDF(Columns.POPULATION));
  }

  /** {@code counts} (keyed by period, area and population) with {@code measures} null where {@code grid} marks them not recorded. */
  static Dataset<Row> withNotRecorded(Dataset<Row> counts, Dataset<Row> grid, List<String> measures) {
    Dataset<Row> marks = grid.select(col(Columns.PERIOD), col(Columns.LA_CODE), col(Columns.POPULATION), col(NOT_RECORDED));
    Dataset<Row> joined = counts.join(marks, new String[] {Columns.PERIOD, Columns.LA_CODE, Columns.POPULATION}, "left");
    List<Column> columns = new ArrayList<>();
    for (String c : counts.columns()) {
      columns.add(measures.contains(c)
          ? when(coalesce(col(NOT_RECORDED), lit(false)), lit(null).cast(counts.schema().apply(c).dataType()))
              .otherwise(col(c)).as(c)
          : col(c));
    }
    return joined.select(columns.toArray(Column[]::new));
  }

  /**
   * Per area, period and population of {@code grid}: episodes starting in the period, children with
   * one, episodes per child, repeat missing children, missing and away episodes, the share of the
   * children who are in the CSE cohort; and for episodes ending in the period (returns), return home
   * interviews offered within 72 hours and accepted.
   */
  public static Dataset<Row> summary(Dataset<Row> episodes, Dataset<Row> grid) {
    Column child = col(MissingExtract.CHILD_ID);
    Dataset<Row> startedCounts = Partnership.aggregate(episodes.filter(col(STARTED)), List.of(Columns.POPULATION),
        count(lit(1)).as(Columns.EPISODES),
        count_distinct(child).as(Columns.CHILDREN),
        count_distinct(when(col(REPEAT), child)).as(Columns.REPEAT_MISSING_CHILDREN),
        ones(col(MissingExtract.MISSING_TYPE).equalTo(MissingExtract.MISSING)).as(Columns.EPISODES_MISSING),
        ones(col(MissingExtract.MISSING_TYPE).equalTo(MissingExtract.AWAY)).as(Columns.EPISODES_AWAY),
        count_distinct(when(col(IN_COHORT), child)).as(Columns.CHILDREN_IN_CSE_COHORT));
    Column offered = col(MissingExtract.RHI_OFFERED_DATE);
    Dataset<Row> returnCounts = Partnership.aggregate(episodes.filter(col(RETURNED)), List.of(Columns.POPULATION),
        count(lit(1)).as(Columns.RETURNS),
        ones(timelyInterview()).as(Columns.RHI_OFFERED_WITHIN_72H),
        ones(offered.isNotNull().and(coalesce(col(MissingExtract.RHI_ACCEPTED), lit(false)))).as(Columns.RHI_ACCEPTED));
    List<String> keys = List.of(Columns.PERIOD, Columns.LA_CODE, Columns.POPULATION);
    List<String> measures = List.of(Columns.EPISODES, Columns.CHILDREN, Columns.REPEAT_MISSING_CHILDREN,
        Columns.EPISODES_MISSING, Columns.EPISODES_AWAY, Columns.CHILDREN_IN_CSE_COHORT, Columns.RETURNS,
        Columns.RHI_OFFERED_WITHIN_72H, Columns.RHI_ACCEPTED);
    Dataset<Row> filled = withNotRecorded(Partnership.fill(grid,
        startedCounts.join(returnCounts, keys.toArray(String[]::new), "full"), keys, measures), grid, measures);
    Column episodesCount = col(Columns.EPISODES);
    Column children = col(Columns.CHILDREN);
    Column returns = col(Columns.RETURNS);
    Column cseCohort = col(Columns.POPULATION).equalTo(CSE_COHORT);
    return filled.select(col(Columns.PERIOD), col(Columns.LA_CODE), col(Columns.POPULATION),
        episodesCount, children,
        when(children.gt(0), episodesCount.cast("double").divide(children)).as(Columns.EPISODES_PER_CHILD),
        col(Columns.REPEAT_MISSING_CHILDREN), col(Columns.EPISODES_MISSING), col(Columns.EPISODES_AWAY),
        when(cseCohort, lit(null).cast("bigint")).otherwise(col(Columns.CHILDREN_IN_CSE_COHORT))
            .as(Columns.CHILDREN_IN_CSE_COHORT),
        when(cseCohort, lit(null).cast("double"))
            .otherwise(WilsonInterval.percent(col(Columns.CHILDREN_IN_CSE_COHORT), children))
            .as(Columns.PERCENT_IN_CSE_COHORT),
        returns,
        col(Columns.RHI_OFFERED_WITHIN_72H),
        WilsonInterval.percent(col(Columns.RHI_OFFERED_WITHIN_72H), returns).as(Columns.RHI_OFFERED_WITHIN_72H_PERCENT),
        col(Columns.RHI_ACCEPTED),
        WilsonInterval.percent(col(Columns.RHI_ACCEPTED), returns).as(Columns.RHI_ACCEPTED_PERCENT));
  }

  /** Episodes starting in the period by type ({@code M} missing, {@code A} away) and by duration band. */
  public static Dataset<Row> breakdown(Dataset<Row> episodes, Dataset<Row> grid) {
    return withNotRecorded(Breakdowns.count(episodes.filter(col(STARTED)), grid.drop(NOT_RECORDED),
        List.of(Columns.POPULATION), List.of(
            new Breakdown(MissingExtract.MISSING_TYPE, List.of(MissingExtract.MISSING, MissingExtract.AWAY),
                col(MissingExtract.MISSING_TYPE)),
            new Breakdown(DURATION_BAND, DURATION_BANDS, durationBand())),
        Columns.EPISODES, count(lit(1))), grid, List.of(Columns.EPISODES));
  }

  /** Episodes starting, children with one, and repeat missing children, per area, period and population. */
  public static Dataset<Row> counts(Dataset<Row> episodes, Dataset<Row> grid) {
    Column child = col(MissingExtract.CHILD_ID);
    Dataset<Row> counts = Partnership.aggregate(episodes.filter(col(STARTED)), List.of(Columns.POPULATION),
        count(lit(1)).as(Columns.EPISODES),
        count_distinct(child).as(Columns.CHILDREN),
        count_distinct(when(col(REPEAT), child)).as(Columns.REPEAT_MISSING_CHILDREN));
    List<String> measures = List.of(Columns.EPISODES, Columns.CHILDREN, Columns.REPEAT_MISSING_CHILDREN);
    return withNotRecorded(Partnership.fill(grid, counts, List.of(Columns.PERIOD, Columns.LA_CODE, Columns.POPULATION),
        measures), grid, measures);
  }

  /** A return home interview offered on the day of return or within the three days after it. */
  static Column timelyInterview() {
    Column offered = col(MissingExtract.RHI_OFFERED_DATE);
    return offered.isNotNull().and(datediff(offered, col(MissingExtract.END_DATE)).between(0, RHI_DAYS));
  }

  /**
   * The duration band of an episode starting in the row's period: still missing when it had not
   * ended by the period end; otherwise by whole days between start and end dates.
   */
  static Column durationBand() {
    Column end = col(MissingExtract.END_DATE);
    Column days = datediff(end, col(MissingExtract.START_DATE));
    return when(end.isNull().or(end.gt(col(Periods.END))), "still_missing")
        .when(days.equalTo(0), "same_day")
        .when(days.leq(2), "1_to_2_days")
        .when(days.leq(7), "3_to_7_days")
        .otherwise("over_7_days");
  }

  private static Column ones(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }
}
