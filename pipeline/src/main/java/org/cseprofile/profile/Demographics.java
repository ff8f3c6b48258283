package org.cseprofile.profile;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sequence;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.period.Period;
import org.cseprofile.table.Columns;

/** Who the cohort children are: age and gender. */
public final class Demographics {
  /** Genders in the order tables list them. */
  public static final List<String> GENDERS = List.of("F", "M", "U");
  /** Ages 0 to 17 are always listed; older ages appear when a cohort child has reached them. */
  public static final int OLDEST_CHILD_AGE = 17;

  private Demographics() {}

  /**
   * Cohort children by age in completed years at period end and gender, per area. Every
   * combination of area, gender ({@code F}, {@code M}, {@code U}) and age from 0 to the larger of
   * 17 and the oldest child's age is listed, with 0 where there are no children.
   */
  public static Dataset<Row> ageByGender(Dataset<Row> cohortChildren, Dataset<Row> areas, Period period) {
    Dataset<Row> counts = Partnership.aggregate(cohortChildren, List.of(CohortExtract.GENDER, Columns.AGE),
        count_distinct(col(CohortExtract.CHILD_ID)).as(Columns.CHILDREN));
    Dataset<Row> ages = cohortChildren
        .agg(max(col(Columns.AGE)).as("oldest"))
        .select(explode(sequence(lit(0), greatest(lit(OLDEST_CHILD_AGE), coalesce(col("oldest"), lit(0)))))
            .as(Columns.AGE));
    Dataset<Row> genders = cohortChildren.sparkSession()
        .createDataset(GENDERS, Encoders.STRING()).toDF(Columns.GENDER);
    // Small dimension tables (a few areas, 3 genders, about 18 ages): their product is the table's grid.
    Dataset<Row> grid = areas.crossJoin(genders).crossJoin(ages);
    return grid.join(counts, new String[] {Columns.LA_CODE, Columns.GENDER, Columns.AGE}, "left")
        .select(lit(period.label()).as(Columns.PERIOD), col(Columns.LA_CODE), col(Columns.GENDER),
            col(Columns.AGE), coalesce(col(Columns.CHILDREN), lit(0L)).as(Columns.CHILDREN));
  }
}
