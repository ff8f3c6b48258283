package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.period.Period;
import org.cseprofile.testing.SampleRun;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The run on the bundled sample writes both hot spot tables, and they find the clusters the generator planted. */
@ExtendWith(SparkExtension.class)
class HotspotStepTest {
  static final Path SAMPLE = Path.of("..", "sample-data");
  static final Period Q4 = Period.parseQuarter("2016-Q4");

  static Path output;

  static RunResult result;
  static List<Row> cells;
  static Map<String, Row> summary = new HashMap<>();
  static List<int[]> centres = new ArrayList<>();
  /** The authority box with the densest uniform background: the smallest. */
  static JsonNode densest;

  @BeforeAll
  static void runTheSample(SparkSession spark) throws IOException {
    result = SampleRun.result(spark);
    output = SampleRun.output(spark);
    cells = spark.read().parquet(output.resolve("restricted/hotspot_cells").toString()).collectAsList();
    spark.read().parquet(output.resolve("restricted/hotspot_summary").toString()).collectAsList()
        .forEach(r -> summary.put(r.getAs("time_window") + "/" + r.getAs("layer"), r));
    JsonNode truth = new ObjectMapper().readTree(SAMPLE.resolve("ground-truth.json").toFile());
    truth.get("hotspots").get("centres").forEach(c -> centres.add(new int[] {c.get("easting").asInt(), c.get("northing").asInt()}));
    for (JsonNode area : truth.get("hotspots").get("areas")) {
      if (densest == null || boxArea(area) < boxArea(densest)) {
        densest = area;
      }
    }
  }

  @Test
  void bothTablesAreWrittenForThePeriod() {
    // The hot spot tables follow the profile's; the restricted network tables (issue 20) are written last.
    assertThat(result.written().tables()).containsSequence("completeness", "hotspot_cells", "hotspot_summary",
        "place_counts", "network_groups");
    assertThat(output.resolve("restricted/hotspot_cells/period=2016-Q4")).isDirectory();
    assertThat(output.resolve("restricted/hotspot_summary/period=2016-Q4")).isDirectory();
    assertThat(summary.keySet()).containsExactlyInAnyOrder("period/incidents", "period/found", "period/combined",
        "12_months/incidents", "12_months/found", "12_months/combined");
  }

  @Test
  void everyEventIsAccountedForAndOnlineIncidentsAreCountedApart() throws IOException {
    summary.values().forEach(r -> assertThat(r.<Long>getAs("events")).isEqualTo(r.<Long>getAs("located_events")
        + r.<Long>getAs("online_incidents") + r.<Long>getAs("unlocated_events") + r.<Long>getAs("outside_region")));
    // Counted straight from the CSV file: online incidents recorded in the quarter and in the 12 months.
    long quarter = 0;
    long year = 0;
    try (Reader in = Files.newBufferedReader(SAMPLE.resolve("incidents.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        LocalDate recorded = LocalDate.parse(r.get("recorded_date"));
        if (r.get("place_type").equals("online")) {
          quarter += Q4.contains(recorded) ? 1 : 0;
          year += recorded.getYear() == 2016 ? 1 : 0;
        }
      }
    }
    assertThat(summary.get("period/incidents").<Long>getAs("online_incidents")).isEqualTo(quarter).isPositive();
    assertThat(summary.get("12_months/combined").<Long>getAs("online_incidents")).isEqualTo(year);
  }

  @Test
  void everyPlantedClusterIsFoundAndNothingElseOutsideTheDensestBackground() {
    for (String analysis : List.of("period/combined", "12_months/combined", "12_months/found", "12_months/incidents")) {
      List<Row> hot = cells.stream()
          .filter(r -> analysis.equals(r.getAs("time_window") + "/" + r.getAs("layer")))
          .filter(r -> r.<String>getAs("gi_class").startsWith("hot_"))
          .toList();
      Map<String, Integer> group = groups(hot);
      List<Integer> centreGroups = new ArrayList<>();
      for (int[] c : centres) {
        // A centre lies on a corner of the 250 m grid: the four cells meeting there hold most of its cluster.
        for (int e : new int[] {c[0] - 250, c[0]}) {
          for (int n : new int[] {c[1] - 250, c[1]}) {
            String id = "E" + e + "-N" + n + "-250m";
            assertThat(hot).as("%s: cell %s by the centre %d, %d", analysis, id, c[0], c[1])
                .anyMatch(r -> r.getAs("cell_id").equals(id) && r.getAs("gi_class").equals("hot_99"));
          }
        }
        centreGroups.add(group.get("E" + c[0] + "-N" + c[1] + "-250m"));
      }
      // Clusters are told apart: centres over 2 km apart fall in separate groups of touching hot cells (only
      // Brighton's centre and station, 1.5 km apart in the densest background, may merge over 12 months).
      for (int i = 0; i < centres.size(); i++) {
        for (int j = i + 1; j < centres.size(); j++) {
          int[] a = centres.get(i);
          int[] b = centres.get(j);
          if (Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1])) > 2000) {
            assertThat(centreGroups.get(i)).as("%s: centres %d,%d and %d,%d", analysis, a[0], a[1], b[0], b[1])
                .isNotEqualTo(centreGroups.get(j));
          }
        }
      }
      // Away from the centres, locations are uniform in each authority's box. Brighton and Hove's box is the
      // smallest (82 km2, against 1,920 and 2,478) for 22% of events: its background is about four times the
      // partnership's average density, and chance coincidences there can be hot. Nowhere else.
      List<Row> elsewhere = hot.stream().filter(r -> centres.stream().noneMatch(c ->
          Math.abs(c[0] - r.<Integer>getAs("cell_easting")) <= 750
              && Math.abs(c[1] - r.<Integer>getAs("cell_northing")) <= 750)).toList();
      assertThat(elsewhere).as("%s: hot cells away from the planted centres", analysis).hasSizeLessThanOrEqualTo(10)
          .allMatch(r -> inBox(densest, r.getAs("cell_easting"), r.getAs("cell_northing")));
    }
  }

  @Test
  void hotSpotsPersistAndPredictTheNextPeriod() {
    Row combined = summary.get("period/combined");
    // Planted clusters do not move: most of last quarter's hot cells are hot again, and they catch
    // far more of this quarter's events than their share of the region.
    assertThat(combined.<Long>getAs("persistent_hot_cells")).isGreaterThan(combined.<Long>getAs("previous_hot_cells") / 2);
    assertThat(combined.<Double>getAs("hit_rate")).isGreaterThan(0.5);
    assertThat(combined.<Double>getAs("prediction_pai")).isGreaterThan(100);
    assertThat(combined.<Double>getAs("recapture_rate_index")).isBetween(0.7, 1.3);
  }

  /** Connected groups of hot cells (touching at an edge or a corner): a group number for each cell id. */
  private static Map<String, Integer> groups(List<Row> hot) {
    Map<String, int[]> byId = new HashMap<>();
    hot.forEach(r -> byId.put(r.getAs("cell_id"), new int[] {r.getAs("cell_easting"), r.getAs("cell_northing")}));
    Map<String, Integer> group = new HashMap<>();
    for (String start : byId.keySet()) {
      if (group.containsKey(start)) {
        continue;
      }
      int number = group.size();
      group.put(start, number);
      List<String> queue = new ArrayList<>(List.of(start));
      while (!queue.isEmpty()) {
        int[] here = byId.get(queue.remove(queue.size() - 1));
        byId.forEach((id, there) -> {
          if (Math.abs(there[0] - here[0]) <= 250 && Math.abs(there[1] - here[1]) <= 250 && !group.containsKey(id)) {
            group.put(id, number);
            queue.add(id);
          }
        });
      }
    }
    return group;
  }

  private static long boxArea(JsonNode area) {
    return (long) (area.get("max_easting").asInt() - area.get("min_easting").asInt())
        * (area.get("max_northing").asInt() - area.get("min_northing").asInt());
  }

  private static boolean inBox(JsonNode area, int easting, int northing) {
    return easting >= area.get("min_easting").asInt() && easting <= area.get("max_easting").asInt()
        && northing >= area.get("min_northing").asInt() && northing <= area.get("max_northing").asInt();
  }
}
