package org.cseprofile.linkage;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.EducationExtract;
import org.cseprofile.ingest.HealthExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.period.Period;

/**
 * Joins what the other agencies know about each cohort child, on the pseudonym, as of the period
 * end: one row per child with flags for missing episodes, the latest education record, recent
 * health contacts, and which agencies' extracts know the child.
 */
public final class LinkedChildren {
  /** A missing episode started on or before the period end. */
  public static final String MISSING_EVER = "missing_ever";
  /** A missing episode started in the twelve months ending at the period end. */
  public static final String MISSING_LAST_12_MONTHS = "missing_last_12_months";
  /** The child has an education record dated on or before the period end. */
  public static final String EDUCATION_RECORDED = "education_recorded";
  public static final String LATEST_EDUCATION_STATUS = "latest_education_status";
  public static final String LATEST_RONI = "latest_roni";
  public static final String LATEST_PERSISTENT_ABSENCE = "latest_persistent_absence";
  public static final String LATEST_EXCLUSION = "latest_exclusion";
  /** Contact with the service in the twelve months ending at the period end. */
  public static final String SEXUAL_HEALTH_12M = "sexual_health_12m";
  public static final String SUBSTANCE_MISUSE_12M = "substance_misuse_12m";
  public static final String MENTAL_HEALTH_12M = "mental_health_12m";
  /** The child is in the extract with a record dated on or before the period end. */
  public static final String KNOWN_TO_EDUCATION = "known_to_education";
  public static final String KNOWN_TO_HEALTH = "known_to_health";
  public static final String KNOWN_TO_POLICE = "known_to_police";

  private static final String RANK = "_record_rank";

  private LinkedChildren() {}

  /** The first day of the twelve months ending at the period end. */
  public static LocalDate twelveMonthsBefore(Period period) {
    return period.end().minusMonths(12).plusDays(1);
  }

  /** {@code children} (one row per child, with {@code child_id}) with the linked flags added. */
  public static Dataset<Row> of(Dataset<Row> children, ProfileInputs inputs, Period period) {
    Column end = lit(period.end());
    Column yearStart = lit(twelveMonthsBefore(period));

    Dataset<Row> missing = inputs.missing().filter(col(MissingExtract.START_DATE).leq(end))
        .groupBy(col(MissingExtract.CHILD_ID))
        .agg(lit(true).as(MISSING_EVER), max(col(MissingExtract.START_DATE).geq(yearStart)).as(MISSING_LAST_12_MONTHS));

    Dataset<Row> education = inputs.education().filter(col(EducationExtract.RECORDED_DATE).leq(end))
        .withColumn(RANK, row_number().over(Window.partitionBy(col(EducationExtract.CHILD_ID))
            .orderBy(col(EducationExtract.RECORDED_DATE).desc())))
        .filter(col(RANK).equalTo(1))
        .select(col(EducationExtract.CHILD_ID), lit(true).as(EDUCATION_RECORDED),
            col(EducationExtract.EDUCATION_STATUS).as(LATEST_EDUCATION_STATUS),
            col(EducationExtract.RONI).as(LATEST_RONI),
            col(EducationExtract.PERSISTENT_ABSENCE).as(LATEST_PERSISTENT_ABSENCE),
            col(EducationExtract.EXCLUSION).as(LATEST_EXCLUSION));

    Column recentContact = col(HealthExtract.CONTACT_DATE).geq(yearStart);
    Dataset<Row> health = inputs.health().filter(col(HealthExtract.CONTACT_DATE).leq(end))
        .groupBy(col(HealthExtract.CHILD_ID))
        .agg(lit(true).as(KNOWN_TO_HEALTH),
            max(recentContact.and(col(HealthExtract.SERVICE).equalTo("sexual_health"))).as(SEXUAL_HEALTH_12M),
            max(recentContact.and(col(HealthExtract.SERVICE).equalTo("substance_misuse"))).as(SUBSTANCE_MISUSE_12M),
            max(recentContact.and(col(HealthExtract.SERVICE).equalTo("mental_health"))).as(MENTAL_HEALTH_12M));

    Dataset<Row> police = inputs.incidents()
        .filter(col(IncidentsExtract.VICTIM_ID).isNotNull().and(col(IncidentsExtract.RECORDED_DATE).leq(end)))
        .select(col(IncidentsExtract.VICTIM_ID).as(CohortExtract.CHILD_ID)).distinct()
        .withColumn(KNOWN_TO_POLICE, lit(true));

    String[] key = {CohortExtract.CHILD_ID};
    return children
        .join(missing, key, "left")
        .join(education, key, "left")
        .join(health, key, "left")
        .join(police, key, "left")
        .withColumn(MISSING_EVER, coalesce(col(MISSING_EVER), lit(false)))
        .withColumn(MISSING_LAST_12_MONTHS, coalesce(col(MISSING_LAST_12_MONTHS), lit(false)))
        .withColumn(EDUCATION_RECORDED, coalesce(col(EDUCATION_RECORDED), lit(false)))
        .withColumn(KNOWN_TO_HEALTH, coalesce(col(KNOWN_TO_HEALTH), lit(false)))
        .withColumn(SEXUAL_HEALTH_12M, coalesce(col(SEXUAL_HEALTH_12M), lit(false)))
        .withColumn(SUBSTANCE_MISUSE_12M, coalesce(col(SUBSTANCE_MISUSE_12M), lit(false)))
        .withColumn(MENTAL_HEALTH_12M, coalesce(col(MENTAL_HEALTH_12M), lit(false)))
        .withColumn(KNOWN_TO_POLICE, coalesce(col(KNOWN_TO_POLICE), lit(false)))
        .withColumn(KNOWN_TO_EDUCATION, col(EDUCATION_RECORDED));
  }
}
