package org.cseprofile.profile;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.period.Period;
import org.cseprofile.table.Columns;

/** CSE-flagged police incidents recorded in the period, in the authority where they happened. */
public final class Incidents {
  public static final List<String> INCIDENT_TYPES = List.of("crime", "intelligence", "concern");
  public static final List<String> CONTACT_TYPES = List.of("contact", "non_contact", "online");
  /** Breakdown name for the platform of online incidents. */
  public static final String PLATFORM = "platform";
  /** Breakdowns that count every incident once (the platform breakdown counts online incidents only). */
  public static final Map<String, List<String>> EXCLUSIVE_BREAKDOWNS = Breakdowns.ordered(
      IncidentsExtract.INCIDENT_TYPE, INCIDENT_TYPES, IncidentsExtract.CONTACT_TYPE, CONTACT_TYPES,
      IncidentsExtract.PLACE_TYPE, IncidentsExtract.PLACE_TYPES);
  /**
   * The breakdowns of {@code incidents_breakdown} and their categories, in table order; platforms are
   * free text, their categories those seen (alphabetically, then {@code not_recorded}).
   */
  public static final Map<String, List<String>> BREAKDOWNS = Breakdowns.ordered(
      IncidentsExtract.INCIDENT_TYPE, INCIDENT_TYPES, IncidentsExtract.CONTACT_TYPE, CONTACT_TYPES,
      IncidentsExtract.PLACE_TYPE, IncidentsExtract.PLACE_TYPES, PLATFORM, List.of());

  /** The roles of an incident's place (optional {@code location_role}), with blank as not recorded. */
  public static final List<String> LOCATION_ROLES = List.of("met", "offence", Cohort.NOT_RECORDED);

  /** The counts of {@code incidents_summary}, in table order. */
  public static final List<String> SUMMARY_COUNTS = List.of(Columns.INCIDENTS, Columns.INCIDENTS_WITH_VICTIM,
      Columns.CHILDREN_LINKED_AS_VICTIMS, Columns.VICTIMS_IN_CSE_COHORT);

  private static final String IN_COHORT = "_victim_in_cohort";

  private Incidents() {}

  /** Incidents recorded in each of the periods, tagged with the period. */
  public static Dataset<Row> inPeriods(Dataset<Row> incidents, List<Period> periods) {
    return Periods.tag(incidents, periods).filter(Periods.during(col(IncidentsExtract.RECORDED_DATE)));
  }

  /**
   * Per area and period: incidents recorded, those with an identified victim, distinct children
   * linked as victims, and of those the children in the period's CSE cohort.
   *
   * @param recorded incidents tagged by {@link #inPeriods}
   * @param cohortChildren the cohort, tagged by period
   */
  public static Dataset<Row> summary(Dataset<Row> recorded, Dataset<Row> cohortChildren, Dataset<Row> grid) {
    Dataset<Row> cohort = cohortChildren.select(col(CohortExtract.CHILD_ID).as(IncidentsExtract.VICTIM_ID),
        col(Columns.PERIOD), lit(true).as(IN_COHORT));
    Column victim = col(IncidentsExtract.VICTIM_ID);
    Dataset<Row> counts = Partnership.aggregate(
        recorded.join(cohort, new String[] {IncidentsExtract.VICTIM_ID, Columns.PERIOD}, "left"), List.of(),
        count(lit(1)).as(Columns.INCIDENTS),
        sum(when(victim.isNotNull(), 1L).otherwise(0L)).as(Columns.INCIDENTS_WITH_VICTIM),
        count_distinct(victim).as(Columns.CHILDREN_LINKED_AS_VICTIMS),
        count_distinct(when(coalesce(col(IN_COHORT), lit(false)), victim)).as(Columns.VICTIMS_IN_CSE_COHORT));
    return Partnership.fill(grid, counts, List.of(Columns.PERIOD, Columns.LA_CODE), SUMMARY_COUNTS);
  }

  /**
   * {@link #summary(Dataset, Dataset, Dataset)}, or when the incidents extract was not {@code supplied} every count
   * null: not available (published {@code x}), never the 0 that would say no incident was recorded. Every count of
   * the table needs the incidents (the victims in the cohort too: a victim is named by an incident).
   */
  public static Dataset<Row> summary(Dataset<Row> recorded, Dataset<Row> cohortChildren, Dataset<Row> grid,
      boolean supplied) {
    Dataset<Row> table = summary(recorded, cohortChildren, grid);
    return supplied ? table : Breakdowns.notAvailable(table, SUMMARY_COUNTS);
  }

  /**
   * {@link #breakdown(Dataset, Dataset)}, or when the incidents extract was not {@code supplied} every breakdown's
   * counts null (not available, {@code x}), never 0; the platforms are then {@code not_recorded} alone.
   */
  public static Dataset<Row> breakdown(Dataset<Row> recorded, Dataset<Row> grid, boolean supplied) {
    Dataset<Row> table = breakdown(recorded, grid);
    return supplied ? table : Breakdowns.notSupplied(table, List.copyOf(BREAKDOWNS.keySet()), Columns.INCIDENTS);
  }

  /**
   * Incidents by incident type, contact type and place type; and online incidents (contact type or
   * place type {@code online}, or a platform given) by platform, written in lower case, with
   * {@code not_recorded} where blank. Platform categories are those seen, in alphabetical order.
   */
  public static Dataset<Row> breakdown(Dataset<Row> recorded, Dataset<Row> grid) {
    List<Breakdown> breakdowns = new ArrayList<>(List.of(
        new Breakdown(IncidentsExtract.INCIDENT_TYPE, INCIDENT_TYPES, col(IncidentsExtract.INCIDENT_TYPE)),
        new Breakdown(IncidentsExtract.CONTACT_TYPE, CONTACT_TYPES, col(IncidentsExtract.CONTACT_TYPE)),
        new Breakdown(IncidentsExtract.PLACE_TYPE, IncidentsExtract.PLACE_TYPES, col(IncidentsExtract.PLACE_TYPE))));
    Dataset<Row> table = Breakdowns.count(recorded, grid, List.of(), breakdowns, Columns.INCIDENTS, count(lit(1)));
    Column platform = coalesce(lower(trim(col(IncidentsExtract.PLATFORM))), lit(Cohort.NOT_RECORDED));
    Dataset<Row> online = recorded.filter(col(IncidentsExtract.CONTACT_TYPE).equalTo("online")
        .or(col(IncidentsExtract.PLACE_TYPE).equalTo("online")).or(col(IncidentsExtract.PLATFORM).isNotNull()));
    // Platforms are free text: the categories are the (few) values seen, collected to the driver.
    List<String> platforms = new ArrayList<>(online.select(platform).distinct().as(Encoders.STRING()).collectAsList());
    platforms.remove(Cohort.NOT_RECORDED);
    platforms.sort(null);
    platforms.add(Cohort.NOT_RECORDED);
    return table.unionByName(Breakdowns.count(online, grid, List.of(),
        List.of(new Breakdown(PLATFORM, platforms, platform)), Columns.INCIDENTS, count(lit(1))));
  }

  /** As {@link #byLocationRole(Dataset, Dataset, boolean)} with the location role supplied. */
  public static Dataset<Row> byLocationRole(Dataset<Row> recorded, Dataset<Row> grid) {
    return byLocationRole(recorded, grid, true);
  }

  /**
   * Incidents by place type and location role ({@code met}: where the child was targeted or met; {@code offence}:
   * where the offence happened; {@code not_recorded} when blank), every place type and role listed with 0 where
   * there are none. When {@code location_role} was not supplied (filled in no row) every count is null: not
   * available, never 0.
   */
  public static Dataset<Row> byLocationRole(Dataset<Row> recorded, Dataset<Row> grid, boolean supplied) {
    Dataset<Row> places = grid.sparkSession()
        .createDataset(IncidentsExtract.PLACE_TYPES, Encoders.STRING()).toDF(IncidentsExtract.PLACE_TYPE);
    Dataset<Row> counts = Breakdowns.count(recorded, grid.crossJoin(places), List.of(IncidentsExtract.PLACE_TYPE),
        List.of(new Breakdown(Columns.LOCATION_ROLE, LOCATION_ROLES,
            coalesce(col(IncidentsExtract.LOCATION_ROLE), lit(Cohort.NOT_RECORDED)))),
        Columns.INCIDENTS, count(lit(1)));
    Column incidents = supplied ? col(Columns.INCIDENTS) : lit(null).cast("bigint");
    return counts.select(col(Columns.PERIOD), col(Columns.LA_CODE), col(IncidentsExtract.PLACE_TYPE),
        col(Columns.CATEGORY).as(Columns.LOCATION_ROLE), incidents.as(Columns.INCIDENTS));
  }
}
