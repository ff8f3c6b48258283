package org.cseprofile.profile;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.period.Period;
import org.cseprofile.table.Columns;

/** The CSE cohort of a period: children whose CSE concern was open at any time in it. */
public final class Cohort {
  private static final String RANK = "_episode_rank";

  private Cohort() {}

  /**
   * One row per child with an episode open at any time in the period (identified on or before
   * its end, and not closed before its start). Where a child has several such episodes, the one
   * identified latest gives the child's local authority and details. Adds {@code age} in completed
   * years at period end.
   */
  public static Dataset<Row> childrenOpenInPeriod(Dataset<Row> episodes, Period period) {
    WindowSpec latestFirst = Window.partitionBy(col(CohortExtract.CHILD_ID))
        .orderBy(col(CohortExtract.IDENTIFIED_DATE).desc(), col(CohortExtract.LA_CODE).asc(),
            col(CohortExtract.CLOSED_DATE).desc_nulls_first());
    return episodes
        .filter(col(CohortExtract.IDENTIFIED_DATE).leq(lit(period.end()))
            .and(col(CohortExtract.CLOSED_DATE).isNull().or(col(CohortExtract.CLOSED_DATE).geq(lit(period.start())))))
        .withColumn(RANK, row_number().over(latestFirst))
        .filter(col(RANK).equalTo(1))
        .drop(RANK)
        .withColumn(Columns.AGE, Ages.completedYears(col(CohortExtract.BIRTH_MONTH), period.end()));
  }

  /** Children open in the period, per area; every area of {@code areas} appears, with 0 where none. */
  public static Dataset<Row> childrenOpen(Dataset<Row> cohortChildren, Dataset<Row> areas, Period period) {
    Dataset<Row> counts = Partnership.aggregate(cohortChildren, List.of(),
        count_distinct(col(CohortExtract.CHILD_ID)).as(Columns.CHILDREN_OPEN));
    return areas.join(counts, new String[] {Columns.LA_CODE}, "left")
        .select(lit(period.label()).as(Columns.PERIOD), col(Columns.LA_CODE),
            coalesce(col(Columns.CHILDREN_OPEN), lit(0L)).as(Columns.CHILDREN_OPEN));
  }
}
