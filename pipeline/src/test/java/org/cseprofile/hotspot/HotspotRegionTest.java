package org.cseprofile.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.geography.BoundaryFile;
import org.cseprofile.geography.GeographySettings;
import org.cseprofile.geography.ReferenceGeography;
import org.cseprofile.period.Period;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

@ExtendWith(SparkExtension.class)
class HotspotRegionTest {
  static final Period Q4 = Period.parseQuarter("2016-Q4");
  static final String IN_Q4 = "2016-11-15";

  /** Cluster A (12 incidents) and B (2), four lone incidents: all within 5 km of each other. */
  private static PointPatterns pattern() {
    return new PointPatterns()
        .incidentsInCell(12, 5, 5, IN_Q4, "hotel")
        .incidentsInCell(2, 14, 14, IN_Q4, "park_open_space")
        .incidentsInCell(1, 0, 19, IN_Q4, "other")
        .incidentsInCell(1, 19, 0, IN_Q4, "other")
        .incidentsInCell(1, 10, 2, IN_Q4, "other")
        .incidentsInCell(1, 2, 12, IN_Q4, "other");
  }

  /**
   * The failure: one incident geocoded 500 km away stretched the automatic region from 400 cells to millions.
   * Now it is left out: the region (cells 0 to 19 both ways, 400 cells), the hot cells and the PAI are those of the
   * pattern alone, and the stray is counted in outside_region and reported (without its place).
   */
  @Test
  void aFarStrayPointChangesNeitherRegionNorPaiNorHotCells(SparkSession spark) {
    HotspotTables alone = Hotspots.analyse(pattern().incidents(spark), pattern().missing(spark), Q4,
        HotspotSettings.DEFAULT);
    PointPatterns withStray = pattern().incidentAt(400_000, 500_000, IN_Q4, "other");
    HotspotTables stray = Hotspots.analyse(withStray.incidents(spark), withStray.missing(spark), Q4,
        HotspotSettings.DEFAULT);

    Row before = summary(alone, "period", "incidents");
    Row after = summary(stray, "period", "incidents");
    for (String column : List.of("region_min_easting", "region_min_northing", "region_max_easting",
        "region_max_northing", "region_cells", "located_events", "hot_cells", "hot_cell_events", "hot_pai", "top_pai")) {
      assertThat((Object) after.getAs(column)).as(column).isEqualTo(before.getAs(column));
    }
    assertThat(((Number) before.getAs("region_cells")).longValue()).isEqualTo(400);
    assertThat(((Number) before.getAs("outside_region")).longValue()).isZero();
    assertThat(((Number) after.getAs("outside_region")).longValue()).isEqualTo(1);
    assertThat(after.<String>getAs("region_rule")).isEqualTo("events");
    assertThat(hotCells(stray)).isEqualTo(hotCells(alone)).isNotEmpty();
    assertThat(alone.region().outsideEvents()).isZero();
    assertThat(stray.region().outsideEvents()).isEqualTo(1);
    assertThat(stray.region().rule()).isEqualTo(RegionRule.EVENTS);
  }

  /**
   * With boundaries the region is the partnership's authorities: A and B, 20 km by 10 km, 80 x 40 = 3,200 cells of
   * 250 m. Events: 3 in West, 5 in East, 2 in Lakeside, 1 in the lake (in B, in no ward) and 1 outside both
   * authorities; found: 2 in West. Hand counts, and the same counts from an independent assignment (each point
   * tested against each ward's polygon, no index).
   */
  @Test
  void authoritiesAreTheRegionAndEventsAreCountedByWard(SparkSession spark, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("areas.geojson");
    Files.writeString(file, GEOJSON);
    ReferenceGeography geography = ReferenceGeography.read(new GeographySettings(List.of(file.toString()), List.of(),
        Optional.empty()), new Configuration());
    int[][] incidents = {{502125, 103125}, {502125, 103125}, {501000, 108000}, {507000, 101000}, {507000, 101000},
        {507000, 101000}, {508000, 109000}, {509999, 105000}, {512000, 102000}, {519000, 109000}, {515000, 105000},
        {530000, 105000}};
    int[][] found = {{502125, 103125}, {503000, 104000}};
    PointPatterns points = new PointPatterns();
    for (int[] p : incidents) {
      points.incidentAt(p[0], p[1], IN_Q4, "other");
    }
    for (int[] p : found) {
      points.episode("10/11/2016", "11/11/2016", p[0], p[1]);
    }
    HotspotTables tables = Hotspots.analyse(points.incidents(spark), points.missing(spark), Q4,
        HotspotSettings.DEFAULT, geography, List.of("E0000000A", "E0000000B"));

    Row summary = summary(tables, "12_months", "combined");
    assertThat(summary.<String>getAs("region_rule")).isEqualTo("authorities");
    assertThat(((Number) summary.getAs("region_cells")).longValue()).isEqualTo(3200);
    assertThat(((Number) summary.getAs("outside_region")).longValue()).isEqualTo(1);
    assertThat(tables.region().outsideEvents()).isEqualTo(1);

    Map<String, long[]> counted = new TreeMap<>();
    tables.placeCounts().collectAsList().forEach(r -> counted.put(r.<String>getAs("la_code") + "/"
        + r.<String>getAs("place_code") + "/" + r.<String>getAs("place_name"),
        new long[] {r.<Long>getAs("incidents"), r.<Long>getAs("found")}));
    assertThat(counted).containsOnlyKeys("E0000000A/W01/West", "E0000000A/W02/East", "E0000000B/W03/Lakeside");
    assertThat(counted.get("E0000000A/W01/West")).containsExactly(3, 2);
    assertThat(counted.get("E0000000A/W02/East")).containsExactly(5, 0);
    assertThat(counted.get("E0000000B/W03/Lakeside")).containsExactly(2, 0);

    Map<String, long[]> independent = independentAssignment(geography, incidents, found);
    counted.forEach((key, value) -> assertThat(value).as(key).containsExactly(independent.get(key.split("/")[1])));

    Row cell = tables.cells().filter("time_window = 'period' AND layer = 'incidents' AND cell_id = 'E502000-N103000-250m'")
        .first();
    assertThat(cell.<String>getAs("grid_reference")).isEqualTo("TQ 021 031");
    assertThat(cell.<String>getAs("place_code")).isEqualTo("W01");
    assertThat(cell.<String>getAs("authority_name")).isEqualTo("Aville");
  }

  /** Each point against each ward polygon in turn, first match by code: no STRtree, no gazetteer. */
  private static Map<String, long[]> independentAssignment(ReferenceGeography geography, int[][] incidents,
      int[][] found) {
    GeometryFactory factory = new GeometryFactory();
    Map<String, long[]> counts = new HashMap<>();
    for (int layer = 0; layer < 2; layer++) {
      for (int[] p : layer == 0 ? incidents : found) {
        var point = factory.createPoint(new Coordinate(p[0], p[1]));
        for (var ward : geography.gazetteer().smallAreas()) {
          if (ward.geometry().covers(point)) {
            counts.computeIfAbsent(ward.code(), k -> new long[2])[layer]++;
            break;
          }
        }
      }
    }
    return counts;
  }

  private static Row summary(HotspotTables tables, String window, String layer) {
    return tables.summary().filter("time_window = '" + window + "' AND layer = '" + layer + "'").first();
  }

  private static List<String> hotCells(HotspotTables tables) {
    return tables.cells().filter("gi_class IN ('hot_99', 'hot_95')").select("time_window", "layer", "cell_id")
        .orderBy("time_window", "layer", "cell_id").collectAsList().stream().map(Row::toString).toList();
  }

  static final String GEOJSON = """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"LAD23CD": "E0000000A", "LAD23NM": "Aville"},
         "geometry": {"type": "Polygon", "coordinates": [[[500000,100000],[510000,100000],[510000,110000],[500000,110000],[500000,100000]]]}},
        {"type": "Feature", "properties": {"LAD23CD": "E0000000B", "LAD23NM": "Beeton"},
         "geometry": {"type": "Polygon", "coordinates": [[[510000,100000],[520000,100000],[520000,110000],[510000,110000],[510000,100000]]]}},
        {"type": "Feature", "properties": {"WD23CD": "W01", "WD23NM": "West"},
         "geometry": {"type": "Polygon", "coordinates": [[[500000,100000],[505000,100000],[505000,110000],[500000,110000],[500000,100000]]]}},
        {"type": "Feature", "properties": {"WD23CD": "W02", "WD23NM": "East"},
         "geometry": {"type": "Polygon", "coordinates": [[[505000,100000],[510000,100000],[510000,110000],[505000,110000],[505000,100000]]]}},
        {"type": "Feature", "properties": {"WD23CD": "W03", "WD23NM": "Lakeside"},
         "geometry": {"type": "Polygon", "coordinates": [[[510000,100000],[520000,100000],[520000,110000],[510000,110000],[510000,100000]],
                                                          [[514000,104000],[514000,106000],[516000,106000],[516000,104000],[514000,104000]]]}}
      ]}
      """;
}
