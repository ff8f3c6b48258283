package org.cseprofile.profile;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.SuspectsExtract;
import org.cseprofile.table.Columns;

/**
 * Suspects linked to incidents recorded in the period. A suspect counts once in each authority
 * where an incident of theirs was recorded, and once for the partnership; their gender and age come
 * from their latest such incident, their ethnicity from the latest that records one, their status is the
 * furthest reached, and they have previous offending when any of their links says so.
 */
public final class Perpetrators {
  public static final List<String> GENDERS = List.of("M", "F", "U");
  public static final List<String> AGE_BANDS = List.of("under_18", "18_to_24", "25_to_35", "36_and_over", "unknown");
  /** Statuses from the earliest stage to the furthest; a suspect's status is the furthest reached. */
  public static final List<String> STATUSES = List.of("suspect", "arrested", "no_further_action", "charged", "convicted");
  /** The disruption category of a suspect with no tactic used. */
  public static final String NO_DISRUPTION = "none";
  public static final List<String> DISRUPTIONS =
      List.of("cawn", "sro", "shpo", "cbo", "licensing_review", "closure_order", "other", NO_DISRUPTION);
  /** Whether a suspect has previous offending recorded: yes on any link, else no on any link, else not recorded. */
  public static final List<String> PREVIOUS_OFFENDING = List.of("yes", "no", Cohort.NOT_RECORDED);
  /** The counts of {@code perpetrators_summary}, in table order. */
  public static final List<String> SUMMARY_COUNTS = List.of(Columns.SUSPECTS, Columns.SUSPECT_LINKS,
      Columns.SUSPECTS_WITH_DISRUPTION);
  /** Breakdowns taken from one attribute of the suspect in an area: their categories add up to the suspects. */
  public static final Map<String, List<String>> EXCLUSIVE_BREAKDOWNS = Breakdowns.ordered(
      SuspectsExtract.GENDER, GENDERS, Columns.AGE_BAND, AGE_BANDS, SuspectsExtract.STATUS, STATUSES,
      Demographics.ETHNIC_GROUP, Demographics.ETHNIC_GROUPS, SuspectsExtract.PREVIOUS_OFFENDING, PREVIOUS_OFFENDING);
  /** The breakdowns of {@code perpetrators_breakdown} and their categories, in table order. */
  public static final Map<String, List<String>> BREAKDOWNS = Breakdowns.ordered(
      SuspectsExtract.GENDER, GENDERS, Columns.AGE_BAND, AGE_BANDS, SuspectsExtract.STATUS, STATUSES,
      SuspectsExtract.DISRUPTION, DISRUPTIONS, Demographics.ETHNIC_GROUP, Demographics.ETHNIC_GROUPS,
      SuspectsExtract.PREVIOUS_OFFENDING, PREVIOUS_OFFENDING);

  static final String AGE = "_age";
  static final String STATUS_RANK = "_status_rank";
  static final String TACTICS = "_tactics";

  private Perpetrators() {}

  /**
   * One row per period, area (and {@code ALL}) and suspect: gender and age at their latest incident
   * in the period, ethnicity at the latest that records one, the furthest status, the disruption tactics used,
   * previous offending (true when any link says Y, false when none does and one says N), and the number of
   * incident links.
   *
   * @param recorded incidents tagged by {@link Incidents#inPeriods}
   */
  public static Dataset<Row> suspectsByArea(Dataset<Row> suspects, Dataset<Row> recorded) {
    Dataset<Row> links = suspects.join(recorded.select(col(IncidentsExtract.INCIDENT_ID), col(Columns.PERIOD),
        col(IncidentsExtract.LA_CODE), col(IncidentsExtract.RECORDED_DATE)), new String[] {SuspectsExtract.INCIDENT_ID});
    Column latest = struct(col(IncidentsExtract.RECORDED_DATE), col(SuspectsExtract.INCIDENT_ID));
    Column rank = statusRank(col(SuspectsExtract.STATUS));
    return Partnership.withPartnershipRows(links)
        .groupBy(col(Columns.PERIOD), col(Columns.LA_CODE), col(SuspectsExtract.SUSPECT_ID))
        .agg(max_by(col(SuspectsExtract.GENDER), latest).as(SuspectsExtract.GENDER),
            max_by(year(col(IncidentsExtract.RECORDED_DATE)).minus(col(SuspectsExtract.BIRTH_YEAR)), latest).as(AGE),
            max(rank).as(STATUS_RANK),
            max_by(col(SuspectsExtract.ETHNICITY), when(col(SuspectsExtract.ETHNICITY).isNotNull(), latest))
                .as(SuspectsExtract.ETHNICITY),
            max(col(SuspectsExtract.PREVIOUS_OFFENDING)).as(SuspectsExtract.PREVIOUS_OFFENDING),
            array_distinct(flatten(collect_list(coalesce(col(SuspectsExtract.DISRUPTION),
                array().cast("array<string>"))))).as(TACTICS),
            count(lit(1)).as(Columns.SUSPECT_LINKS));
  }

  /** Per area: distinct suspects, suspect-incident links, and suspects with a disruption tactic used. */
  public static Dataset<Row> summary(Dataset<Row> suspectsByArea, Dataset<Row> grid) {
    Dataset<Row> counts = suspectsByArea.groupBy(col(Columns.PERIOD), col(Columns.LA_CODE)).agg(
        count(lit(1)).as(Columns.SUSPECTS),
        sum(col(Columns.SUSPECT_LINKS)).as(Columns.SUSPECT_LINKS),
        count(when(size(col(TACTICS)).gt(0), lit(1))).as(Columns.SUSPECTS_WITH_DISRUPTION));
    return Partnership.fill(grid, counts, List.of(Columns.PERIOD, Columns.LA_CODE), SUMMARY_COUNTS);
  }

  /**
   * {@link #summary(Dataset, Dataset)}, or when {@code linked} is false (the suspects or the incidents extract was not
   * supplied, so no suspect can be linked to an incident) every count null: not available, never 0.
   */
  public static Dataset<Row> summary(Dataset<Row> suspectsByArea, Dataset<Row> grid, boolean linked) {
    Dataset<Row> table = summary(suspectsByArea, grid);
    return linked ? table : Breakdowns.notAvailable(table, SUMMARY_COUNTS);
  }

  /**
   * {@link #breakdown(Dataset, Dataset, boolean, boolean)}, or when {@code linked} is false (no suspects or no
   * incidents extract) every breakdown's counts null: not available, never 0.
   */
  public static Dataset<Row> breakdown(Dataset<Row> suspectsByArea, Dataset<Row> grid, boolean linked,
      boolean ethnicitySupplied, boolean previousOffendingSupplied) {
    Dataset<Row> table = breakdown(suspectsByArea, grid, ethnicitySupplied, previousOffendingSupplied);
    return linked ? table : Breakdowns.notSupplied(table, List.copyOf(BREAKDOWNS.keySet()), Columns.SUSPECTS);
  }

  /** As {@link #breakdown(Dataset, Dataset, boolean, boolean)} with ethnicity and previous offending supplied. */
  public static Dataset<Row> breakdown(Dataset<Row> suspectsByArea, Dataset<Row> grid) {
    return breakdown(suspectsByArea, grid, true, true);
  }

  /**
   * Suspects by gender, age band at their latest incident, furthest status, disruption tactic
   * (a suspect counts under every tactic used on them, or {@code none}; those rows do not add up to
   * the suspects), ethnic group and previous offending. A breakdown by a column that was not supplied
   * ({@code ethnicity} or {@code previous_offending} filled in no row of the extract) has null counts:
   * not available, never 0.
   */
  public static Dataset<Row> breakdown(Dataset<Row> suspectsByArea, Dataset<Row> grid, boolean ethnicitySupplied,
      boolean previousOffendingSupplied) {
    Column age = col(AGE);
    Column ageBand = when(age.isNull(), "unknown").when(age.lt(18), "under_18").when(age.leq(24), "18_to_24")
        .when(age.leq(35), "25_to_35").otherwise("36_and_over");
    Column suspect = count_distinct(col(SuspectsExtract.SUSPECT_ID));
    Dataset<Row> table = Breakdowns.countPerArea(suspectsByArea, grid, List.of(), List.of(
            new Breakdown(SuspectsExtract.GENDER, GENDERS, col(SuspectsExtract.GENDER)),
            new Breakdown(Columns.AGE_BAND, AGE_BANDS, ageBand),
            new Breakdown(SuspectsExtract.STATUS, STATUSES, element_at(lit(STATUSES.toArray(String[]::new)),
                col(STATUS_RANK).plus(1)))),
        Columns.SUSPECTS, suspect);
    Dataset<Row> tactics = suspectsByArea.withColumn("_tactic",
        explode(when(size(col(TACTICS)).gt(0), col(TACTICS)).otherwise(array(lit(NO_DISRUPTION)))));
    Column previous = col(SuspectsExtract.PREVIOUS_OFFENDING);
    Dataset<Row> attributes = Breakdowns.countPerArea(suspectsByArea, grid, List.of(), List.of(
            new Breakdown(Demographics.ETHNIC_GROUP, Demographics.ETHNIC_GROUPS,
                Demographics.ethnicGroup(col(SuspectsExtract.ETHNICITY))),
            new Breakdown(SuspectsExtract.PREVIOUS_OFFENDING, PREVIOUS_OFFENDING,
                when(previous.isNull(), Cohort.NOT_RECORDED).when(previous, "yes").otherwise("no"))),
        Columns.SUSPECTS, suspect);
    List<String> notSupplied = new java.util.ArrayList<>();
    if (!ethnicitySupplied) {
      notSupplied.add(Demographics.ETHNIC_GROUP);
    }
    if (!previousOffendingSupplied) {
      notSupplied.add(SuspectsExtract.PREVIOUS_OFFENDING);
    }
    return table.unionByName(Breakdowns.countPerArea(tactics, grid, List.of(),
        List.of(new Breakdown(SuspectsExtract.DISRUPTION, DISRUPTIONS, col("_tactic"))), Columns.SUSPECTS, suspect))
        .unionByName(Breakdowns.notSupplied(attributes, notSupplied, Columns.SUSPECTS));
  }

  /** 0 for the earliest stage up to 4 for convicted. */
  static Column statusRank(Column status) {
    Column rank = when(status.equalTo(STATUSES.get(0)), 0);
    for (int i = 1; i < STATUSES.size(); i++) {
      rank = rank.when(status.equalTo(STATUSES.get(i)), i);
    }
    return rank;
  }
}
