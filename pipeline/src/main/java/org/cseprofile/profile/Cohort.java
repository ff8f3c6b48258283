package org.cseprofile.profile;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.period.Period;
import org.cseprofile.table.Columns;

/** The CSE cohort of a period: children whose CSE concern was open at any time in it. */
public final class Cohort {
  /** Child-level flag: an episode of the child was identified in the period. */
  public static final String IDENTIFIED_IN_PERIOD = "identified_in_period";
  /** Child-level flag: an episode of the child was still open at the end of the period. */
  public static final String OPEN_AT_END = "open_at_end";
  /** Category used where an optional code was left blank. */
  public static final String NOT_RECORDED = "not_recorded";

  public static final List<String> RISK_LEVELS = List.of("low", "medium", "high", NOT_RECORDED);
  public static final List<String> CSE_MODELS = List.of("inappropriate_relationship", "boyfriend", "peer_on_peer",
      "organised_network", "online", "unknown", NOT_RECORDED);

  /**
   * The agencies of the CIN census referral source codes (docs/data-contract.md): 1A-1D individual, 2A-2B
   * education, 3A-3F health, 4 housing, 5A-5D local authority services, 6 police, 7-9 other (other legal agency,
   * other, anonymous); 10 (unknown) and blank are not recorded.
   */
  public static final List<String> REFERRAL_SOURCES = List.of("police", "education", "health", "local_authority",
      "housing", "individual", "other", NOT_RECORDED);

  /** The breakdowns of {@code cohort_breakdown} and their categories, in table order. */
  public static final Map<String, List<String>> BREAKDOWNS = Breakdowns.ordered(
      CohortExtract.RISK_LEVEL, RISK_LEVELS, CohortExtract.CSE_MODEL, CSE_MODELS, Columns.GENDER, Demographics.GENDERS,
      Columns.AGE_BAND, Demographics.AGE_BANDS, Demographics.ETHNIC_GROUP, Demographics.ETHNIC_GROUPS,
      CohortExtract.REFERRAL_SOURCE, REFERRAL_SOURCES);
  /** The breakdowns of {@code cohort_trend_breakdown} (risk level and CSE model), in table order. */
  public static final Map<String, List<String>> TREND_BREAKDOWNS = Breakdowns.ordered(
      CohortExtract.RISK_LEVEL, RISK_LEVELS, CohortExtract.CSE_MODEL, CSE_MODELS);

  private static final String RANK = "_episode_rank";

  private Cohort() {}

  /**
   * For each period, one row per child with an episode open at any time in it (identified on or
   * before its end, and not closed before its start), tagged with {@code period}. Where a child has
   * several such episodes, the one identified latest gives the child's local authority and details.
   * Adds {@code age} in completed years at period end and the flags {@link #IDENTIFIED_IN_PERIOD}
   * and {@link #OPEN_AT_END}.
   */
  public static Dataset<Row> childrenOpen(Dataset<Row> episodes, List<Period> periods) {
    WindowSpec child = Window.partitionBy(col(Columns.PERIOD), col(CohortExtract.CHILD_ID));
    WindowSpec latestFirst = child.orderBy(col(CohortExtract.IDENTIFIED_DATE).desc(), col(CohortExtract.LA_CODE).asc(),
        col(CohortExtract.CLOSED_DATE).desc_nulls_first());
    Column identified = col(CohortExtract.IDENTIFIED_DATE);
    Column closed = col(CohortExtract.CLOSED_DATE);
    Column start = col(Periods.START);
    Column end = col(Periods.END);
    return Periods.tag(episodes, periods)
        .filter(identified.leq(end).and(closed.isNull().or(closed.geq(start))))
        .withColumn(IDENTIFIED_IN_PERIOD, max(identified.geq(start)).over(child))
        .withColumn(OPEN_AT_END, max(closed.isNull().or(closed.gt(end))).over(child))
        .withColumn(RANK, row_number().over(latestFirst))
        .filter(col(RANK).equalTo(1))
        .withColumn(Columns.AGE, Ages.completedYears(col(CohortExtract.BIRTH_MONTH), end))
        .drop(RANK, Periods.START, Periods.END);
  }

  /** The cohort of one period (see {@link #childrenOpen(Dataset, List)}). */
  public static Dataset<Row> childrenOpenInPeriod(Dataset<Row> episodes, Period period) {
    return childrenOpen(episodes, List.of(period));
  }

  /**
   * Per area and period of {@code grid}: children open in the period; of them, those with an episode
   * identified in the period, those with no episode open at its end (closed), and those still open
   * at its end. Every row of the grid appears, with 0 where there are no children.
   */
  public static Dataset<Row> cohortCounts(Dataset<Row> cohortChildren, Dataset<Row> grid) {
    Column child = col(CohortExtract.CHILD_ID);
    Dataset<Row> counts = Partnership.aggregate(cohortChildren, List.of(),
        count_distinct(child).as(Columns.CHILDREN_OPEN),
        count_distinct(when(col(IDENTIFIED_IN_PERIOD), child)).as(Columns.CHILDREN_IDENTIFIED),
        count_distinct(when(not(col(OPEN_AT_END)), child)).as(Columns.CHILDREN_CLOSED),
        count_distinct(when(col(OPEN_AT_END), child)).as(Columns.CHILDREN_OPEN_AT_END));
    return Partnership.fill(grid, counts, List.of(Columns.PERIOD, Columns.LA_CODE), List.of(Columns.CHILDREN_OPEN,
        Columns.CHILDREN_IDENTIFIED, Columns.CHILDREN_CLOSED, Columns.CHILDREN_OPEN_AT_END));
  }

  /** As {@link #breakdown(Dataset, Dataset, boolean)} with the referral source supplied. */
  public static Dataset<Row> breakdown(Dataset<Row> cohortChildren, Dataset<Row> grid) {
    return breakdown(cohortChildren, grid, true);
  }

  /**
   * Cohort children by risk level, CSE model, gender, age band, ethnic group and referral source agency (of the
   * episode that gives the child's authority). When {@code referral_source} was not supplied (filled in no row),
   * the referral source counts are null: not available, never 0.
   */
  public static Dataset<Row> breakdown(Dataset<Row> cohortChildren, Dataset<Row> grid, boolean referralSourceSupplied) {
    Dataset<Row> table = Breakdowns.count(cohortChildren, grid, List.of(), List.of(
            riskLevel(), cseModel(),
            new Breakdown(Columns.GENDER, Demographics.GENDERS, col(CohortExtract.GENDER)),
            new Breakdown(Columns.AGE_BAND, Demographics.AGE_BANDS, Demographics.ageBand(col(Columns.AGE))),
            new Breakdown(Demographics.ETHNIC_GROUP, Demographics.ETHNIC_GROUPS,
                Demographics.ethnicGroup(col(CohortExtract.ETHNICITY))),
            new Breakdown(CohortExtract.REFERRAL_SOURCE, REFERRAL_SOURCES,
                referralAgency(col(CohortExtract.REFERRAL_SOURCE)))),
        Columns.CHILDREN, count_distinct(col(CohortExtract.CHILD_ID)));
    return referralSourceSupplied ? table
        : Breakdowns.notSupplied(table, List.of(CohortExtract.REFERRAL_SOURCE), Columns.CHILDREN);
  }

  /** The agency of a CIN census referral source code (see {@link #REFERRAL_SOURCES}). */
  public static Column referralAgency(Column code) {
    Column first = substring(code, 1, 1);
    return when(code.isNull().or(code.equalTo("10")), NOT_RECORDED)
        .when(code.equalTo("6"), "police")
        .when(first.equalTo("2"), "education")
        .when(first.equalTo("3"), "health")
        .when(first.equalTo("5"), "local_authority")
        .when(code.equalTo("4"), "housing")
        .when(first.equalTo("1"), "individual")
        .otherwise("other");
  }

  /** Cohort children by risk level and CSE model (the breakdowns of the trend table). */
  public static Dataset<Row> riskAndModel(Dataset<Row> cohortChildren, Dataset<Row> grid) {
    return Breakdowns.count(cohortChildren, grid, List.of(), List.of(riskLevel(), cseModel()),
        Columns.CHILDREN, count_distinct(col(CohortExtract.CHILD_ID)));
  }

  private static Breakdown riskLevel() {
    return new Breakdown(CohortExtract.RISK_LEVEL, RISK_LEVELS,
        coalesce(col(CohortExtract.RISK_LEVEL), lit(NOT_RECORDED)));
  }

  private static Breakdown cseModel() {
    return new Breakdown(CohortExtract.CSE_MODEL, CSE_MODELS, coalesce(col(CohortExtract.CSE_MODEL), lit(NOT_RECORDED)));
  }
}
