package org.cseprofile.profile;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.EducationExtract;
import org.cseprofile.ingest.HealthExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.linkage.LinkedChildren;
import org.cseprofile.linkage.ProfileInputs;
import org.cseprofile.period.Period;
import org.cseprofile.table.Columns;

/**
 * How the partnership works together on the cohort: risk assessments and plans in place, time to
 * assessment, timely return home interviews, and children known to more than one agency.
 */
public final class AgencyPerformance {
  /** Unit of a share measure. */
  public static final String PERCENT = "percent";
  /** Unit of a duration measure. */
  public static final String DAYS = "days";
  /** The median-days measure; every other measure is a share. */
  public static final String MEDIAN_DAYS_TO_RISK_ASSESSMENT = "median_days_to_risk_assessment";
  /** Share: cohort children with a risk assessment by the period end. */
  public static final String RISK_ASSESSMENT_COMPLETED = "risk_assessment_completed";
  /** Share: returns in the period with an interview offered within 72 hours; over returns, not the cohort. */
  public static final String RHI_OFFERED_WITHIN_72H = "rhi_offered_within_72h";
  /** Share: cohort children in the missing extract (ever missing). */
  public static final String IN_MISSING_EXTRACT = "in_missing_extract";
  /** Shares: cohort children known to education, health, the police. */
  public static final List<String> KNOWN_TO_AGENCIES = List.of("known_to_education", "known_to_health", "known_to_police");
  /** Share: cohort children known to at least one agency besides children's social care. */
  public static final String KNOWN_TO_MORE_THAN_ONE_AGENCY = "known_to_more_than_one_agency";

  /** Share measures: name, numerator column, denominator column, extract needed (null: cohort only). */
  private static final String[][] SHARES = {
      {RISK_ASSESSMENT_COMPLETED, "assessed", "cohort", null},
      {"plan_in_place", "planned", "cohort", null},
      {RHI_OFFERED_WITHIN_72H, "timely", "returns", MissingExtract.NAME},
      {KNOWN_TO_AGENCIES.get(0), "education", "cohort", EducationExtract.NAME},
      {KNOWN_TO_AGENCIES.get(1), "health", "cohort", HealthExtract.NAME},
      {KNOWN_TO_AGENCIES.get(2), "police", "cohort", IncidentsExtract.NAME},
      {IN_MISSING_EXTRACT, "missing", "cohort", MissingExtract.NAME},
      {KNOWN_TO_MORE_THAN_ONE_AGENCY, "multi", "cohort", null}};

  private AgencyPerformance() {}

  /** Measure names in the order the table lists them. */
  public static List<String> measureNames() {
    List<String> names = new ArrayList<>();
    for (String[] share : SHARES) {
      names.add(share[0]);
    }
    names.add(2, MEDIAN_DAYS_TO_RISK_ASSESSMENT);
    return names;
  }

  /**
   * Per area and measure: numerator, denominator, value (percent, or median days) and, for shares,
   * the 95% Wilson interval. Measures needing an extract that was not supplied have a null
   * numerator and value.
   *
   * @param cohortChildren the period's cohort
   * @param missingEpisodes episodes tagged by {@link MissingEpisodes#byPopulation}
   */
  public static Dataset<Row> measures(
      Dataset<Row> cohortChildren, Dataset<Row> missingEpisodes, ProfileInputs inputs, Dataset<Row> grid,
      Period period) {
    Dataset<Row> linked = Partnership.withPartnershipRows(LinkedChildren.of(cohortChildren, inputs, period));
    Column end = lit(period.end());
    Column assessed = col(CohortExtract.RISK_ASSESSMENT_DATE);
    Column assessedInTime = assessed.isNotNull().and(assessed.leq(end));
    Column planned = col(CohortExtract.PLAN_DATE);
    Column education = col(LinkedChildren.KNOWN_TO_EDUCATION);
    Column health = col(LinkedChildren.KNOWN_TO_HEALTH);
    Column police = col(LinkedChildren.KNOWN_TO_POLICE);
    Column days = datediff(assessed, col(CohortExtract.IDENTIFIED_DATE));
    Column timed = assessedInTime.and(days.geq(0));

    Dataset<Row> children = linked.groupBy(col(Columns.PERIOD), col(Columns.LA_CODE)).agg(
        count(lit(1)).as("cohort"),
        ones(assessedInTime).as("assessed"),
        ones(planned.isNotNull().and(planned.leq(end))).as("planned"),
        median(when(timed, days)).as("median_days"),
        ones(timed).as("timed"),
        ones(education).as("education"),
        ones(health).as("health"),
        ones(police).as("police"),
        ones(col(LinkedChildren.MISSING_EVER)).as("missing"),
        ones(education.or(health).or(police)).as("multi"));
    Dataset<Row> returns = missingEpisodes
        .filter(col(Columns.POPULATION).equalTo(MissingEpisodes.ALL_MISSING).and(col(MissingEpisodes.RETURNED)));
    Dataset<Row> interviews = Partnership.aggregate(returns, List.of(),
        count(lit(1)).as("returns"), ones(MissingEpisodes.timelyInterview()).as("timely"));

    String[] keys = {Columns.PERIOD, Columns.LA_CODE};
    Dataset<Row> wide = broadcast(grid).join(children, keys, "left").join(interviews, keys, "left");
    List<Column> entries = new ArrayList<>();
    for (String[] share : SHARES) {
      boolean available = share[3] == null || inputs.supplied(share[3]);
      Column n = available ? coalesce(col(share[1]), lit(0L)) : lit(null).cast("bigint");
      Column d = coalesce(col(share[2]), lit(0L));
      entries.add(entry(share[0], n, d, WilsonInterval.percent(n, d), WilsonInterval.lower(n, d),
          WilsonInterval.upper(n, d), PERCENT));
    }
    Column none = lit(null).cast("double");
    entries.add(2, entry(MEDIAN_DAYS_TO_RISK_ASSESSMENT, lit(null).cast("bigint"), coalesce(col("timed"), lit(0L)),
        col("median_days").cast("double"), none, none, DAYS));
    return wide.select(col(Columns.PERIOD), col(Columns.LA_CODE), explode(array(entries.toArray(Column[]::new))).as("m"))
        .select(col(Columns.PERIOD), col(Columns.LA_CODE), col("m.*"));
  }

  private static Column entry(String measure, Column numerator, Column denominator, Column value, Column lower,
      Column upper, String unit) {
    return struct(lit(measure).as(Columns.MEASURE), numerator.as(Columns.NUMERATOR),
        denominator.as(Columns.DENOMINATOR), value.as(Columns.VALUE), lower.as(Columns.CI_LOWER),
        upper.as(Columns.CI_UPPER), lit(unit).as(Columns.UNIT));
  }

  private static Column ones(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }
}
