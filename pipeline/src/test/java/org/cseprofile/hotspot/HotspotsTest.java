package org.cseprofile.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.period.Period;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Hot spots of hand-built point patterns on small study regions, checked against hand-worked and brute-force values. */
@ExtendWith(SparkExtension.class)
class HotspotsTest {
  static final Period Q4 = Period.parseQuarter("2016-Q4");
  static final String IN_Q4 = "2016-11-15";

  @Test
  void workedExampleMatchesTheHandValuesAndAnIndependentImplementation(SparkSession spark) {
    // The 4 x 4 example of docs/metrics.md (and GiStarTest), 250 m cells, rows numbered from the south:
    //   row 3: 0 0 0 0 / row 2: 0 3 1 0 / row 1: 0 2 4 0 / row 0: 0 0 0 1
    int[][] counts = {{0, 0, 0, 1}, {0, 2, 4, 0}, {0, 3, 1, 0}, {0, 0, 0, 0}}; // [row][column]
    PointPatterns points = new PointPatterns();
    for (int row = 0; row < 4; row++) {
      for (int column = 0; column < 4; column++) {
        points.incidentsInCell(counts[row][column], column, row, IN_Q4, "hotel");
      }
    }
    HotspotSettings settings = HotspotSettings.DEFAULT.withRegion(new StudyRegion(0, 0, 1000, 1000));

    Map<String, Row> cells = byCellId(analyse(spark, points, settings).cells(), "period", "incidents");

    assertThat(cells.keySet()).containsExactlyInAnyOrder(
        "E250-N250-250m", "E500-N250-250m", "E250-N500-250m", "E500-N500-250m", "E750-N0-250m");
    Row two = cells.get("E250-N250-250m");
    assertThat(two.<Long>getAs("events")).isEqualTo(2);
    assertThat(two.<Integer>getAs("neighbourhood_cells")).isEqualTo(9);
    assertThat(two.<Long>getAs("neighbourhood_events")).isEqualTo(10);
    assertThat(two.<Double>getAs("gi_z")).isCloseTo(61 / Math.sqrt(1575), within(1e-12));
    // p = 2 P(X >= 10), X ~ Binomial(11 events, 9/16 of the region)
    double q = 9.0 / 16;
    double tail = 11 * Math.pow(q, 10) * (1 - q) + Math.pow(q, 11);
    assertThat(two.<Double>getAs("gi_p")).isCloseTo(2 * tail, within(1e-15));
    assertThat(two.<String>getAs("gi_class")).isEqualTo("not_significant");
    Row corner = cells.get("E750-N0-250m");
    assertThat(corner.<Integer>getAs("neighbourhood_cells")).isEqualTo(4);
    assertThat(corner.<Double>getAs("gi_z")).isCloseTo(36 / Math.sqrt(1200), within(1e-12));
    assertThat(corner.<Integer>getAs("cell_easting")).isEqualTo(875);
    assertThat(corner.<Integer>getAs("cell_northing")).isEqualTo(125);

    assertMatchesBruteForce(cells, counts, 1);
  }

  @Test
  void randomPatternMatchesAnIndependentImplementationWithALargerNeighbourhood(SparkSession spark) {
    // 60 points at random on a 9 x 7 cell region, neighbourhood: queen contiguity of order 2 (up to 25 cells).
    PointPatterns points = new PointPatterns().randomIncidents(60, 9 * 250, 7 * 250, IN_Q4, 11);
    HotspotSettings settings = HotspotSettings.DEFAULT.withRegion(new StudyRegion(0, 0, 9 * 250, 7 * 250))
        .withNeighbourhood(new Neighbourhood(Contiguity.QUEEN, 2));

    Map<String, Row> cells = byCellId(analyse(spark, points, settings).cells(), "period", "incidents");

    int[][] counts = new int[7][9];
    cells.values().forEach(r -> counts[(r.<Integer>getAs("cell_northing") - 125) / 250]
        [(r.<Integer>getAs("cell_easting") - 125) / 250] = (int) (long) r.<Long>getAs("events"));
    assertThat(java.util.Arrays.stream(counts).flatMapToInt(java.util.Arrays::stream).sum()).isEqualTo(60);
    assertMatchesBruteForce(cells, counts, 2);
  }

  @Test
  void aSingleDenseClusterIsTheOneHotSpotAt99Percent(SparkSession spark) {
    // 25 incidents within 100 m of the centre of cell (20, 20) of a 40 x 40 cell region, and 60 scattered at random.
    PointPatterns points = new PointPatterns().randomIncidents(60, 10_000, 10_000, IN_Q4, 5);
    java.util.SplittableRandom jitter = new java.util.SplittableRandom(6);
    for (int i = 0; i < 25; i++) {
      points.incidentAt(5125 - 100 + jitter.nextInt(201), 5125 - 100 + jitter.nextInt(201), IN_Q4, "takeaway_shop");
    }
    HotspotSettings settings = HotspotSettings.DEFAULT.withRegion(new StudyRegion(0, 0, 10_000, 10_000));

    List<Row> cells = analyse(spark, points, settings).cells()
        .filter("time_window = 'period' and layer = 'incidents'").collectAsList();

    Set<String> hot = cells.stream().filter(r -> !r.<String>getAs("gi_class").equals("not_significant"))
        .map(r -> r.<String>getAs("cell_id") + " " + r.<String>getAs("gi_class")).collect(Collectors.toSet());
    Set<String> block = new java.util.HashSet<>();
    for (int e = 4750; e <= 5250; e += 250) {
      for (int n = 4750; n <= 5250; n += 250) {
        block.add("E" + e + "-N" + n + "-250m hot_99");
      }
    }
    assertThat(hot).as("the cluster's cell and its neighbours, nothing else").isEqualTo(block);
    Row first = cells.stream().filter(r -> Integer.valueOf(1).equals(r.getAs("rank"))).findFirst().orElseThrow();
    assertThat(first.<String>getAs("cell_id")).isEqualTo("E5000-N5000-250m");
    assertThat(first.<Long>getAs("events")).isGreaterThanOrEqualTo(25);
    assertThat(first.<Long>getAs("incidents_takeaway_shop")).isEqualTo(25);
  }

  @Test
  void completeSpatialRandomnessGivesNoHotSpotOnceEveryCellIsAllowedFor(SparkSession spark) {
    // 300 incidents at random over 1,600 cells: no real hot spot. Judged one cell at a time (p <= 0.10), dozens of
    // cells look hot by chance; the false discovery rate over the 1,600 tests leaves none.
    PointPatterns points = new PointPatterns().randomIncidents(300, 10_000, 10_000, IN_Q4, 21);
    HotspotSettings settings = HotspotSettings.DEFAULT.withRegion(new StudyRegion(0, 0, 10_000, 10_000));

    Map<String, Long> corrected = classes(analyse(spark, points, settings));
    Map<String, Long> uncorrected = classes(analyse(spark, points, settings.withMultipleTesting(MultipleTesting.NONE)));

    assertThat(corrected).containsOnlyKeys("not_significant");
    assertThat(uncorrected.getOrDefault("hot_90", 0L) + uncorrected.getOrDefault("hot_95", 0L)
        + uncorrected.getOrDefault("hot_99", 0L)).isGreaterThan(20);
  }

  @Test
  void paiPredictionAndPersistenceOfAKnownPatternWorkedByHand(SparkSession spark) {
    // A 20 x 20 cell region (400 cells). Cluster A at cell (5, 5): 10 incidents in Q2 and Q3, 12 in Q4
    // (7 at a hotel, 5 at a takeaway). Cluster B at cell (14, 14): 10 in Q3, 2 in Q4. Four lone incidents in Q4.
    PointPatterns points = new PointPatterns()
        .incidentsInCell(10, 5, 5, "2016-05-10", "hotel")
        .incidentsInCell(10, 5, 5, "2016-08-10", "hotel")
        .incidentsInCell(10, 14, 14, "2016-08-10", "park_open_space")
        .incidentsInCell(7, 5, 5, IN_Q4, "hotel")
        .incidentsInCell(5, 5, 5, IN_Q4, "takeaway_shop")
        .incidentsInCell(2, 14, 14, IN_Q4, "park_open_space")
        .incidentsInCell(1, 0, 19, IN_Q4, "other")
        .incidentsInCell(1, 19, 0, IN_Q4, "other")
        .incidentsInCell(1, 10, 2, IN_Q4, "other")
        .incidentsInCell(1, 2, 12, IN_Q4, "other")
        // not mapped, but counted: 4 online (one carrying the coordinates of cluster A), 2 without a location,
        // 1 outside the region
        .onlineIncidents(3, IN_Q4)
        .incidentAt(1375, 1375, IN_Q4, "online")
        .unlocatedIncidents(2, IN_Q4)
        .incidentAt(6000, 6000, IN_Q4, "other")
        // found locations: two at cluster A; one dated by its start (no end date); one found with no location;
        // one still missing (not a found event); one found in Q3 (previous period)
        .episode("01/10/2016", "03/10/2016", 1375, 1375)
        .episode("10/11/2016", "10/11/2016", 1300, 1400)
        .episode("20/12/2016", null, 1375, 1375)
        .episode("05/11/2016", "06/11/2016", null, null)
        .episode("15/12/2016", null, null, null)
        .episode("10/08/2016", "11/08/2016", 1375, 1375);
    HotspotSettings settings = HotspotSettings.DEFAULT.withRegion(new StudyRegion(0, 0, 5000, 5000)).withTopCells(2);

    HotspotTables tables = analyse(spark, points, settings);
    Map<String, Row> summary = new HashMap<>();
    tables.summary().collectAsList().forEach(r -> summary.put(r.getAs("time_window") + "/" + r.getAs("layer"), r));
    Row incidents = summary.get("period/incidents");

    // Accounting: 18 located in the region + 4 online + 2 unlocated + 1 outside = 25 incidents in Q4.
    assertThat(longs(incidents, "events", "located_events", "online_incidents", "unlocated_events", "outside_region",
        "region_cells", "cells_with_events")).containsExactly(25L, 18L, 4L, 2L, 1L, 400L, 6L);
    // Hot now: cluster A's cell and its 8 neighbours (12 events in the neighbourhood of each); B's 2 are not enough.
    assertThat(longs(incidents, "hot_cells_99", "hot_cells_95", "hot_cells_90", "hot_cells", "hot_cell_events"))
        .containsExactly(9L, 0L, 0L, 9L, 12L);
    // PAI = (n / N) / (a / A): hot cells (12/18) / (9/400) = 800/27; top 2 cells (A 12, B 2) (14/18) / (2/400) = 1400/9.
    assertThat(incidents.<Double>getAs("hot_pai")).isCloseTo(800.0 / 27, within(1e-12));
    assertThat(incidents.<Double>getAs("hot_event_share")).isCloseTo(12.0 / 18, within(1e-15));
    assertThat(incidents.<Double>getAs("hot_area_share")).isCloseTo(9.0 / 400, within(1e-15));
    assertThat(longs(incidents, "top_cells", "top_cell_events")).containsExactly(2L, 14L);
    assertThat(incidents.<Double>getAs("top_pai")).isCloseTo(1400.0 / 9, within(1e-12));
    // Q3's hot cells (A's and B's blocks, 18 cells holding Q3's 20 incidents) caught 12 + 2 = 14 of Q4's 18:
    // hit rate 14/18, prediction PAI (14/18) / (18/400) = 1400/81, recapture rate index (14/20) / (18/20) = 7/9.
    assertThat(longs(incidents, "previous_hot_cells", "previous_hot_cell_events", "previous_located_events",
        "hit_events", "persistent_hot_cells")).containsExactly(18L, 20L, 20L, 14L, 9L);
    assertThat(incidents.<Double>getAs("hit_rate")).isCloseTo(14.0 / 18, within(1e-15));
    assertThat(incidents.<Double>getAs("prediction_pai")).isCloseTo(1400.0 / 81, within(1e-12));
    assertThat(incidents.<Double>getAs("recapture_rate_index")).isCloseTo(7.0 / 9, within(1e-15));
    assertThat(incidents.<String>getAs("neighbourhood")).isEqualTo("queen 1");
    assertThat(incidents.<String>getAs("multiple_testing")).isEqualTo("fdr");
    assertThat(incidents.<Integer>getAs("region_max_easting")).isEqualTo(5000);

    // Found locations in Q4: 3 located (the undated-end one by its start), 1 unlocated; none online.
    Row found = summary.get("period/found");
    assertThat(longs(found, "events", "located_events", "online_incidents", "unlocated_events", "outside_region"))
        .containsExactly(4L, 3L, 0L, 1L, 0L);
    assertThat(longs(summary.get("period/combined"), "events", "located_events", "online_incidents",
        "unlocated_events", "outside_region")).containsExactly(29L, 21L, 4L, 3L, 1L);
    // No incidents in 2015: the 12 months have nothing to be predicted from.
    Row year = summary.get("12_months/incidents");
    assertThat(longs(year, "located_events", "previous_hot_cells", "previous_located_events")).containsExactly(48L, 0L, 0L);
    assertThat(year.isNullAt(year.fieldIndex("hit_rate"))).isTrue();
    assertThat(year.isNullAt(year.fieldIndex("prediction_pai"))).isTrue();
    assertThat(year.isNullAt(year.fieldIndex("recapture_rate_index"))).isTrue();

    Map<String, Row> cells = byCellId(tables.cells(), "period", "incidents");
    Row a = cells.get("E1250-N1250-250m");
    assertThat(longs(a, "events", "incidents", "found", "incidents_hotel", "incidents_takeaway_shop", "incidents_other"))
        .containsExactly(12L, 12L, 0L, 7L, 5L, 0L);
    Row combinedA = byCellId(tables.cells(), "period", "combined").get("E1250-N1250-250m");
    assertThat(longs(combinedA, "events", "incidents", "found", "incidents_hotel", "incidents_takeaway_shop"))
        .containsExactly(15L, 12L, 3L, 7L, 5L);
    assertThat(a.<String>getAs("gi_class")).isEqualTo("hot_99");
    assertThat(a.<String>getAs("previous_class")).isEqualTo("hot_99");
    assertThat(a.<Integer>getAs("periods_hot")).as("hot in Q4, Q3 and Q2").isEqualTo(3);
    assertThat(a.<Integer>getAs("rank")).isEqualTo(1);
    assertThat(a.<Double>getAs("cumulative_area_share")).isEqualTo(1.0 / 400);
    Row b = cells.get("E3500-N3500-250m");
    assertThat(b.<String>getAs("gi_class")).isEqualTo("not_significant");
    assertThat(b.<String>getAs("previous_class")).isEqualTo("hot_99");
    assertThat(b.<Integer>getAs("periods_hot")).isEqualTo(1);
    assertThat(b.<Integer>getAs("rank")).isEqualTo(2);
    assertThat(b.<Double>getAs("cumulative_event_share")).isCloseTo(14.0 / 18, within(1e-15));
    // An empty neighbour of A: listed because it is hot, with no events and no rank.
    Row neighbour = cells.get("E1500-N1500-250m");
    assertThat(neighbour.<Long>getAs("events")).isZero();
    assertThat(neighbour.<String>getAs("gi_class")).isEqualTo("hot_99");
    assertThat(neighbour.isNullAt(neighbour.fieldIndex("rank"))).isTrue();
    // The 12-month rows carry no periods_hot.
    Row aYear = byCellId(tables.cells(), "12_months", "incidents").get("E1250-N1250-250m");
    assertThat(aYear.<Long>getAs("events")).isEqualTo(32);
    assertThat(aYear.isNullAt(aYear.fieldIndex("periods_hot"))).isTrue();
  }

  @Test
  void noLocatedEventsGiveEmptyCellsAndACompleteSummary(SparkSession spark) {
    PointPatterns points = new PointPatterns().onlineIncidents(2, IN_Q4);

    HotspotTables tables = analyse(spark, points, HotspotSettings.DEFAULT);

    assertThat(tables.cells().count()).isZero();
    List<Row> summary = tables.summary().orderBy("time_window", "layer").collectAsList();
    assertThat(summary).hasSize(6);
    Row incidents = summary.stream().filter(r -> r.getAs("time_window").equals("period")
        && r.getAs("layer").equals("incidents")).findFirst().orElseThrow();
    assertThat(longs(incidents, "events", "online_incidents", "located_events", "region_cells", "hot_cells"))
        .containsExactly(2L, 2L, 0L, 0L, 0L);
    assertThat(incidents.isNullAt(incidents.fieldIndex("region_min_easting"))).isTrue();
    assertThat(incidents.isNullAt(incidents.fieldIndex("cell_mean"))).isTrue();
  }

  private static HotspotTables analyse(SparkSession spark, PointPatterns points, HotspotSettings settings) {
    return Hotspots.analyse(points.incidents(spark), points.missing(spark), Q4, settings);
  }

  private static Map<String, Row> byCellId(org.apache.spark.sql.Dataset<Row> cells, String window, String layer) {
    Map<String, Row> byId = new HashMap<>();
    cells.filter(cells.col("time_window").equalTo(window).and(cells.col("layer").equalTo(layer)))
        .collectAsList().forEach(r -> byId.put(r.getAs("cell_id"), r));
    return byId;
  }

  private static Map<String, Long> classes(HotspotTables tables) {
    Map<String, Long> classes = new HashMap<>();
    tables.cells().filter("time_window = 'period' and layer = 'incidents'").collectAsList()
        .forEach(r -> classes.merge(r.getAs("gi_class"), 1L, Long::sum));
    return classes;
  }

  private static List<Long> longs(Row row, String... columns) {
    List<Long> values = new ArrayList<>();
    for (String c : columns) {
      values.add(((Number) row.getAs(c)).longValue());
    }
    return values;
  }

  /**
   * Gi* of every listed cell recomputed the obvious way: for each cell, loop over every cell of the region with
   * weight 1 when it is within {@code radius} cells (queen), mean and standard deviation by two passes, and
   * Ord and Getis's formula with S1 = sum of squared weights.
   */
  private static void assertMatchesBruteForce(Map<String, Row> cells, int[][] counts, int radius) {
    int rows = counts.length;
    int columns = counts[0].length;
    int n = rows * columns;
    double mean = 0;
    for (int[] row : counts) {
      for (int x : row) {
        mean += x;
      }
    }
    mean /= n;
    double variance = 0;
    for (int[] row : counts) {
      for (int x : row) {
        variance += (x - mean) * (x - mean);
      }
    }
    double s = Math.sqrt(variance / n);
    int checked = 0;
    for (Row cell : cells.values()) {
      int ci = (cell.<Integer>getAs("cell_easting") - 125) / 250;
      int ri = (cell.<Integer>getAs("cell_northing") - 125) / 250;
      double weighted = 0;
      double weights = 0;
      double squaredWeights = 0;
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          double w = Math.abs(r - ri) <= radius && Math.abs(c - ci) <= radius ? 1 : 0;
          weighted += w * counts[r][c];
          weights += w;
          squaredWeights += w * w;
        }
      }
      double z = (weighted - mean * weights) / (s * Math.sqrt((n * squaredWeights - weights * weights) / (n - 1)));
      assertThat(cell.<Long>getAs("neighbourhood_events")).isEqualTo((long) weighted);
      assertThat(cell.<Integer>getAs("neighbourhood_cells")).isEqualTo((int) weights);
      assertThat(cell.<Double>getAs("gi_z")).as(cell.<String>getAs("cell_id")).isCloseTo(z, within(1e-9));
      checked++;
    }
    assertThat(checked).isPositive();
  }
}
