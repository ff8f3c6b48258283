package org.cseprofile.profile;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.table.Columns;

/**
 * Cohort children whose missing episodes (starting in the period) or incidents as a victim
 * (recorded in the period) were recorded by another local authority than their own.
 */
public final class CrossBorder {
  private static final String MISSING_ELSEWHERE = "_missing_elsewhere";
  private static final String INCIDENT_ELSEWHERE = "_incident_elsewhere";
  private static final String OWN = "_own_la";

  private CrossBorder() {}

  /**
   * {@link #children(Dataset, Dataset, Dataset, Dataset)}, with the counts whose extract was not supplied null (not
   * available, published {@code x}), never 0: without the missing episodes {@code children_missing_elsewhere},
   * without the incidents {@code children_incident_elsewhere}, and without either {@code children_any_elsewhere} and
   * its percent (the other half is not known). The cohort's {@code children} need the cohort only.
   */
  public static Dataset<Row> children(Dataset<Row> cohortChildren, Dataset<Row> missingEpisodes, Dataset<Row> recorded,
      Dataset<Row> grid, boolean missingSupplied, boolean incidentsSupplied) {
    List<String> notAvailable = new ArrayList<>();
    if (!missingSupplied) {
      notAvailable.add(Columns.CHILDREN_MISSING_ELSEWHERE);
    }
    if (!incidentsSupplied) {
      notAvailable.add(Columns.CHILDREN_INCIDENT_ELSEWHERE);
    }
    Dataset<Row> table = children(cohortChildren, missingEpisodes, recorded, grid);
    if (notAvailable.isEmpty()) {
      return table;
    }
    notAvailable.addAll(List.of(Columns.CHILDREN_ANY_ELSEWHERE, Columns.PERCENT_ANY_ELSEWHERE));
    return Breakdowns.notAvailable(table, notAvailable);
  }

  /**
   * Per area (the child's cohort authority) and period: cohort children, and those with a missing
   * episode or an incident recorded by another authority.
   *
   * @param missingEpisodes episodes tagged by {@link MissingEpisodes#byPopulation}
   * @param recorded incidents tagged by {@link Incidents#inPeriods}
   */
  public static Dataset<Row> children(
      Dataset<Row> cohortChildren, Dataset<Row> missingEpisodes, Dataset<Row> recorded, Dataset<Row> grid) {
    String[] key = {CohortExtract.CHILD_ID, Columns.PERIOD};
    Dataset<Row> own = cohortChildren.select(col(CohortExtract.CHILD_ID), col(Columns.PERIOD),
        col(CohortExtract.LA_CODE).as(OWN));
    Dataset<Row> missingElsewhere = missingEpisodes
        .filter(col(Columns.POPULATION).equalTo(MissingEpisodes.ALL_MISSING).and(col(MissingEpisodes.STARTED))
            .and(col(MissingExtract.LA_CODE).isNotNull()))
        .join(own, key)
        .filter(col(MissingExtract.LA_CODE).notEqual(col(OWN)))
        .select(key[0], key[1]).distinct().withColumn(MISSING_ELSEWHERE, lit(true));
    Dataset<Row> incidentElsewhere = recorded
        .filter(col(IncidentsExtract.VICTIM_ID).isNotNull())
        .withColumnRenamed(IncidentsExtract.VICTIM_ID, CohortExtract.CHILD_ID)
        .join(own, key)
        .filter(col(IncidentsExtract.LA_CODE).notEqual(col(OWN)))
        .select(key[0], key[1]).distinct().withColumn(INCIDENT_ELSEWHERE, lit(true));
    Dataset<Row> flagged = cohortChildren.select(col(CohortExtract.CHILD_ID), col(Columns.PERIOD), col(CohortExtract.LA_CODE))
        .join(missingElsewhere, key, "left")
        .join(incidentElsewhere, key, "left");
    Column missed = coalesce(col(MISSING_ELSEWHERE), lit(false));
    Column incident = coalesce(col(INCIDENT_ELSEWHERE), lit(false));
    Dataset<Row> counts = Partnership.aggregate(flagged, List.of(),
        count(lit(1)).as(Columns.CHILDREN),
        sum(when(missed, 1L).otherwise(0L)).as(Columns.CHILDREN_MISSING_ELSEWHERE),
        sum(when(incident, 1L).otherwise(0L)).as(Columns.CHILDREN_INCIDENT_ELSEWHERE),
        sum(when(missed.or(incident), 1L).otherwise(0L)).as(Columns.CHILDREN_ANY_ELSEWHERE));
    Dataset<Row> filled = Partnership.fill(grid, counts, List.of(Columns.PERIOD, Columns.LA_CODE), List.of(
        Columns.CHILDREN, Columns.CHILDREN_MISSING_ELSEWHERE, Columns.CHILDREN_INCIDENT_ELSEWHERE,
        Columns.CHILDREN_ANY_ELSEWHERE));
    return filled.withColumn(Columns.PERCENT_ANY_ELSEWHERE,
        WilsonInterval.percent(col(Columns.CHILDREN_ANY_ELSEWHERE), col(Columns.CHILDREN)));
  }
}
