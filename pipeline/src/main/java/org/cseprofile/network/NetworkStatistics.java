package org.cseprofile.network;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.profile.Breakdowns;
import org.cseprofile.profile.WilsonInterval;
import org.cseprofile.table.Columns;

/**
 * The network's profile statistics, for the partnership as a whole (a group may span authorities): the
 * groups and their size bands, the children linked to several suspects and the suspects linked to several
 * children, the groups spanning authorities, and the share of cohort children in groups of 3 or more
 * suspects, the repeat victims, and the groups that grew since the previous period (definitions:
 * docs/metrics.md, "Links").
 */
public final class NetworkStatistics {
  /** Size bands by the people (children and suspects) in a group, smallest first. */
  public static final List<String> SIZE_BANDS = List.of("1", "2", "3_to_5", "6_to_10", "11_or_more");
  /** The suspects a group needs for its children to count in the organised-exploitation indicator. */
  public static final int ORGANISED_SUSPECTS = 3;
  /** The incidents a child must be the victim of to count as a repeat victim. */
  public static final int REPEAT_INCIDENTS = 2;

  /**
   * The columns of {@code network_summary} counted from the incidents alone: the children linked as victims and
   * the repeat victims. Every other count but {@code cohort_children} needs the suspects too (who links to whom).
   */
  public static final List<String> FROM_INCIDENTS = List.of(Columns.CHILDREN, Columns.REPEAT_VICTIMS,
      Columns.REPEAT_VICTIMS_IN_PERIOD);
  /** The columns of {@code network_summary} that need the suspects as well as the incidents: the groups' make-up. */
  public static final List<String> FROM_LINKS = List.of(Columns.GROUPS, Columns.SUSPECTS,
      Columns.CHILDREN_WITH_2_OR_MORE_SUSPECTS, Columns.SUSPECTS_WITH_2_OR_MORE_CHILDREN,
      Columns.GROUPS_SPANNING_2_OR_MORE_AUTHORITIES, Columns.COHORT_CHILDREN_IN_GROUPS_OF_3_OR_MORE_SUSPECTS,
      Columns.PERCENT_COHORT_IN_GROUPS_OF_3_OR_MORE_SUSPECTS, Columns.GROUPS_THAT_GREW, Columns.NEW_GROUPS);

  private NetworkStatistics() {}

  /**
   * {@link #sizes}, with every count null (not available, published {@code x}) unless both the incidents and the
   * suspects extracts were supplied: without them no one is linked, and a 0 would say there are no groups.
   */
  public static Dataset<Row> sizes(Network network, boolean incidentsSupplied, boolean suspectsSupplied) {
    return Breakdowns.notAvailable(sizes(network), incidentsSupplied && suspectsSupplied ? List.of()
        : List.of(Columns.GROUPS, Columns.CHILDREN, Columns.SUSPECTS));
  }

  /**
   * {@link #summary}, with the counts whose extract was not supplied null (not available, published {@code x}),
   * never 0: without incidents every count but {@code cohort_children}; without suspects the {@link #FROM_LINKS}
   * ones (the children linked as victims and the repeat victims need the incidents only).
   */
  public static Dataset<Row> summary(Network network, boolean incidentsSupplied, boolean suspectsSupplied) {
    List<String> missing = new ArrayList<>();
    if (!incidentsSupplied) {
      missing.addAll(FROM_INCIDENTS);
    }
    if (!incidentsSupplied || !suspectsSupplied) {
      missing.addAll(FROM_LINKS);
    }
    return Breakdowns.notAvailable(summary(network), missing);
  }

  /** The size band of a group of {@code people}. */
  static Column sizeBand(Column people) {
    return when(people.leq(1), SIZE_BANDS.get(0)).when(people.equalTo(2), SIZE_BANDS.get(1))
        .when(people.leq(5), SIZE_BANDS.get(2)).when(people.leq(10), SIZE_BANDS.get(3)).otherwise(SIZE_BANDS.get(4));
  }

  /** {@code network_size}: per size band (every band listed), the groups and their children and suspects. */
  public static Dataset<Row> sizes(Network network) {
    Dataset<Row> groups = network.groups();
    Dataset<Row> counts = groups.groupBy(sizeBand(col(Columns.CHILDREN).plus(col(Columns.SUSPECTS))).as(Columns.SIZE_BAND))
        .agg(count(lit(1)).as(Columns.GROUPS), sum(col(Columns.CHILDREN)).as(Columns.CHILDREN),
            sum(col(Columns.SUSPECTS)).as(Columns.SUSPECTS));
    Dataset<Row> bands = groups.sparkSession().createDataset(SIZE_BANDS, Encoders.STRING()).toDF(Columns.SIZE_BAND);
    return bands.join(counts, new String[] {Columns.SIZE_BAND}, "left").select(
        lit(network.period().label()).as(Columns.PERIOD), lit(Columns.PARTNERSHIP).as(Columns.LA_CODE),
        col(Columns.SIZE_BAND), coalesce(col(Columns.GROUPS), lit(0L)).as(Columns.GROUPS),
        coalesce(col(Columns.CHILDREN), lit(0L)).cast("bigint").as(Columns.CHILDREN),
        coalesce(col(Columns.SUSPECTS), lit(0L)).cast("bigint").as(Columns.SUSPECTS));
  }

  /**
   * {@code network_summary}, one row for the partnership: groups, children and suspects in them, children linked
   * to 2 or more suspects and suspects to 2 or more children (through incidents they share), groups whose
   * incidents were recorded by 2 or more authorities, the period's cohort children, those of them in a group
   * with 3 or more suspects, and that share; children who are the victim of 2 or more incidents in the 12 months
   * and in the period (repeat victims); and the groups that grew since the previous period, and the new ones.
   */
  public static Dataset<Row> summary(Network network) {
    Dataset<Row> groups = network.groups().agg(
        count(lit(1)).as(Columns.GROUPS),
        coalesce(sum(col(Columns.CHILDREN)), lit(0L)).as(Columns.CHILDREN),
        coalesce(sum(col(Columns.SUSPECTS)), lit(0L)).as(Columns.SUSPECTS),
        count(when(col(Columns.AUTHORITIES).geq(2), lit(1))).as(Columns.GROUPS_SPANNING_2_OR_MORE_AUTHORITIES),
        coalesce(sum(when(col(Columns.SUSPECTS).geq(ORGANISED_SUSPECTS), col(Columns.COHORT_CHILDREN))), lit(0L))
            .as(Columns.COHORT_CHILDREN_IN_GROUPS_OF_3_OR_MORE_SUSPECTS),
        count(when(col(Columns.SINCE_LAST_PERIOD).equalTo(Network.GREW), lit(1))).as(Columns.GROUPS_THAT_GREW),
        count(when(col(Columns.SINCE_LAST_PERIOD).equalTo(Network.NEW), lit(1))).as(Columns.NEW_GROUPS));
    Dataset<Row> victims = network.victimIncidents().agg(
        count(when(col("_all").geq(REPEAT_INCIDENTS), lit(1))).as(Columns.REPEAT_VICTIMS),
        count(when(col("_in_period").geq(REPEAT_INCIDENTS), lit(1))).as(Columns.REPEAT_VICTIMS_IN_PERIOD));
    Dataset<Row> pairs = network.childSuspectPairs();
    Dataset<Row> children = pairs.groupBy(col(Network.CHILD)).agg(count(lit(1)).as("_n"))
        .agg(count(when(col("_n").geq(2), lit(1))).as(Columns.CHILDREN_WITH_2_OR_MORE_SUSPECTS));
    Dataset<Row> suspects = pairs.groupBy(col(Network.SUSPECT)).agg(count(lit(1)).as("_n"))
        .agg(count(when(col("_n").geq(2), lit(1))).as(Columns.SUSPECTS_WITH_2_OR_MORE_CHILDREN));
    Dataset<Row> cohort = network.cohort().agg(count_distinct(col(CohortExtract.CHILD_ID)).as(Columns.COHORT_CHILDREN));
    Column organised = col(Columns.COHORT_CHILDREN_IN_GROUPS_OF_3_OR_MORE_SUSPECTS);
    return groups.crossJoin(children).crossJoin(suspects).crossJoin(cohort).crossJoin(victims).select(
        lit(network.period().label()).as(Columns.PERIOD), lit(Columns.PARTNERSHIP).as(Columns.LA_CODE),
        col(Columns.GROUPS), col(Columns.CHILDREN).cast("bigint").as(Columns.CHILDREN),
        col(Columns.SUSPECTS).cast("bigint").as(Columns.SUSPECTS),
        col(Columns.CHILDREN_WITH_2_OR_MORE_SUSPECTS), col(Columns.SUSPECTS_WITH_2_OR_MORE_CHILDREN),
        col(Columns.GROUPS_SPANNING_2_OR_MORE_AUTHORITIES), col(Columns.COHORT_CHILDREN),
        organised.cast("bigint").as(Columns.COHORT_CHILDREN_IN_GROUPS_OF_3_OR_MORE_SUSPECTS),
        WilsonInterval.percent(organised, col(Columns.COHORT_CHILDREN))
            .as(Columns.PERCENT_COHORT_IN_GROUPS_OF_3_OR_MORE_SUSPECTS),
        col(Columns.REPEAT_VICTIMS), col(Columns.REPEAT_VICTIMS_IN_PERIOD), col(Columns.GROUPS_THAT_GREW),
        col(Columns.NEW_GROUPS));
  }
}
