package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.testing.SampleRun;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The sample run with its synthetic boundaries and population: the study region is the three authorities, the
 * published and restricted tables name places, ward counts agree with an independent assignment of the sample's own
 * CSV rows, rates agree with the population file read independently, and the report names wards.
 */
@ExtendWith(SparkExtension.class)
class PlacesStepTest {
  static final Path SAMPLE = SampleRun.SAMPLE;
  static Path output;
  static Path published;

  @BeforeAll
  static void runTheSample(SparkSession spark) {
    SampleRun.result(spark);
    output = SampleRun.output(spark);
    published = output.resolve("published/2016-Q4");
  }

  @Test
  void theStudyRegionIsThePartnershipsAuthorities(SparkSession spark) {
    List<Row> summary = spark.read().parquet(output.resolve("restricted/hotspot_summary").toString()).collectAsList();
    assertThat(summary).allSatisfy(r -> assertThat(r.<String>getAs("region_rule")).isEqualTo("authorities"));
    // The synthetic authorities are the generator's boxes, whose edges lie on 250 m lines: West Sussex 59 x 42 km,
    // East Sussex 60 x 32 km, and the 2 x 7.5 km of Brighton and Hove's box east of West Sussex's (the rest of it
    // lies inside West Sussex's): 2,478 + 1,920 + 15 = 4,413 km2, at 16 cells of 250 m per km2.
    assertThat(summary).allSatisfy(r -> assertThat(r.<Long>getAs("region_cells")).isEqualTo(4_413L * 16));
  }

  /**
   * Independent cross-check of place_counts: the sample's incidents and found locations of 2016 read from its CSV
   * files here, each point tested against the ward polygons read here from the GeoJSON with Jackson and JTS (no
   * gazetteer, no index, no Spark).
   */
  @Test
  void wardCountsMatchAnIndependentAssignmentOfTheSampleRows(SparkSession spark) throws IOException {
    Map<String, Geometry> wards = wards();
    Map<String, long[]> expected = new HashMap<>();
    LocalDate from = LocalDate.of(2016, 1, 1);
    LocalDate to = LocalDate.of(2016, 12, 31);
    for (CSVRecord r : csv(SAMPLE.resolve("incidents.csv"))) {
      LocalDate recorded = LocalDate.parse(r.get("recorded_date"));
      if (!r.get("place_type").equals("online") && !r.get("easting").isEmpty() && !recorded.isBefore(from)
          && !recorded.isAfter(to)) {
        assign(wards, expected, Double.parseDouble(r.get("easting")), Double.parseDouble(r.get("northing")), 0);
      }
    }
    DateTimeFormatter uk = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    try (DirectoryStream<Path> files = Files.newDirectoryStream(SAMPLE.resolve("missing"))) {
      for (Path file : files) {
        for (CSVRecord r : csv(file)) {
          String date = r.get("MIS_END").isEmpty() ? r.get("MIS_START") : r.get("MIS_END");
          LocalDate when = LocalDate.parse(date, uk);
          if (!r.get("FOUND_EASTING").isEmpty() && !when.isBefore(from) && !when.isAfter(to)) {
            assign(wards, expected, Double.parseDouble(r.get("FOUND_EASTING")),
                Double.parseDouble(r.get("FOUND_NORTHING")), 1);
          }
        }
      }
    }
    Map<String, long[]> counted = new HashMap<>();
    spark.read().parquet(output.resolve("restricted/place_counts").toString()).collectAsList().forEach(r ->
        counted.put(r.getAs("place_code"), new long[] {r.<Long>getAs("incidents"), r.<Long>getAs("found")}));
    assertThat(counted.keySet()).containsExactlyInAnyOrderElementsOf(wards.keySet());
    long total = 0;
    for (String ward : wards.keySet()) {
      long[] e = expected.getOrDefault(ward, new long[2]);
      assertThat(counted.get(ward)).as(ward).containsExactly(e[0], e[1]);
      total += e[0] + e[1];
    }
    assertThat(total).isGreaterThan(1000);
  }

  /** Independent cross-check of rates: children of each authority summed here from the population file's own columns. */
  @Test
  void ratesAreThePublishedCountOverThePopulationFile() throws IOException {
    Map<String, long[]> children = new HashMap<>();
    List<String> lines = Files.readAllLines(SAMPLE.resolve("reference/population.csv"));
    int header = 0;
    while (!lines.get(header).startsWith("Code,")) {
      header++;
    }
    for (String line : lines.subList(header + 1, lines.size())) {
      String[] cells = line.split(",");
      long all = 0;
      long older = 0;
      for (int age = 0; age <= 17; age++) {
        long n = Long.parseLong(cells[4 + age]);
        all += n;
        older += age >= 10 ? n : 0;
      }
      children.put(cells[0], new long[] {all, older});
    }
    Map<String, String> cohort = new HashMap<>();
    for (CSVRecord r : csv(published.resolve("tables/cohort.csv"))) {
      cohort.put(r.get("la_code"), r.get("children_open"));
    }
    int checked = 0;
    for (CSVRecord r : csv(published.resolve("tables/rates.csv"))) {
      if (!r.get("counted").equals("children_open") || r.get("la_code").equals("ALL")) {
        continue;
      }
      long[] c = children.get(r.get("la_code"));
      long residents = r.get("age_group").equals("0_17") ? c[0] : c[1];
      assertThat(Long.parseLong(r.get("residents"))).isEqualTo(residents);
      assertThat(r.get("count")).isEqualTo(cohort.get(r.get("la_code")));
      assertThat(Double.parseDouble(r.get("rate_per_10000")))
          .isCloseTo(Long.parseLong(cohort.get(r.get("la_code"))) * 10_000.0 / residents, within(0.01));
      checked++;
    }
    assertThat(checked).isEqualTo(6);
  }

  @Test
  void publishedSquaresAndTheReportNamePlaces() throws IOException {
    List<CSVRecord> grid = csv(published.resolve("tables/hotspot_grid.csv"));
    assertThat(grid).allSatisfy(r -> assertThat(r.get("grid_reference")).matches("[A-Z]{2} \\d{2} \\d{2}"));
    assertThat(grid).allSatisfy(r -> assertThat(r.get("authority_name")).isNotEmpty());
    assertThat(grid).anySatisfy(r -> assertThat(r.get("place_name")).isEqualTo("Regency"));
    try (PDDocument report = Loader.loadPDF(published.resolve("report.pdf").toFile())) {
      String text = new PDFTextStripper().getText(report).replaceAll("\\s+", " ");
      // The places section names places: in its sentence ("Lewes ward, TQ 41 10") and its table's rows.
      assertThat(text).containsPattern("The squares with the most incidents: [A-Za-z ]+: [A-Za-z' -]+ ward, [A-Z]{2} \\d{2} "
          + "\\d{2};");
      assertThat(text).contains("Brighton and Hove: Regency ward TQ 31 04", "The wards with the most incidents",
          "Rates per 10,000 children", "Hot spots were sought in the partnership's authorities",
          "Boundaries: synthetic");
    }
    assertThat(published.resolve("maps/boundaries.geojson")).exists();
    assertThat(published.resolve("charts/rates.png")).exists();
  }

  private static void assign(Map<String, Geometry> wards, Map<String, long[]> counts, double e, double n, int layer) {
    var point = new GeometryFactory().createPoint(new Coordinate(e, n));
    for (Map.Entry<String, Geometry> w : wards.entrySet()) {
      if (w.getValue().covers(point)) {
        counts.computeIfAbsent(w.getKey(), k -> new long[2])[layer]++;
        return;
      }
    }
  }

  /** The sample's wards, by code, in code order (the run gives a point on a shared edge to the lower code). */
  private static Map<String, Geometry> wards() throws IOException {
    JsonNode root = new ObjectMapper().readTree(SAMPLE.resolve("reference/boundaries.geojson").toFile());
    GeometryFactory factory = new GeometryFactory();
    Map<String, Geometry> wards = new java.util.TreeMap<>();
    for (JsonNode f : root.get("features")) {
      if (!f.get("properties").has("WD16CD")) {
        continue;
      }
      List<Polygon> polygons = new ArrayList<>();
      for (JsonNode polygon : f.get("geometry").get("coordinates")) {
        List<LinearRing> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
          Coordinate[] c = new Coordinate[ring.size()];
          for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
          }
          rings.add(factory.createLinearRing(c));
        }
        polygons.add(factory.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new)));
      }
      wards.put(f.get("properties").get("WD16CD").asText(), factory.createMultiPolygon(polygons.toArray(Polygon[]::new)));
    }
    return wards;
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }
}
