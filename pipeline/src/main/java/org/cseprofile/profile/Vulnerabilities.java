package org.cseprofile.profile;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.EducationExtract;
import org.cseprofile.ingest.HealthExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.linkage.LinkedChildren;
import org.cseprofile.linkage.ProfileInputs;
import org.cseprofile.period.Period;
import org.cseprofile.table.Columns;

/** How common each known vulnerability is in the cohort, with 95% Wilson intervals. */
public final class Vulnerabilities {
  /** Statuses that are not mainstream education (short stay school / PRU, home educated, none). */
  public static final List<String> NOT_MAINSTREAM = List.of("alternative_provision", "home_educated", "not_in_education");
  /** Warning signs needed for {@code three_or_more_warning_signs}. */
  public static final int WARNING_SIGNS_THRESHOLD = 3;
  /** Indicator: a missing episode starting on or before the period end. */
  public static final String MISSING_EVER = "missing_ever";
  /** Indicator: a missing episode starting in the twelve months to the period end. */
  public static final String MISSING_LAST_12_MONTHS = "missing_last_12_months";
  /** Indicator: the attributed episode's child protection plan is current. */
  public static final String CP_PLAN_CURRENT = "cp_plan_current";
  /** Indicator: the attributed episode's child protection plan was in the past. */
  public static final String CP_PLAN_PREVIOUS = "cp_plan_previous";
  /** Indicator: the latest education status is one of {@link #NOT_MAINSTREAM}. */
  public static final String NOT_IN_MAINSTREAM_EDUCATION = "not_in_mainstream_education";
  /** The CIN census assessment factors counted, as code and indicator name suffix, in table order. */
  private static final String[][] CIN_FACTORS = {{"10A", "missing"}, {"11A", "cse"}, {"12A", "trafficking"},
      {"13A", "gangs"}, {"24A", "criminal_exploitation"}};
  /** The CIN factor indicators ({@code cin_factor_10a_missing} first), in table order. */
  public static final List<String> CIN_FACTOR_INDICATORS = java.util.Arrays.stream(CIN_FACTORS)
      .map(f -> "cin_factor_" + f[0].toLowerCase(java.util.Locale.ROOT) + "_" + f[1]).toList();

  private Vulnerabilities() {}

  /** The indicators, in the order the table lists them. */
  public static List<Indicator> indicators() {
    Column status = col(LinkedChildren.LATEST_EDUCATION_STATUS);
    Column statusRecorded = col(LinkedChildren.EDUCATION_RECORDED).and(status.notEqual("unknown"));
    Column exclusion = col(LinkedChildren.LATEST_EXCLUSION);
    Column excluded = coalesce(exclusion.isin("suspension", "permanent"), lit(false));
    Column notMainstream = coalesce(status.isin(NOT_MAINSTREAM.toArray()), lit(false));
    Column cin = col(CohortExtract.CIN_FACTORS);
    List<Indicator> list = new ArrayList<>();
    list.add(new Indicator(MISSING_EVER, col(LinkedChildren.MISSING_EVER), lit(true), MissingExtract.NAME));
    list.add(new Indicator(MISSING_LAST_12_MONTHS, col(LinkedChildren.MISSING_LAST_12_MONTHS), lit(true),
        MissingExtract.NAME));
    list.add(yesNo("looked_after", CohortExtract.LOOKED_AFTER));
    list.add(code(CP_PLAN_CURRENT, CohortExtract.CP_PLAN, "current"));
    list.add(code(CP_PLAN_PREVIOUS, CohortExtract.CP_PLAN, "previous"));
    list.add(yesNo("domestic_abuse", CohortExtract.DOMESTIC_ABUSE));
    list.add(yesNo("prior_rape_allegation", CohortExtract.PRIOR_RAPE_ALLEGATION));
    for (String s : NOT_MAINSTREAM) {
      list.add(new Indicator(s, coalesce(status.equalTo(s), lit(false)), statusRecorded, EducationExtract.NAME));
    }
    list.add(new Indicator(NOT_IN_MAINSTREAM_EDUCATION, notMainstream, statusRecorded, EducationExtract.NAME));
    list.add(new Indicator("roni", coalesce(col(LinkedChildren.LATEST_RONI), lit(false)),
        col(LinkedChildren.LATEST_RONI).isNotNull(), EducationExtract.NAME));
    list.add(new Indicator("persistent_absence", coalesce(col(LinkedChildren.LATEST_PERSISTENT_ABSENCE), lit(false)),
        col(LinkedChildren.LATEST_PERSISTENT_ABSENCE).isNotNull(), EducationExtract.NAME));
    list.add(new Indicator("exclusion", excluded, exclusion.isNotNull(), EducationExtract.NAME));
    list.add(new Indicator("sexual_health_contact_12_months", col(LinkedChildren.SEXUAL_HEALTH_12M), lit(true),
        HealthExtract.NAME));
    list.add(new Indicator("substance_misuse_contact_12_months", col(LinkedChildren.SUBSTANCE_MISUSE_12M), lit(true),
        HealthExtract.NAME));
    list.add(new Indicator("mental_health_contact_12_months", col(LinkedChildren.MENTAL_HEALTH_12M), lit(true),
        HealthExtract.NAME));
    for (int f = 0; f < CIN_FACTORS.length; f++) {
      list.add(new Indicator(CIN_FACTOR_INDICATORS.get(f), coalesce(array_contains(cin, CIN_FACTORS[f][0]), lit(false)),
          cin.isNotNull(), null));
    }
    Column signs = flag(col(LinkedChildren.MISSING_LAST_12_MONTHS)).plus(flag(col(LinkedChildren.SUBSTANCE_MISUSE_12M)))
        .plus(flag(col(LinkedChildren.SEXUAL_HEALTH_12M))).plus(flag(notMainstream)).plus(flag(excluded));
    list.add(new Indicator("three_or_more_warning_signs", signs.geq(WARNING_SIGNS_THRESHOLD), lit(true), null));
    return List.copyOf(list);
  }

  /**
   * Per area and indicator: children with it (numerator), cohort children (denominator), children
   * for whom it is not recorded (counted as not having it), percent and 95% Wilson interval. An
   * indicator whose extract was not supplied has null numerator, percent and interval.
   */
  public static Dataset<Row> prevalence(Dataset<Row> cohortChildren, ProfileInputs inputs, Dataset<Row> grid,
      Period period) {
    Dataset<Row> linked = Partnership.withPartnershipRows(LinkedChildren.of(cohortChildren, inputs, period));
    List<Indicator> indicators = indicators();
    List<Column> aggregates = new ArrayList<>();
    List<Column> entries = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      aggregates.add(sum(when(indicator.condition(), 1L).otherwise(0L)).as("n" + i));
      aggregates.add(sum(when(indicator.recorded(), 0L).otherwise(1L)).as("r" + i));
      boolean available = indicator.extract() == null || inputs.supplied(indicator.extract());
      entries.add(struct(lit(indicator.name()).as(Columns.INDICATOR),
          (available ? col("n" + i) : lit(null).cast("bigint")).as(Columns.NUMERATOR),
          (available ? col("r" + i) : col(Columns.DENOMINATOR)).as(Columns.NOT_RECORDED)));
    }
    Dataset<Row> wide = linked.groupBy(col(Columns.PERIOD), col(Columns.LA_CODE))
        .agg(count(lit(1)).as(Columns.DENOMINATOR), aggregates.toArray(Column[]::new));
    Dataset<Row> counts = wide.select(col(Columns.PERIOD), col(Columns.LA_CODE), col(Columns.DENOMINATOR),
            explode(array(entries.toArray(Column[]::new))).as("e"))
        .select(col(Columns.PERIOD), col(Columns.LA_CODE), col("e." + Columns.INDICATOR).as(Columns.INDICATOR),
            col("e." + Columns.NUMERATOR).as(Columns.NUMERATOR), col(Columns.DENOMINATOR),
            col("e." + Columns.NOT_RECORDED).as(Columns.NOT_RECORDED));
    Dataset<Row> names = cohortChildren.sparkSession()
        .createDataset(indicators.stream().map(Indicator::name).toList(), Encoders.STRING()).toDF(Columns.INDICATOR);
    Column numerator = col(Columns.NUMERATOR);
    Column denominator = coalesce(col(Columns.DENOMINATOR), lit(0L));
    return broadcast(grid.crossJoin(names))
        .join(counts, new String[] {Columns.PERIOD, Columns.LA_CODE, Columns.INDICATOR}, "left")
        .select(col(Columns.PERIOD), col(Columns.LA_CODE), col(Columns.INDICATOR),
            when(denominator.equalTo(0), lit(0L)).otherwise(numerator).as(Columns.NUMERATOR),
            denominator.as(Columns.DENOMINATOR),
            coalesce(col(Columns.NOT_RECORDED), lit(0L)).as(Columns.NOT_RECORDED),
            WilsonInterval.percent(numerator, denominator).as(Columns.PERCENT),
            WilsonInterval.lower(numerator, denominator).as(Columns.CI_LOWER),
            WilsonInterval.upper(numerator, denominator).as(Columns.CI_UPPER));
  }

  private static Indicator yesNo(String name, String column) {
    return new Indicator(name, coalesce(col(column), lit(false)), col(column).isNotNull(), null);
  }

  private static Indicator code(String name, String column, String value) {
    return new Indicator(name, coalesce(col(column).equalTo(value), lit(false)), col(column).isNotNull(), null);
  }

  private static Column flag(Column condition) {
    return when(condition, 1).otherwise(0);
  }
}
