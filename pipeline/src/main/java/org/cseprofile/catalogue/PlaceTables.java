package org.cseprofile.catalogue;

import static org.cseprofile.disclosure.ProfileModel.cell;
import static org.cseprofile.disclosure.PublishedMeasure.count;
import static org.cseprofile.disclosure.PublishedMeasure.of;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cseprofile.disclosure.HotspotPublication;
import org.cseprofile.disclosure.ProfileModel;
import org.cseprofile.disclosure.PublishedMeasure;
import org.cseprofile.disclosure.PublishedSpec;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.disclosure.RowOrder;
import org.cseprofile.disclosure.TableRelations;
import org.cseprofile.hotspot.Layer;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.linkage.ProfileInputs;
import org.cseprofile.profile.Breakdowns;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * The tables of places, published with reference geography: the map's squares ({@code hotspot_grid}), the counts by
 * ward ({@code place_counts}) and rates per 10,000 children ({@code rates}). They are not computed from the profile's
 * data ({@code ProfileData}): the squares and wards come from the hot spot step, the rates from the profile's own
 * counts and the population file ({@code disclosure.RateTable}). Their publication is declared here as for every
 * other table: dimensions, measures, and the relations a reader can use.
 */
public final class PlaceTables {
  /** The published squares: located events of the 12 months on cells of at least 1 km, named by place. */
  public static final PublishedSpec HOTSPOT_GRID = new PublishedSpec(TableNames.HOTSPOT_GRID,
      HotspotPublication.DIMENSIONS, List.of(count(Columns.EVENTS)), TableRelations.standsAlone("the grid publishes no total of its squares (nor does "
          + "any other table); with place_counts, the relation between the two is declared by place_counts"));

  /** Located incidents and found locations of the 12 months by ward (or LSOA). */
  public static final PublishedSpec PLACE_COUNTS = new PublishedSpec(TableNames.PLACE_COUNTS, List.of(Columns.LA_CODE,
      Columns.PLACE_CODE, Columns.AUTHORITY_NAME, Columns.PLACE_NAME, Columns.PLACE_TYPE),
      List.of(count(Columns.INCIDENTS), count(Columns.FOUND)), PlaceTables::placeRelations);

  /** What rates count: the profile's table and column, and the rest of the source row's key after la_code. */
  public record Counted(String name, String table, String column, List<String> keyAfterArea) {}

  /** The counts given per 10,000 children, besides each vulnerability of the cohort ({@code vulnerability_<indicator>}). */
  public static final List<Counted> COUNTED = List.of(
      new Counted("children_open", TableNames.COHORT, Columns.CHILDREN_OPEN, List.of()),
      new Counted("missing_children", TableNames.MISSING_SUMMARY, Columns.CHILDREN, List.of("all_missing")),
      new Counted("repeat_missing_children", TableNames.MISSING_SUMMARY, Columns.REPEAT_MISSING_CHILDREN,
          List.of("all_missing")),
      new Counted("children_linked_as_victims", TableNames.INCIDENTS_SUMMARY, Columns.CHILDREN_LINKED_AS_VICTIMS,
          List.of()));
  /** The prefix of the vulnerabilities' rows in {@code rates}. */
  public static final String VULNERABILITY = "vulnerability_";
  /** The age groups of the residents: all children, and the ages most of the cohort are. */
  public static final List<String> AGE_GROUPS = List.of("0_17", "10_17");

  /** Counts of the profile per 10,000 children resident, with Byar's 95% interval, computed from the published counts. */
  public static final PublishedSpec RATES = new PublishedSpec(TableNames.RATES, List.of(Columns.LA_CODE,
      Columns.COUNTED, Columns.AGE_GROUP), List.of(count(Columns.COUNT), count(Columns.RESIDENTS),
      of(Columns.RATE_PER_10000, PublishedMeasure.Rule.RATE_PER_10000, Columns.COUNT, Columns.RESIDENTS),
      of(Columns.CI_LOWER, PublishedMeasure.Rule.RATE_LOWER, Columns.COUNT, Columns.RESIDENTS),
      of(Columns.CI_UPPER, PublishedMeasure.Rule.RATE_UPPER, Columns.COUNT, Columns.RESIDENTS)),
      PlaceTables::rateRelations).withOrder(RowOrder.of(Map.of(Columns.COUNTED,
          COUNTED.stream().map(Counted::name).toList())));

  private PlaceTables() {}

  /** The restricted rows of the published grid: one per square of a layer, its key the spec's dimensions. */
  public static RestrictedTable grid(List<HotspotPublication.Cell> cells) {
    List<RestrictedTable.Row> rows = new ArrayList<>();
    for (HotspotPublication.Cell c : cells) {
      rows.add(new RestrictedTable.Row(HotspotPublication.key(c), Map.of(Columns.EVENTS, c.events())));
    }
    return new RestrictedTable(TableNames.HOTSPOT_GRID, HOTSPOT_GRID.dimensions(), HOTSPOT_GRID.countColumns(), rows);
  }

  /**
   * The restricted {@code place_counts} the hot spot step counted, with each count whose extract was not supplied null
   * (not available), as in every restricted table: the incidents without the incidents extract, the children found
   * without the missing episodes. The hot spot step counts no located event there, and 0 would claim a count nobody
   * made.
   */
  public static Dataset<Row> available(Dataset<Row> placeCounts, ProfileInputs inputs) {
    List<String> notAvailable = new ArrayList<>();
    if (!inputs.supplied(IncidentsExtract.NAME)) {
      notAvailable.add(Columns.INCIDENTS);
    }
    if (!inputs.supplied(MissingExtract.NAME)) {
      notAvailable.add(Columns.FOUND);
    }
    return Breakdowns.notAvailable(placeCounts, notAvailable);
  }

  /**
   * The 12 months' located events of one ward (or LSOA) of an authority; a count is null when its extract was not
   * supplied (not available).
   */
  public record PlaceCount(String laCode, String authorityName, String placeCode, String placeName, String placeType,
      Long incidents, Long found) {
    public PlaceCount {
      Objects.requireNonNull(laCode, "laCode");
      Objects.requireNonNull(placeCode, "placeCode");
      if ((incidents != null && incidents < 0) || (found != null && found < 0)) {
        throw new IllegalArgumentException("incidents and found must not be negative (place " + placeCode + ")");
      }
    }
  }

  /** The restricted rows of {@code place_counts}, every extract supplied. */
  public static RestrictedTable places(List<PlaceCount> places) {
    return places(places, true, true);
  }

  /**
   * The restricted rows of {@code place_counts}: a count whose extract was not supplied (the incidents, or the missing
   * episodes for the children found) is null, not available ({@code x}), whatever the rows hold (the restricted table
   * holds null there already: {@link #available}).
   */
  public static RestrictedTable places(List<PlaceCount> places, boolean incidentsSupplied, boolean missingSupplied) {
    List<RestrictedTable.Row> rows = new ArrayList<>();
    for (PlaceCount p : places) {
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put(Columns.INCIDENTS, incidentsSupplied ? p.incidents() : null);
      counts.put(Columns.FOUND, missingSupplied ? p.found() : null);
      rows.add(new RestrictedTable.Row(List.of(p.laCode(), p.placeCode(), blank(p.authorityName()),
          blank(p.placeName()), blank(p.placeType())), counts));
    }
    return new RestrictedTable(TableNames.PLACE_COUNTS, PLACE_COUNTS.dimensions(), PLACE_COUNTS.countColumns(), rows);
  }

  private static String blank(String text) {
    return text == null ? "" : text;
  }

  /**
   * The squares of a layer hold the events of the wards plus those in no ward (their total is published nowhere):
   * a reader adding up both tables could otherwise work out a withheld ward from the shown squares, or a withheld
   * square from the shown wards.
   */
  private static void placeRelations(ProfileModel m) {
    if (!m.present(TableNames.HOTSPOT_GRID)) {
      return;
    }
    Map<String, String> layers = new LinkedHashMap<>();
    layers.put(Layer.INCIDENTS.label(), Columns.INCIDENTS);
    layers.put(Layer.FOUND.label(), Columns.FOUND);
    layers.forEach((layer, column) -> {
      List<org.cseprofile.disclosure.CellRef> squares = new ArrayList<>();
      long events = 0;
      for (RestrictedTable.Row row : m.rows(TableNames.HOTSPOT_GRID)) {
        if (row.key().get(0).equals(layer)) {
          squares.add(cell(TableNames.HOTSPOT_GRID, Columns.EVENTS, row.key()));
          events += row.count(Columns.EVENTS);
        }
      }
      List<org.cseprofile.disclosure.CellRef> wards = m.rows(TableNames.PLACE_COUNTS).stream()
          .map(r -> cell(TableNames.PLACE_COUNTS, column, r.key())).toList();
      if (squares.isEmpty() || wards.isEmpty()) {
        return;
      }
      var total = cell(TableNames.HOTSPOT_GRID, Columns.EVENTS, layer, Columns.PARTNERSHIP);
      m.implied(total, events);
      m.sum(total, squares, "hotspot_grid: the squares of a layer hold its located events in the region");
      m.atMost(total, wards, "events_in_no_place", "place_counts: wards hold at most the events of the squares");
    });
  }

  /**
   * A rate's count is the count of its source table (published twice: withheld together); an area's residents are
   * the same in each of its rows, and the partnership's are its authorities' added up.
   */
  private static void rateRelations(ProfileModel m) {
    String t = TableNames.RATES;
    Map<List<String>, org.cseprofile.disclosure.CellRef> firstResidents = new LinkedHashMap<>();
    for (RestrictedTable.Row row : m.rows(t)) {
      List<String> k = row.key();
      source(k.get(1)).ifPresent(source -> {
        List<String> key = new ArrayList<>();
        key.add(k.get(0));
        key.addAll(source.keyAfterArea());
        if (m.present(source.table()) && m.table(source.table()).has(key)) {
          m.same(cell(t, Columns.COUNT, k), cell(source.table(), source.column(), key), t + ": the count of its table");
        }
      });
      var residents = cell(t, Columns.RESIDENTS, k);
      var first = firstResidents.putIfAbsent(List.of(k.get(0), k.get(2)), residents);
      if (first != null && row.count(Columns.RESIDENTS) != null) {
        m.same(first, residents, t + ": an area's residents in every row");
      }
    }
    for (String age : AGE_GROUPS) {
      var all = firstResidents.get(List.of(Columns.PARTNERSHIP, age));
      List<org.cseprofile.disclosure.CellRef> parts = firstResidents.entrySet().stream()
          .filter(e -> e.getKey().get(1).equals(age) && !e.getKey().get(0).equals(Columns.PARTNERSHIP))
          .map(Map.Entry::getValue).toList();
      if (all != null && !parts.isEmpty() && m.table(t).row(all.key()).count(Columns.RESIDENTS) != null) {
        m.sum(all, parts, t + ": the partnership's residents are its authorities'");
      }
    }
  }

  /** The source of a {@code counted} value: one of {@link #COUNTED}, or a vulnerability's numerator. */
  public static java.util.Optional<Counted> source(String counted) {
    if (counted.startsWith(VULNERABILITY)) {
      String indicator = counted.substring(VULNERABILITY.length());
      return java.util.Optional.of(new Counted(counted, TableNames.VULNERABILITIES, Columns.NUMERATOR,
          List.of(indicator)));
    }
    return COUNTED.stream().filter(c -> c.name().equals(counted)).findFirst();
  }
}
