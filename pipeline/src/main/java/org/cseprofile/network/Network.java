package org.cseprofile.network;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.cseprofile.hotspot.Grid;
import org.cseprofile.hotspot.TimeWindow;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.ingest.SuspectsExtract;
import org.cseprofile.period.Period;
import org.cseprofile.table.Columns;

/**
 * Children, suspects and places as a network over the 12 months ending with the period: children and
 * suspects are linked by the incidents they share (victim and suspect, or suspects offending together),
 * and form groups (connected components, {@link Components}); places (250 m cells of the incidents and of
 * the found locations of the group's children's missing episodes) are the groups' attributes and do not
 * join groups. The components are computed once, on first use, and kept until {@link #release}.
 */
public final class Network {
  /** The side of the grid cells places are counted on, in metres. */
  public static final int CELL_SIZE_METRES = 250;
  public static final String CHILD = "child";
  public static final String SUSPECT = "suspect";
  public static final String PLACE = "place";

  /** In {@code network_links}: a person's link to an incident. */
  public static final String INCIDENT = "incident";
  /** In {@code network_links}: a child found at a place after a missing episode. */
  public static final String FOUND = "found";
  static final String CELL = "_cell";
  static final String GROUP = "_group";
  static final String NODE = "_node";
  static final String PEOPLE = "_people";
  private static final String BEFORE = "_before";

  /** In {@code network_groups}: none of the group's people was in the previous period's network. */
  public static final String NEW = "new";
  /** In {@code network_groups}: the group has people its group of the previous period did not have. */
  public static final String GREW = "grew";
  /** In {@code network_groups}: every person of the group was in one group of the previous period. */
  public static final String NOT_GROWN = "not_grown";

  private final Period period;
  private final Period window;
  private final Dataset<Row> incidents;
  private final Dataset<Row> suspects;
  private final Dataset<Row> missing;
  private final Dataset<Row> cohort;
  private final List<Dataset<Row>> cached = new ArrayList<>();
  private Dataset<Row> grouped;
  private Network previous;

  /**
   * The network of {@code period} from the accepted incidents, suspects and missing episodes (contract schema)
   * and the period's cohort children ({@code child_id}); nothing is computed yet.
   */
  public Network(Period period, Dataset<Row> incidents, Dataset<Row> suspects, Dataset<Row> missing,
      Dataset<Row> cohort) {
    this.period = Objects.requireNonNull(period, "period");
    this.window = TimeWindow.TWELVE_MONTHS.of(period);
    this.incidents = Objects.requireNonNull(incidents, "incidents");
    this.suspects = Objects.requireNonNull(suspects, "suspects");
    this.missing = Objects.requireNonNull(missing, "missing");
    this.cohort = Objects.requireNonNull(cohort, "cohort");
  }

  /** The dates the network is built from: the 12 months ending on the period's last day. */
  public Period window() {
    return window;
  }

  /**
   * One row per person and incident of the window: {@code incident_id}, the incident's {@code la_code},
   * {@code recorded_date}, {@code contact_type} and 250 m cell (null when not located), {@code member_type}
   * ({@code child} for the victim, {@code suspect}) and {@code member_id}.
   */
  Dataset<Row> links() {
    Dataset<Row> recorded = incidents.filter(col(IncidentsExtract.RECORDED_DATE).between(lit(window.start()),
        lit(window.end())))
        .select(col(IncidentsExtract.INCIDENT_ID), col(IncidentsExtract.LA_CODE), col(IncidentsExtract.RECORDED_DATE),
            col(IncidentsExtract.CONTACT_TYPE), cell(col(IncidentsExtract.EASTING), col(IncidentsExtract.NORTHING)),
            col(IncidentsExtract.VICTIM_ID));
    Dataset<Row> victims = recorded.filter(col(IncidentsExtract.VICTIM_ID).isNotNull())
        .withColumn(Columns.MEMBER_TYPE, lit(CHILD))
        .withColumn(Columns.MEMBER_ID, col(IncidentsExtract.VICTIM_ID))
        .drop(IncidentsExtract.VICTIM_ID);
    Dataset<Row> offenders = recorded.drop(IncidentsExtract.VICTIM_ID)
        .join(suspects.select(col(SuspectsExtract.INCIDENT_ID), col(SuspectsExtract.SUSPECT_ID))
            .filter(col(SuspectsExtract.SUSPECT_ID).isNotNull()), SuspectsExtract.INCIDENT_ID)
        .withColumn(Columns.MEMBER_TYPE, lit(SUSPECT))
        .withColumnRenamed(SuspectsExtract.SUSPECT_ID, Columns.MEMBER_ID);
    return victims.unionByName(offenders).distinct();
  }

  /** The 250 m cell holding a point, null when either coordinate is missing. */
  static Column cell(Column easting, Column northing) {
    return when(easting.isNotNull().and(northing.isNotNull()),
        Grid.cellId(Grid.index(easting, CELL_SIZE_METRES), Grid.index(northing, CELL_SIZE_METRES), CELL_SIZE_METRES))
        .as(CELL);
  }

  private static Column node(Column type, Column id) {
    return concat(type, lit("|"), id);
  }

  /**
   * The links with the group each belongs to ({@link #GROUP}: the group's number), computed on first use and
   * kept: people are joined through the incidents they share (incident nodes make a suspect-suspect and a
   * victim-suspect link alike), and groups are numbered from 1 by people (descending), incidents
   * (descending), first and last incident date, so the number says nothing of who is in the group.
   */
  synchronized Dataset<Row> grouped() {
    if (grouped == null) {
      Dataset<Row> links = links().persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(links);
      Dataset<Row> edges = links.select(node(col(Columns.MEMBER_TYPE), col(Columns.MEMBER_ID)).as("_from"),
          node(lit(INCIDENT), col(IncidentsExtract.INCIDENT_ID)).as("_to"));
      Dataset<Row> components = Components.of(edges, "_from", "_to");
      cached.add(components);
      Dataset<Row> labelled = links.join(components.withColumnRenamed(Components.NODE, NODE),
          node(col(Columns.MEMBER_TYPE), col(Columns.MEMBER_ID)).equalTo(col(NODE))).drop(NODE);
      Dataset<Row> sizes = labelled.groupBy(col(Components.COMPONENT)).agg(
          count_distinct(col(Columns.MEMBER_TYPE), col(Columns.MEMBER_ID)).as(PEOPLE),
          count_distinct(col(IncidentsExtract.INCIDENT_ID)).as(Columns.INCIDENTS),
          min(col(IncidentsExtract.RECORDED_DATE)).as(Columns.FIRST_EVENT),
          max(col(IncidentsExtract.RECORDED_DATE)).as(Columns.LAST_EVENT));
      // One row per group (few): a single ordered partition numbers them; the component key only breaks ties.
      Dataset<Row> numbers = sizes.withColumn(GROUP, row_number().over(Window.orderBy(col(PEOPLE).desc(),
          col(Columns.INCIDENTS).desc(), col(Columns.FIRST_EVENT), col(Columns.LAST_EVENT), col(Components.COMPONENT))))
          .select(col(Components.COMPONENT), col(GROUP));
      grouped = labelled.join(numbers, Components.COMPONENT).drop(Components.COMPONENT)
          .persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(grouped);
    }
    return grouped;
  }

  /**
   * The network of the period before this one, from the same inputs: the previous quarter (for another window,
   * the window of the same length just before), so its own 12 months end where that period ends.
   */
  synchronized Network previous() {
    if (previous == null) {
      previous = new Network(TimeWindow.PERIOD.before(period), incidents, suspects, missing, cohort);
    }
    return previous;
  }

  /** Finds the groups of this period and of the previous one now (the network step), rather than on first use. */
  public void compute() {
    grouped();
    previous().grouped();
  }

  /**
   * Per group ({@link #GROUP}), how it changed since the previous period ({@link Columns#SINCE_LAST_PERIOD}):
   * {@link #NEW} when none of its children and suspects was in the previous period's network, {@link #GREW} when
   * its people were not all in one group of it (a newcomer, or groups of the previous period now joined), and
   * {@link #NOT_GROWN} otherwise (the same people, or fewer). Groups are matched by the people they share, since
   * group numbers differ between periods.
   */
  Dataset<Row> growth() {
    Dataset<Row> people = grouped().select(col(GROUP), col(Columns.MEMBER_TYPE), col(Columns.MEMBER_ID)).distinct();
    Dataset<Row> before = previous().grouped()
        .select(col(Columns.MEMBER_TYPE), col(Columns.MEMBER_ID), col(GROUP).as(BEFORE)).distinct();
    Column groupsBefore = col("_groups_before");
    Column newcomers = col("_newcomers");
    return people.join(before, new String[] {Columns.MEMBER_TYPE, Columns.MEMBER_ID}, "left").groupBy(col(GROUP))
        .agg(count_distinct(col(BEFORE)).as("_groups_before"), count(when(col(BEFORE).isNull(), lit(1))).as("_newcomers"))
        .select(col(GROUP), when(groupsBefore.equalTo(0), lit(NEW))
            .when(groupsBefore.geq(2).or(newcomers.gt(0)), lit(GREW)).otherwise(lit(NOT_GROWN))
            .as(Columns.SINCE_LAST_PERIOD));
  }

  /**
   * Per child victim of an incident of the window ({@code member_id}): the distinct incidents of the window
   * ({@code _all}) and those recorded in the period ({@code _in_period}).
   */
  Dataset<Row> victimIncidents() {
    Column inPeriod = col(IncidentsExtract.RECORDED_DATE).between(lit(period.start()), lit(period.end()));
    return grouped().filter(col(Columns.MEMBER_TYPE).equalTo(CHILD)).groupBy(col(Columns.MEMBER_ID)).agg(
        count_distinct(col(IncidentsExtract.INCIDENT_ID)).as("_all"),
        count_distinct(when(inPeriod, col(IncidentsExtract.INCIDENT_ID))).as("_in_period"));
  }

  /**
   * The missing episodes of the group's children starting in the window and found at a known place: the
   * group, the child ({@code member_id}), the start date, the recording authority and the 250 m cell.
   */
  Dataset<Row> found() {
    Dataset<Row> found = missing.filter(col(MissingExtract.START_DATE).between(lit(window.start()), lit(window.end()))
            .and(col(MissingExtract.FOUND_EASTING).isNotNull()).and(col(MissingExtract.FOUND_NORTHING).isNotNull()))
        .select(col(MissingExtract.CHILD_ID).as(Columns.MEMBER_ID), col(MissingExtract.START_DATE),
            col(MissingExtract.LA_CODE), cell(col(MissingExtract.FOUND_EASTING), col(MissingExtract.FOUND_NORTHING)));
    Dataset<Row> children = grouped().filter(col(Columns.MEMBER_TYPE).equalTo(CHILD))
        .select(col(Columns.MEMBER_ID), col(GROUP)).distinct();
    return found.join(children, Columns.MEMBER_ID);
  }

  /** The 250 m cells where the group's children were found after missing episodes starting in the window. */
  Dataset<Row> foundPlaces() {
    return found().select(col(GROUP), col(CELL), lit(1L).as(Columns.LINKS));
  }

  /**
   * The restricted {@code network_links}: every link of a group, for a link chart: each person's link to each
   * incident of the window ({@code link_type} {@code incident}, with the incident's id, date, authority and
   * cell), and each child found at a place after a missing episode ({@code found}, with the episode's start
   * date, authority and cell; no event id).
   */
  public Dataset<Row> linksTable() {
    Dataset<Row> incidentLinks = grouped().select(col(GROUP), lit(INCIDENT).as(Columns.LINK_TYPE),
        col(IncidentsExtract.INCIDENT_ID).as(Columns.EVENT_ID), col(IncidentsExtract.RECORDED_DATE).as(Columns.EVENT_DATE),
        col(IncidentsExtract.LA_CODE), col(Columns.MEMBER_TYPE), col(Columns.MEMBER_ID), col(CELL).as(Columns.PLACE));
    Dataset<Row> foundLinks = found().select(col(GROUP), lit(FOUND).as(Columns.LINK_TYPE),
        lit(null).cast("string").as(Columns.EVENT_ID), col(MissingExtract.START_DATE).as(Columns.EVENT_DATE),
        col(MissingExtract.LA_CODE), lit(CHILD).as(Columns.MEMBER_TYPE), col(Columns.MEMBER_ID),
        col(CELL).as(Columns.PLACE));
    return incidentLinks.unionByName(foundLinks).select(lit(period.label()).as(Columns.PERIOD),
        col(GROUP).cast("int").as(Columns.GROUP_ID), col(Columns.LINK_TYPE), col(Columns.EVENT_ID),
        col(Columns.EVENT_DATE), col(Columns.LA_CODE), col(Columns.MEMBER_TYPE), col(Columns.MEMBER_ID),
        col(Columns.PLACE));
  }

  /**
   * The restricted {@code network_members}: per group, each child and suspect with the incidents linking
   * them, and each place with the incidents there plus the missing episodes of the group's children found there.
   */
  public Dataset<Row> members() {
    Dataset<Row> people = grouped().groupBy(col(GROUP), col(Columns.MEMBER_TYPE), col(Columns.MEMBER_ID))
        .agg(count_distinct(col(IncidentsExtract.INCIDENT_ID)).as(Columns.LINKS));
    Dataset<Row> incidentPlaces = grouped().filter(col(CELL).isNotNull())
        .select(col(GROUP), col(CELL), col(IncidentsExtract.INCIDENT_ID)).distinct()
        .select(col(GROUP), col(CELL), lit(1L).as(Columns.LINKS));
    Dataset<Row> places = incidentPlaces.unionByName(foundPlaces()).groupBy(col(GROUP), col(CELL))
        .agg(org.apache.spark.sql.functions.sum(col(Columns.LINKS)).as(Columns.LINKS))
        .select(col(GROUP), lit(PLACE).as(Columns.MEMBER_TYPE), col(CELL).as(Columns.MEMBER_ID), col(Columns.LINKS));
    return people.unionByName(places).select(lit(period.label()).as(Columns.PERIOD),
        col(GROUP).cast("int").as(Columns.GROUP_ID), col(Columns.MEMBER_TYPE), col(Columns.MEMBER_ID),
        col(Columns.LINKS).cast("bigint").as(Columns.LINKS));
  }

  /**
   * The restricted {@code network_groups}: per group, its children, suspects, places, incidents, the
   * authorities recording them, its children in the period's cohort, its incidents' contact types, and the
   * first and last incident date, and how it changed since the previous period ({@link #growth}).
   */
  public Dataset<Row> groups() {
    Column isChild = col(Columns.MEMBER_TYPE).equalTo(CHILD);
    Dataset<Row> cohortChildren = cohort.select(col(CohortExtract.CHILD_ID).as(Columns.MEMBER_ID)).distinct()
        .withColumn("_in_cohort", lit(true));
    Dataset<Row> withCohort = grouped().join(cohortChildren, grouped().col(Columns.MEMBER_ID)
        .equalTo(cohortChildren.col(Columns.MEMBER_ID)).and(isChild), "left")
        .drop(cohortChildren.col(Columns.MEMBER_ID));
    Dataset<Row> counts = withCohort.groupBy(col(GROUP)).agg(
        count_distinct(when(isChild, col(Columns.MEMBER_ID))).as(Columns.CHILDREN),
        count_distinct(when(col(Columns.MEMBER_TYPE).equalTo(SUSPECT), col(Columns.MEMBER_ID))).as(Columns.SUSPECTS),
        count_distinct(col(IncidentsExtract.INCIDENT_ID)).as(Columns.INCIDENTS),
        count_distinct(col(IncidentsExtract.LA_CODE)).as(Columns.AUTHORITIES),
        count_distinct(when(col("_in_cohort"), col(Columns.MEMBER_ID))).as(Columns.COHORT_CHILDREN),
        array_join(sort_array(collect_set(col(IncidentsExtract.CONTACT_TYPE))), ";").as(Columns.CONTACT_TYPES),
        min(col(IncidentsExtract.RECORDED_DATE)).as(Columns.FIRST_EVENT),
        max(col(IncidentsExtract.RECORDED_DATE)).as(Columns.LAST_EVENT));
    Dataset<Row> places = members().filter(col(Columns.MEMBER_TYPE).equalTo(PLACE))
        .groupBy(col(Columns.GROUP_ID)).agg(count(lit(1)).as(Columns.PLACES))
        .withColumnRenamed(Columns.GROUP_ID, GROUP);
    return counts.join(places, new String[] {GROUP}, "left").join(growth(), GROUP)
        .select(lit(period.label()).as(Columns.PERIOD),
        col(GROUP).cast("int").as(Columns.GROUP_ID), col(Columns.CHILDREN), col(Columns.SUSPECTS),
        org.apache.spark.sql.functions.coalesce(col(Columns.PLACES), lit(0L)).as(Columns.PLACES),
        col(Columns.INCIDENTS), col(Columns.AUTHORITIES), col(Columns.COHORT_CHILDREN), col(Columns.CONTACT_TYPES),
        col(Columns.FIRST_EVENT), col(Columns.LAST_EVENT), col(Columns.SINCE_LAST_PERIOD));
  }

  /** The links of each child to the suspects of their incidents: {@code child} and {@code suspect}, distinct pairs. */
  Dataset<Row> childSuspectPairs() {
    Dataset<Row> people = grouped().select(col(IncidentsExtract.INCIDENT_ID), col(Columns.MEMBER_TYPE),
        col(Columns.MEMBER_ID));
    Dataset<Row> children = people.filter(col(Columns.MEMBER_TYPE).equalTo(CHILD))
        .select(col(IncidentsExtract.INCIDENT_ID), col(Columns.MEMBER_ID).as(CHILD));
    Dataset<Row> offenders = people.filter(col(Columns.MEMBER_TYPE).equalTo(SUSPECT))
        .select(col(IncidentsExtract.INCIDENT_ID), col(Columns.MEMBER_ID).as(SUSPECT));
    return children.join(offenders, IncidentsExtract.INCIDENT_ID).select(col(CHILD), col(SUSPECT)).distinct();
  }

  /** The period's cohort children ({@code child_id}), as given. */
  Dataset<Row> cohort() {
    return cohort;
  }

  /** The period the tables describe. */
  Period period() {
    return period;
  }

  /** The datasets kept since the network was first used. */
  public synchronized List<Dataset<Row>> cached() {
    List<Dataset<Row>> all = new ArrayList<>(cached);
    if (previous != null) {
      all.addAll(previous.cached());
    }
    return List.copyOf(all);
  }

  /** Frees what the network kept. */
  public synchronized void release() {
    cached.forEach(Dataset::unpersist);
    cached.clear();
    grouped = null;
    if (previous != null) {
      previous.release();
      previous = null;
    }
  }
}
