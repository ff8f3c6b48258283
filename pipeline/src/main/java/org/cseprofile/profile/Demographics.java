package org.cseprofile.profile;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.table.Columns;

/** Who the cohort children are: age, gender, ethnic group. */
public final class Demographics {
  /** Genders in the order tables list them. */
  public static final List<String> GENDERS = List.of("F", "M", "U");
  /** Ages 0 to 17 are always listed; older ages appear when a cohort child has reached them. */
  public static final int OLDEST_CHILD_AGE = 17;
  /** Age bands at period end. A child whose concern was identified before 18 may be 18 at period end. */
  public static final List<String> AGE_BANDS = List.of("under_10", "10_to_12", "13_to_15", "16_to_17", "18_and_over");
  /** The oldest age in each band but the last, which has no upper end. */
  private static final int[] OLDEST_IN_BAND = {9, 12, 15, 17};
  /** Breakdown name of the ethnic group. */
  public static final String ETHNIC_GROUP = "ethnic_group";
  /** DfE major ethnic groups, plus refused and not recorded (not obtained or blank). */
  public static final List<String> ETHNIC_GROUPS =
      List.of("white", "mixed", "asian", "black", "chinese", "other", "refused", Cohort.NOT_RECORDED);

  private Demographics() {}

  /** The age band of an age in completed years. */
  public static Column ageBand(Column age) {
    Column band = when(age.leq(OLDEST_IN_BAND[0]), AGE_BANDS.get(0));
    for (int i = 1; i < OLDEST_IN_BAND.length; i++) {
      band = band.when(age.leq(OLDEST_IN_BAND[i]), AGE_BANDS.get(i));
    }
    return band.otherwise(AGE_BANDS.get(OLDEST_IN_BAND.length));
  }

  /** The age band of an age in completed years (as {@link #ageBand(Column)}, for collected rows). */
  public static String ageBand(int age) {
    for (int i = 0; i < OLDEST_IN_BAND.length; i++) {
      if (age <= OLDEST_IN_BAND[i]) {
        return AGE_BANDS.get(i);
      }
    }
    return AGE_BANDS.get(OLDEST_IN_BAND.length);
  }

  /** The DfE major group of a DfE ethnicity code (its first letter, with CHNE, OOTH, REFU and NOBT apart). */
  public static Column ethnicGroup(Column ethnicity) {
    return when(ethnicity.isNull().or(ethnicity.equalTo("NOBT")), Cohort.NOT_RECORDED)
        .when(ethnicity.equalTo("REFU"), "refused")
        .when(ethnicity.equalTo("CHNE"), "chinese")
        .when(ethnicity.equalTo("OOTH"), "other")
        .when(substring(ethnicity, 1, 1).equalTo("W"), "white")
        .when(substring(ethnicity, 1, 1).equalTo("M"), "mixed")
        .when(substring(ethnicity, 1, 1).equalTo("A"), "asian")
        .when(substring(ethnicity, 1, 1).equalTo("B"), "black")
        .otherwise("other");
  }

  /**
   * Cohort children by age in completed years at period end and gender, per area and period of
   * {@code grid}. Every combination of area, gender ({@code F}, {@code M}, {@code U}) and age from 0
   * to the larger of 17 and the oldest child's age is listed, with 0 where there are no children.
   */
  public static Dataset<Row> ageByGender(Dataset<Row> cohortChildren, Dataset<Row> grid) {
    Dataset<Row> counts = Partnership.aggregate(cohortChildren, List.of(CohortExtract.GENDER, Columns.AGE),
        count_distinct(col(CohortExtract.CHILD_ID)).as(Columns.CHILDREN));
    Dataset<Row> ages = cohortChildren
        .agg(max(col(Columns.AGE)).as("oldest"))
        .select(explode(sequence(lit(0), greatest(lit(OLDEST_CHILD_AGE), coalesce(col("oldest"), lit(0)))))
            .as(Columns.AGE));
    // Small dimension tables (a few areas, 3 genders, about 18 ages): their product is the table's grid.
    return Partnership.fill(grid.crossJoin(genders(cohortChildren)).crossJoin(ages), counts,
        List.of(Columns.PERIOD, Columns.LA_CODE, Columns.GENDER, Columns.AGE), List.of(Columns.CHILDREN));
  }

  /** Cohort children by age band and gender, per area and period of {@code grid}; every combination listed. */
  public static Dataset<Row> ageBandByGender(Dataset<Row> cohortChildren, Dataset<Row> grid) {
    Dataset<Row> counts = Partnership.aggregate(
        cohortChildren.withColumn(Columns.AGE_BAND, ageBand(col(Columns.AGE))),
        List.of(Columns.AGE_BAND, CohortExtract.GENDER), count_distinct(col(CohortExtract.CHILD_ID)).as(Columns.CHILDREN));
    Dataset<Row> bands = cohortChildren.sparkSession().createDataset(AGE_BANDS, Encoders.STRING()).toDF(Columns.AGE_BAND);
    return Partnership.fill(grid.crossJoin(bands).crossJoin(genders(cohortChildren)), counts,
        List.of(Columns.PERIOD, Columns.LA_CODE, Columns.AGE_BAND, Columns.GENDER), List.of(Columns.CHILDREN));
  }

  private static Dataset<Row> genders(Dataset<Row> any) {
    return any.sparkSession().createDataset(GENDERS, Encoders.STRING()).toDF(Columns.GENDER);
  }
}
