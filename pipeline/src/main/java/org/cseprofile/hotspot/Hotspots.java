package org.cseprofile.hotspot;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.locationtech.jts.geom.Geometry;
import org.cseprofile.geography.CellMask;
import org.cseprofile.geography.Gazetteer;
import org.cseprofile.geography.ReferenceGeography;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.period.Period;
import org.cseprofile.table.Columns;

/**
 * Hot spots of CSE incidents and of the places missing children were found, as police analysts
 * map them: counts on a regular grid, Getis-Ord Gi* over each cell's neighbourhood with exact
 * p-values and a false discovery rate, ranking and the Predictive Accuracy Index, how well last
 * period's hot cells predicted this period, and persistence. See docs/metrics.md, "Hot spots".
 */
public final class Hotspots {
  /** Place types of located incidents, each counted per cell: the contract's codes without {@code online}. */
  public static final List<String> PLACE_TYPES = IncidentsExtract.PLACE_TYPES.stream()
      .filter(p -> !p.equals(HotspotEvents.ONLINE_PLACE)).toList();

  private static final String BACK = "_back";
  private static final String WINDOW = "_window";
  private static final String COLUMN = "_column";
  private static final String ROW = "_row";
  private static final String EVENTS = "_events";
  private static final String MIN_COLUMN = "_min_column";
  private static final String MIN_ROW = "_min_row";
  private static final String MAX_COLUMN = "_max_column";
  private static final String MAX_ROW = "_max_row";
  private static final String OFFSET = "_offset";
  private static final String EAST = "east";
  private static final String NORTH = "north";
  private static final String CELLS = "_cells";
  private static final String PRESENT = "_present";
  private static final String PREVIOUS_EVENTS = "_previous_events";
  private static final String CONFIDENCE = "_confidence";
  private static final String PREVIOUS_CONFIDENCE = "_previous_confidence";
  private static final String RUNNING_EVENTS = "_running_events";

  private static final String[] ANALYSIS = {Columns.TIME_WINDOW, BACK, Columns.LAYER};
  private static final String[] CURRENT = {Columns.TIME_WINDOW, Columns.LAYER};

  private Hotspots() {}

  /**
   * The hot spot tables of {@code period} from the accepted rows of the incidents and missing extracts.
   * Runs a few Spark jobs at once (events per window, the study region, neighbourhood sums, the count
   * histograms the Gi* p-values are computed from on the driver, the per-cell results); the returned
   * tables are small selections and aggregations of those results, evaluated when written.
   */
  public static HotspotTables analyse(
      Dataset<Row> incidents, Dataset<Row> missing, Period period, HotspotSettings settings) {
    return analyse(incidents, missing, period, settings, ReferenceGeography.NONE, List.of());
  }

  /**
   * As {@link #analyse(Dataset, Dataset, Period, HotspotSettings)}, with reference geography: the study region
   * is then the {@code partnership}'s authorities (unless a rectangle is configured), every listed cell is named
   * by its ward and authority, and the located events of the 12 months are counted by ward ({@code place_counts}).
   */
  public static HotspotTables analyse(Dataset<Row> incidents, Dataset<Row> missing, Period period,
      HotspotSettings settings, ReferenceGeography geography, List<String> partnership) {
    SparkSession spark = incidents.sparkSession();
    int size = settings.cellSizeMetres();
    List<AnalysisWindow> windows = AnalysisWindow.forPeriod(period);

    Dataset<Row> base = HotspotEvents.of(incidents, missing);
    Dataset<Row> events = inWindows(base, windows, size).localCheckpoint();
    Map<AnalysisKey, Accounting> accounting = accounting(events);
    RegionCells region = region(settings, geography, partnership, base, windows, size);

    Dataset<Row> counts = cellCounts(events, region).localCheckpoint();
    Dataset<Row> sums = neighbourhoodSums(counts, settings.neighbourhood(), region).localCheckpoint();
    Map<AnalysisKey, SortedMap<Long, Long>> cellsWithCount = new HashMap<>();
    Map<AnalysisKey, Map<GiAnalysis.LocalSum, Long>> cellsWithSum = new HashMap<>();
    sums.groupBy(columns(ANALYSIS, Columns.NEIGHBOURHOOD_CELLS, Columns.NEIGHBOURHOOD_EVENTS, Columns.EVENTS))
        .agg(count(lit(1)).as(CELLS))
        .collectAsList()
        .forEach(r -> {
          AnalysisKey key = AnalysisKey.of(r);
          long cells = r.getAs(CELLS);
          long own = r.getAs(Columns.EVENTS);
          if (own > 0) {
            cellsWithCount.computeIfAbsent(key, k -> new TreeMap<>()).merge(own, cells, Long::sum);
          }
          cellsWithSum.computeIfAbsent(key, k -> new HashMap<>()).merge(
              new GiAnalysis.LocalSum(r.getAs(Columns.NEIGHBOURHOOD_CELLS), r.getAs(Columns.NEIGHBOURHOOD_EVENTS)),
              cells, Long::sum);
        });

    List<Row> giRows = new ArrayList<>();
    Map<AnalysisKey, RegionStatistics> statistics = new HashMap<>();
    for (AnalysisWindow window : windows) {
      for (Layer layer : Layer.values()) {
        AnalysisKey key = new AnalysisKey(window.window().label(), window.back(), layer.label());
        SortedMap<Long, Long> histogram = cellsWithCount.getOrDefault(key, new TreeMap<>());
        Map<GiAnalysis.LocalSum, Long> local = cellsWithSum.getOrDefault(key, Map.of());
        Map<GiAnalysis.LocalSum, GiAnalysis.Result> gi =
            GiAnalysis.results(region.cells(), histogram, local, settings.multipleTesting());
        long[] byClass = new long[GiClass.values().length];
        gi.forEach((sum, result) -> {
          giRows.add(RowFactory.create(key.window(), key.back(), key.layer(), sum.cells(), sum.events(),
              Double.isNaN(result.z()) ? null : result.z(), result.p(), result.giClass().confidence()));
          byClass[result.giClass().ordinal()] += local.get(sum);
        });
        statistics.put(key, RegionStatistics.of(window, region, histogram, byClass));
      }
    }
    Dataset<Row> gi = spark.createDataFrame(giRows, GI_SCHEMA);
    // Only rows that can matter: current cells with events or hot, earlier cells that were hot.
    Dataset<Row> scored = sums.join(broadcast(gi), names(ANALYSIS, Columns.NEIGHBOURHOOD_CELLS,
            Columns.NEIGHBOURHOOD_EVENTS))
        .filter(col(CONFIDENCE).gt(0).or(col(BACK).equalTo(0).and(col(Columns.EVENTS).gt(0))));
    Dataset<Row> perCell = rank(acrossWindows(scored)).localCheckpoint();

    PlaceColumns places = geography.hasBoundaries() ? new PlaceColumns(spark, geography.gazetteer()) : null;
    Dataset<Row> cells = cells(perCell, counts, statistics, region, period, places);
    Dataset<Row> summary = summary(perCell, spark, windows, accounting, statistics, settings, region, period);
    Dataset<Row> placeCounts = places == null || geography.gazetteer().smallAreas().isEmpty() ? null
        : placeCounts(events, region, places, geography.gazetteer(), partnership, period);
    AnalysisKey year = new AnalysisKey(TimeWindow.TWELVE_MONTHS.label(), 0, Layer.COMBINED.label());
    long outside = accounting.getOrDefault(year, Accounting.NONE).located() - statistics.get(year).events();
    return new HotspotTables(cells, summary, placeCounts, new HotspotTables.Region(region.rule(), region.cells(),
        region.cellSizeMetres(), outside, missingBoundaries(geography, partnership, settings)));
  }

  /**
   * The study region: the configured rectangle; else, with boundaries, the cells whose centre lies in one of the
   * partnership's authorities; else the rectangle of the located events less those far from all the others.
   */
  private static RegionCells region(HotspotSettings settings, ReferenceGeography geography, List<String> partnership,
      Dataset<Row> base, List<AnalysisWindow> windows, int size) {
    if (settings.region().isPresent()) {
      return RegionCells.of(settings.region().get(), size);
    }
    Optional<Geometry> authorities = geography.gazetteer().union(partnership);
    if (authorities.isPresent()) {
      return RegionCells.of(CellMask.of(authorities.get(), size));
    }
    java.time.LocalDate first = windows.stream().map(w -> w.dates().start()).min(Comparator.naturalOrder()).orElseThrow();
    java.time.LocalDate last = windows.stream().map(w -> w.dates().end()).max(Comparator.naturalOrder()).orElseThrow();
    Dataset<Row> located = base.filter(col(HotspotEvents.STATUS).equalTo(HotspotEvents.LOCATED)
        .and(col(HotspotEvents.DATE).between(first, last)));
    StrayEvents.Core core = StrayEvents.core(located, HotspotEvents.EASTING, HotspotEvents.NORTHING, size);
    return RegionCells.rectangle(core.box(), size, RegionRule.EVENTS);
  }

  /** The partnership's authorities that no boundary file holds, when boundaries were given. */
  private static List<String> missingBoundaries(ReferenceGeography geography, List<String> partnership,
      HotspotSettings settings) {
    if (!geography.hasBoundaries()) {
      return List.of();
    }
    java.util.Set<String> known = new java.util.HashSet<>();
    geography.gazetteer().authorities().forEach(a -> known.add(a.code()));
    return partnership.stream().filter(la -> !known.contains(la)).sorted().toList();
  }

  /**
   * The {@code place_counts} table: located incidents and found locations of the 12 months to the period end in
   * the study region, by the ward (or LSOA) holding them, every small area of the partnership's authorities listed
   * (zeros included) and any other holding an event. Events in no small area are left out (they are in the
   * hot spot grid, not here).
   */
  private static Dataset<Row> placeCounts(Dataset<Row> events, RegionCells region, PlaceColumns places,
      Gazetteer gazetteer, List<String> partnership, Period period) {
    SparkSession spark = events.sparkSession();
    Dataset<Row> located = events
        .filter(col(Columns.TIME_WINDOW).equalTo(TimeWindow.TWELVE_MONTHS.label()).and(col(BACK).equalTo(0))
            .and(col(Columns.LAYER).notEqual(Layer.COMBINED.label()))
            .and(col(HotspotEvents.STATUS).equalTo(HotspotEvents.LOCATED))
            .and(region.contains(col(COLUMN), col(ROW))))
        .select(col(Columns.LAYER), places.ofPoint(col(HotspotEvents.EASTING), col(HotspotEvents.NORTHING))
            .as(PlaceColumns.PLACE))
        .filter(col(PlaceColumns.PLACE + "." + Columns.PLACE_CODE).isNotNull());
    Dataset<Row> counted = located
        .groupBy(PlaceColumns.expand(PlaceColumns.PLACE))
        .agg(countWhere(col(Columns.LAYER).equalTo(Layer.INCIDENTS.label())).as(Columns.INCIDENTS),
            countWhere(col(Columns.LAYER).equalTo(Layer.FOUND.label())).as(Columns.FOUND));
    List<Row> listed = new ArrayList<>();
    for (int i = 0; i < gazetteer.smallAreas().size(); i++) {
      org.cseprofile.geography.Place p = gazetteer.smallAreaPlace(i);
      if (partnership.contains(p.authorityCode())) {
        listed.add(RowFactory.create(p.authorityCode(), p.authorityName(), p.placeCode(), p.placeName(), p.placeType()));
      }
    }
    Dataset<Row> all = spark.createDataFrame(listed, PlaceColumns.PLACE_TYPE);
    String[] key = {Columns.AUTHORITY_CODE, Columns.AUTHORITY_NAME, Columns.PLACE_CODE, Columns.PLACE_NAME,
        Columns.PLACE_TYPE};
    return all.join(counted, key, "full_outer")
        .select(lit(period.label()).as(Columns.PERIOD), col(Columns.AUTHORITY_CODE).as(Columns.LA_CODE),
            col(Columns.AUTHORITY_NAME), col(Columns.PLACE_CODE), col(Columns.PLACE_NAME), col(Columns.PLACE_TYPE),
            lit(TimeWindow.TWELVE_MONTHS.label()).as(Columns.TIME_WINDOW),
            zeroIfNull(Columns.INCIDENTS).as(Columns.INCIDENTS), zeroIfNull(Columns.FOUND).as(Columns.FOUND));
  }

  /** Each event once per window it falls in, and once per layer it belongs to (its own and combined). */
  private static Dataset<Row> inWindows(Dataset<Row> events, List<AnalysisWindow> windows, int size) {
    Column[] spans = windows.stream().map(w -> struct(
        lit(w.window().label()).as(Columns.TIME_WINDOW), lit(w.back()).as(BACK),
        lit(w.dates().start()).as(Columns.WINDOW_START), lit(w.dates().end()).as(Columns.WINDOW_END)))
        .toArray(Column[]::new);
    Column located = col(HotspotEvents.STATUS).equalTo(HotspotEvents.LOCATED);
    return events
        .withColumn(WINDOW, explode(array(spans)))
        .filter(col(HotspotEvents.DATE).between(col(WINDOW + "." + Columns.WINDOW_START),
            col(WINDOW + "." + Columns.WINDOW_END)))
        .select(col(WINDOW + "." + Columns.TIME_WINDOW).as(Columns.TIME_WINDOW), col(WINDOW + "." + BACK).as(BACK),
            explode(array(col(HotspotEvents.SOURCE), lit(Layer.COMBINED.label()))).as(Columns.LAYER),
            col(HotspotEvents.SOURCE), col(HotspotEvents.PLACE), col(HotspotEvents.STATUS),
            when(located, col(HotspotEvents.EASTING).cast("double")).as(HotspotEvents.EASTING),
            when(located, col(HotspotEvents.NORTHING).cast("double")).as(HotspotEvents.NORTHING),
            when(located, Grid.index(col(HotspotEvents.EASTING), size)).as(COLUMN),
            when(located, Grid.index(col(HotspotEvents.NORTHING), size)).as(ROW));
  }

  /** Events by status in every analysis, with the bounding box of the located ones (one small collect). */
  private static Map<AnalysisKey, Accounting> accounting(Dataset<Row> events) {
    Map<AnalysisKey, Accounting> accounting = new HashMap<>();
    events.groupBy(columns(ANALYSIS))
        .agg(count(lit(1)).as(EVENTS),
            countWhere(col(HotspotEvents.STATUS).equalTo(HotspotEvents.LOCATED)).as(HotspotEvents.LOCATED),
            countWhere(col(HotspotEvents.STATUS).equalTo(HotspotEvents.ONLINE)).as(HotspotEvents.ONLINE),
            countWhere(col(HotspotEvents.STATUS).equalTo(HotspotEvents.UNLOCATED)).as(HotspotEvents.UNLOCATED),
            min(col(COLUMN)).as(MIN_COLUMN), min(col(ROW)).as(MIN_ROW), max(col(COLUMN)).as(MAX_COLUMN),
            max(col(ROW)).as(MAX_ROW))
        .collectAsList()
        .forEach(r -> accounting.put(AnalysisKey.of(r), new Accounting(r.<Long>getAs(EVENTS),
            r.<Long>getAs(HotspotEvents.LOCATED), r.<Long>getAs(HotspotEvents.ONLINE),
            r.<Long>getAs(HotspotEvents.UNLOCATED), r.isNullAt(r.fieldIndex(MIN_COLUMN)) ? null
                : new long[] {r.<Long>getAs(MIN_COLUMN), r.<Long>getAs(MIN_ROW), r.<Long>getAs(MAX_COLUMN),
                    r.<Long>getAs(MAX_ROW)})));
    return accounting;
  }

  /** Located events per region cell in every analysis, by source and (for incidents) place type. */
  private static Dataset<Row> cellCounts(Dataset<Row> events, RegionCells region) {
    List<Column> breakdown = new ArrayList<>();
    breakdown.add(countWhere(col(HotspotEvents.SOURCE).equalTo(Layer.FOUND.label())).as(Columns.FOUND));
    for (String place : PLACE_TYPES) {
      breakdown.add(countWhere(col(HotspotEvents.PLACE).equalTo(place)).as(Columns.incidentsAt(place)));
    }
    return events
        .filter(col(HotspotEvents.STATUS).equalTo(HotspotEvents.LOCATED).and(region.contains(col(COLUMN), col(ROW))))
        .groupBy(columns(ANALYSIS, COLUMN, ROW))
        .agg(count(lit(1)).as(Columns.EVENTS), breakdown.toArray(Column[]::new))
        .withColumn(Columns.INCIDENTS, col(Columns.EVENTS).minus(col(Columns.FOUND)));
  }

  /** A cell's counts by source and place type, listed in the cells table. */
  private static List<String> breakdownColumns() {
    List<String> columns = new ArrayList<>(List.of(Columns.INCIDENTS, Columns.FOUND));
    PLACE_TYPES.forEach(p -> columns.add(Columns.incidentsAt(p)));
    return columns;
  }

  /**
   * For every region cell with at least one event in its neighbourhood: the events in the cell, the events in its
   * neighbourhood and the number of neighbourhood cells in the region. Each non-empty cell sends its count to the
   * keys of the cells whose neighbourhood holds it (neighbourhoods are symmetric), and the sums are an aggregation
   * by cell key: work grows with non-empty cells times neighbourhood size, never with pairs of cells.
   */
  private static Dataset<Row> neighbourhoodSums(Dataset<Row> counts, Neighbourhood neighbourhood, RegionCells region) {
    List<Neighbourhood.Offset> offsets = neighbourhood.offsets();
    Column[] offsetStructs = offsets.stream()
        .map(o -> struct(lit(o.east()).as(EAST), lit(o.north()).as(NORTH)))
        .toArray(Column[]::new);
    Column east = col(OFFSET + "." + EAST);
    Column north = col(OFFSET + "." + NORTH);
    Column neighbours = lit(0);
    for (Neighbourhood.Offset o : offsets) {
      neighbours = neighbours.plus(
          when(region.contains(col(COLUMN).plus(o.east()), col(ROW).plus(o.north())), lit(1)).otherwise(lit(0)));
    }
    return counts
        .select(col(Columns.TIME_WINDOW), col(BACK), col(Columns.LAYER), col(COLUMN), col(ROW), col(Columns.EVENTS),
            explode(array(offsetStructs)).as(OFFSET))
        .select(col(Columns.TIME_WINDOW), col(BACK), col(Columns.LAYER),
            col(COLUMN).plus(east).as(COLUMN), col(ROW).plus(north).as(ROW),
            col(Columns.EVENTS).as(Columns.NEIGHBOURHOOD_EVENTS),
            // A cell's own count travels only on the row addressed to itself.
            when(east.equalTo(0).and(north.equalTo(0)), col(Columns.EVENTS)).otherwise(lit(0L)).as(Columns.EVENTS))
        .filter(region.contains(col(COLUMN), col(ROW)))
        .groupBy(columns(ANALYSIS, COLUMN, ROW))
        .agg(sum(col(Columns.NEIGHBOURHOOD_EVENTS)).as(Columns.NEIGHBOURHOOD_EVENTS),
            sum(col(Columns.EVENTS)).as(Columns.EVENTS))
        .withColumn(Columns.NEIGHBOURHOOD_CELLS, neighbours);
  }

  /**
   * One row per window, layer and cell, with the cell's current results and, from the earlier windows, its
   * confidence and events in the window before and how many of the last four periods it was hot in. Cells hot
   * only before are kept (not present now) for the prediction. Classes are aggregated as confidence codes
   * (numbers keep the aggregation hash-based).
   */
  private static Dataset<Row> acrossWindows(Dataset<Row> scored) {
    Column now = col(BACK).equalTo(0);
    Column before = col(BACK).equalTo(1);
    List<Column> aggregates = new ArrayList<>();
    for (String c : List.of(Columns.EVENTS, Columns.NEIGHBOURHOOD_CELLS, Columns.NEIGHBOURHOOD_EVENTS, Columns.GI_Z,
        Columns.GI_P, CONFIDENCE)) {
      aggregates.add(max(when(now, col(c))).as(c));
    }
    aggregates.add(coalesce(max(when(before, col(CONFIDENCE))), lit(0)).as(PREVIOUS_CONFIDENCE));
    aggregates.add(max(when(before, col(Columns.EVENTS))).as(PREVIOUS_EVENTS));
    aggregates.add(countWhere(col(Columns.TIME_WINDOW).equalTo(TimeWindow.PERIOD.label()).and(hot(col(CONFIDENCE))))
        .cast("int").as(Columns.PERIODS_HOT));
    return scored.groupBy(CURRENT[0], CURRENT[1], COLUMN, ROW)
        .agg(max(when(now, 1).otherwise(0)).as(PRESENT), aggregates.toArray(Column[]::new));
  }

  /** Ranks the present cells with events by events (ties: higher Gi* z, then west to east, south to north). */
  private static Dataset<Row> rank(Dataset<Row> perCell) {
    WindowSpec byCount = Window.partitionBy(col(Columns.TIME_WINDOW), col(Columns.LAYER))
        .orderBy(col(PRESENT).desc(), col(Columns.EVENTS).desc_nulls_last(), col(Columns.GI_Z).desc_nulls_last(),
            col(COLUMN), col(ROW));
    Column ranked = col(PRESENT).equalTo(1).and(col(Columns.EVENTS).gt(0));
    return perCell
        .withColumn(Columns.RANK, when(ranked, row_number().over(byCount)))
        .withColumn(RUNNING_EVENTS, when(ranked,
            sum(col(Columns.EVENTS)).over(byCount.rowsBetween(Window.unboundedPreceding(), Window.currentRow()))));
  }

  /** The {@code hotspot_cells} table: current windows, cells with events or hot. */
  private static Dataset<Row> cells(
      Dataset<Row> perCell, Dataset<Row> counts, Map<AnalysisKey, RegionStatistics> statistics, RegionCells region,
      Period period, PlaceColumns places) {
    int size = region.cellSizeMetres();
    Column located = lit(null).cast("long");
    for (Map.Entry<AnalysisKey, RegionStatistics> e : statistics.entrySet()) {
      if (e.getKey().back() == 0) {
        located = when(col(Columns.TIME_WINDOW).equalTo(e.getKey().window())
            .and(col(Columns.LAYER).equalTo(e.getKey().layer())), lit(e.getValue().events())).otherwise(located);
      }
    }
    List<Column> out = new ArrayList<>();
    out.add(lit(period.label()).as(Columns.PERIOD));
    out.add(lit(Columns.PARTNERSHIP).as(Columns.LA_CODE));
    out.add(col(Columns.TIME_WINDOW));
    out.add(col(Columns.LAYER));
    out.add(Grid.cellId(col(COLUMN), col(ROW), size).as(Columns.CELL_ID));
    out.add(Grid.centre(col(COLUMN), size).as(Columns.CELL_EASTING));
    out.add(Grid.centre(col(ROW), size).as(Columns.CELL_NORTHING));
    out.add(lit(size).as(Columns.CELL_SIZE_M));
    out.add(PlaceColumns.gridReference(col(COLUMN).multiply(size), col(ROW).multiply(size), size)
        .as(Columns.GRID_REFERENCE));
    if (places == null) {
      out.addAll(List.of(PlaceColumns.none()));
    } else {
      out.addAll(List.of(PlaceColumns.expand(PlaceColumns.PLACE)));
    }
    out.add(col(Columns.EVENTS));
    breakdownColumns().forEach(c -> out.add(coalesce(col(c), lit(0L)).as(c)));
    out.add(col(Columns.NEIGHBOURHOOD_CELLS));
    out.add(col(Columns.NEIGHBOURHOOD_EVENTS));
    out.add(col(Columns.GI_Z));
    out.add(col(Columns.GI_P));
    out.add(label(col(CONFIDENCE)).as(Columns.GI_CLASS));
    out.add(label(col(PREVIOUS_CONFIDENCE)).as(Columns.PREVIOUS_CLASS));
    out.add(when(col(Columns.TIME_WINDOW).equalTo(TimeWindow.PERIOD.label()), col(Columns.PERIODS_HOT))
        .as(Columns.PERIODS_HOT));
    out.add(col(Columns.RANK));
    out.add(ratio(col(Columns.EVENTS), located).as(Columns.EVENT_SHARE));
    out.add(ratio(col(RUNNING_EVENTS), located).as(Columns.CUMULATIVE_EVENT_SHARE));
    out.add(ratio(col(Columns.RANK), lit(region.cells())).as(Columns.CUMULATIVE_AREA_SHARE));
    Dataset<Row> breakdown = counts.filter(col(BACK).equalTo(0)).drop(BACK, Columns.EVENTS);
    Dataset<Row> joined = perCell.filter(col(PRESENT).equalTo(1))
        .join(breakdown, new String[] {Columns.TIME_WINDOW, Columns.LAYER, COLUMN, ROW}, "left");
    if (places != null) {
      joined = joined.withColumn(PlaceColumns.PLACE,
          places.ofSquare(col(COLUMN).multiply(size), col(ROW).multiply(size), size));
    }
    return joined.select(out.toArray(Column[]::new));
  }

  /** The {@code hotspot_summary} table: one row per current window and layer. */
  private static Dataset<Row> summary(
      Dataset<Row> perCell, SparkSession spark, List<AnalysisWindow> windows, Map<AnalysisKey, Accounting> accounting,
      Map<AnalysisKey, RegionStatistics> statistics, HotspotSettings settings, RegionCells region, Period period) {
    List<Row> known = new ArrayList<>();
    for (AnalysisWindow window : windows) {
      if (window.back() != 0) {
        continue;
      }
      for (Layer layer : Layer.values()) {
        AnalysisKey key = new AnalysisKey(window.window().label(), 0, layer.label());
        Accounting a = accounting.getOrDefault(key, Accounting.NONE);
        RegionStatistics s = statistics.get(key);
        RegionStatistics before = statistics.get(new AnalysisKey(key.window(), 1, key.layer()));
        known.add(RowFactory.create(key.window(), key.layer(), window.dates().start(), window.dates().end(),
            a.events(), s.events(), a.online(), a.unlocated(), a.located() - s.events(), s.cellsWithEvents(),
            s.mean(), s.standardDeviation(), s.hot99(), s.hot95(), s.hot90(), before.events()));
      }
    }
    Column hotNow = hot(col(CONFIDENCE));
    Column hotBefore = hot(col(PREVIOUS_CONFIDENCE));
    Column inTop = col(Columns.RANK).leq(settings.topCells());
    Dataset<Row> counted = perCell.groupBy(columns(CURRENT)).agg(
        sum(when(hotNow, col(Columns.EVENTS))).as(Columns.HOT_CELL_EVENTS),
        countWhere(inTop).as(Columns.TOP_CELLS),
        sum(when(inTop, col(Columns.EVENTS))).as(Columns.TOP_CELL_EVENTS),
        countWhere(hotBefore).as(Columns.PREVIOUS_HOT_CELLS),
        sum(when(hotBefore, col(PREVIOUS_EVENTS))).as(Columns.PREVIOUS_HOT_CELL_EVENTS),
        sum(when(hotBefore, coalesce(col(Columns.EVENTS), lit(0L)))).as(Columns.HIT_EVENTS),
        countWhere(hotBefore.and(hotNow)).as(Columns.PERSISTENT_HOT_CELLS));

    Column cellsInRegion = lit(region.cells());
    Column locatedEvents = col(Columns.LOCATED_EVENTS);
    Column hotCells = col(Columns.HOT_CELLS_99).plus(col(Columns.HOT_CELLS_95));
    Column hotEvents = zeroIfNull(Columns.HOT_CELL_EVENTS);
    Column topCells = zeroIfNull(Columns.TOP_CELLS);
    Column topEvents = zeroIfNull(Columns.TOP_CELL_EVENTS);
    Column previousHot = zeroIfNull(Columns.PREVIOUS_HOT_CELLS);
    Column previousHotEvents = zeroIfNull(Columns.PREVIOUS_HOT_CELL_EVENTS);
    Column hitEvents = zeroIfNull(Columns.HIT_EVENTS);
    Column predicted = previousHot.gt(0);
    return spark.createDataFrame(known, SUMMARY_SCHEMA)
        .join(broadcast(counted), CURRENT, "left")
        .select(
            lit(period.label()).as(Columns.PERIOD),
            lit(Columns.PARTNERSHIP).as(Columns.LA_CODE),
            col(Columns.TIME_WINDOW),
            col(Columns.LAYER),
            col(Columns.WINDOW_START),
            col(Columns.WINDOW_END),
            lit(settings.cellSizeMetres()).as(Columns.CELL_SIZE_M),
            lit(settings.neighbourhood().label()).as(Columns.NEIGHBOURHOOD),
            lit(settings.multipleTesting().label()).as(Columns.MULTIPLE_TESTING),
            lit(region.rule().label()).as(Columns.REGION_RULE),
            lit(region.minEasting()).cast("int").as(Columns.REGION_MIN_EASTING),
            lit(region.minNorthing()).cast("int").as(Columns.REGION_MIN_NORTHING),
            lit(region.maxEasting()).cast("int").as(Columns.REGION_MAX_EASTING),
            lit(region.maxNorthing()).cast("int").as(Columns.REGION_MAX_NORTHING),
            cellsInRegion.as(Columns.REGION_CELLS),
            col(Columns.EVENTS),
            locatedEvents,
            col(Columns.ONLINE_INCIDENTS),
            col(Columns.UNLOCATED_EVENTS),
            col(Columns.OUTSIDE_REGION),
            col(Columns.CELLS_WITH_EVENTS),
            col(Columns.CELL_MEAN),
            col(Columns.CELL_SD),
            col(Columns.HOT_CELLS_99),
            col(Columns.HOT_CELLS_95),
            col(Columns.HOT_CELLS_90),
            hotCells.as(Columns.HOT_CELLS),
            hotEvents.as(Columns.HOT_CELL_EVENTS),
            ratio(hotEvents, locatedEvents).as(Columns.HOT_EVENT_SHARE),
            ratio(hotCells, cellsInRegion).as(Columns.HOT_AREA_SHARE),
            pai(hotEvents, locatedEvents, hotCells, cellsInRegion).as(Columns.HOT_PAI),
            topCells.as(Columns.TOP_CELLS),
            topEvents.as(Columns.TOP_CELL_EVENTS),
            ratio(topEvents, locatedEvents).as(Columns.TOP_EVENT_SHARE),
            ratio(topCells, cellsInRegion).as(Columns.TOP_AREA_SHARE),
            pai(topEvents, locatedEvents, topCells, cellsInRegion).as(Columns.TOP_PAI),
            previousHot.as(Columns.PREVIOUS_HOT_CELLS),
            previousHotEvents.as(Columns.PREVIOUS_HOT_CELL_EVENTS),
            col(Columns.PREVIOUS_LOCATED_EVENTS),
            hitEvents.as(Columns.HIT_EVENTS),
            when(predicted, ratio(hitEvents, locatedEvents)).as(Columns.HIT_RATE),
            when(predicted, pai(hitEvents, locatedEvents, previousHot, cellsInRegion)).as(Columns.PREDICTION_PAI),
            when(predicted, ratio(ratio(hitEvents, previousHotEvents),
                ratio(locatedEvents, col(Columns.PREVIOUS_LOCATED_EVENTS)))).as(Columns.RECAPTURE_RATE_INDEX),
            zeroIfNull(Columns.PERSISTENT_HOT_CELLS).as(Columns.PERSISTENT_HOT_CELLS));
  }

  /**
   * Predictive Accuracy Index (Chainey, Tompson and Uhlig 2008): the share of events captured by the selected cells
   * over the share of the study region they cover, {@code (n / N) / (a / A)}; null when undefined.
   */
  static Column pai(Column selectedEvents, Column allEvents, Column selectedCells, Column allCells) {
    return ratio(ratio(selectedEvents, allEvents), ratio(selectedCells, allCells));
  }

  /** {@code numerator / denominator} as a double; null when the denominator is zero or null. */
  private static Column ratio(Column numerator, Column denominator) {
    return when(denominator.notEqual(0), numerator.cast("double").divide(denominator.cast("double")));
  }

  /** The class label of a confidence code. */
  private static Column label(Column code) {
    Column label = lit(GiClass.NOT_SIGNIFICANT.label());
    for (GiClass c : GiClass.values()) {
      label = when(code.equalTo(c.confidence()), lit(c.label())).otherwise(label);
    }
    return label;
  }

  /** Whether a confidence code is a hot cell: 95% or more. */
  private static Column hot(Column code) {
    return code.geq(GiClass.HOT.confidence());
  }

  private static Column countWhere(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }

  private static Column zeroIfNull(String column) {
    return coalesce(col(column), lit(0L));
  }

  /** One analysis: a time window, how many windows back, a layer. */
  record AnalysisKey(String window, int back, String layer) {
    static AnalysisKey of(Row r) {
      return new AnalysisKey(r.getAs(Columns.TIME_WINDOW), r.<Integer>getAs(BACK), r.getAs(Columns.LAYER));
    }
  }

  /** Events of one analysis by status, and the bounding box (columns and rows) of the located ones. */
  record Accounting(long events, long located, long online, long unlocated, long[] box) {
    static final Accounting NONE = new Accounting(0, 0, 0, 0, null);
  }

  /** The region's cell values in one analysis, and its cells by Gi* class. */
  private record RegionStatistics(
      long events, long cellsWithEvents, Double mean, Double standardDeviation, long hot99, long hot95, long hot90) {
    static RegionStatistics of(
        AnalysisWindow window, RegionCells region, SortedMap<Long, Long> histogram, long[] byClass) {
      long events = 0;
      long squares = 0;
      long nonEmpty = 0;
      for (Map.Entry<Long, Long> e : histogram.entrySet()) {
        events += e.getKey() * e.getValue();
        squares += e.getKey() * e.getKey() * e.getValue();
        nonEmpty += e.getValue();
      }
      GiStar.Region stats = new GiStar.Region(region.cells(), events, squares);
      boolean empty = region.cells() == 0;
      return new RegionStatistics(events, nonEmpty, empty ? null : stats.mean(),
          empty ? null : stats.standardDeviation(), byClass[GiClass.HOT_99.ordinal()],
          byClass[GiClass.HOT_95.ordinal()], byClass[GiClass.HOT_90.ordinal()]);
    }
  }

  private static final StructType GI_SCHEMA = schema(
      field(Columns.TIME_WINDOW, DataTypes.StringType), field(BACK, DataTypes.IntegerType),
      field(Columns.LAYER, DataTypes.StringType), field(Columns.NEIGHBOURHOOD_CELLS, DataTypes.IntegerType),
      field(Columns.NEIGHBOURHOOD_EVENTS, DataTypes.LongType), field(Columns.GI_Z, DataTypes.DoubleType),
      field(Columns.GI_P, DataTypes.DoubleType), field(CONFIDENCE, DataTypes.IntegerType));

  private static final StructType SUMMARY_SCHEMA = schema(
      field(Columns.TIME_WINDOW, DataTypes.StringType), field(Columns.LAYER, DataTypes.StringType),
      field(Columns.WINDOW_START, DataTypes.DateType), field(Columns.WINDOW_END, DataTypes.DateType),
      field(Columns.EVENTS, DataTypes.LongType), field(Columns.LOCATED_EVENTS, DataTypes.LongType),
      field(Columns.ONLINE_INCIDENTS, DataTypes.LongType), field(Columns.UNLOCATED_EVENTS, DataTypes.LongType),
      field(Columns.OUTSIDE_REGION, DataTypes.LongType), field(Columns.CELLS_WITH_EVENTS, DataTypes.LongType),
      field(Columns.CELL_MEAN, DataTypes.DoubleType), field(Columns.CELL_SD, DataTypes.DoubleType),
      field(Columns.HOT_CELLS_99, DataTypes.LongType), field(Columns.HOT_CELLS_95, DataTypes.LongType),
      field(Columns.HOT_CELLS_90, DataTypes.LongType), field(Columns.PREVIOUS_LOCATED_EVENTS, DataTypes.LongType));

  private static StructType schema(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static Column[] columns(String[] first, String... more) {
    List<Column> all = new ArrayList<>();
    for (String c : first) {
      all.add(col(c));
    }
    for (String c : more) {
      all.add(col(c));
    }
    return all.toArray(Column[]::new);
  }

  private static String[] names(String[] first, String... more) {
    List<String> names = new ArrayList<>(List.of(first));
    names.addAll(List.of(more));
    return names.toArray(String[]::new);
  }
}
