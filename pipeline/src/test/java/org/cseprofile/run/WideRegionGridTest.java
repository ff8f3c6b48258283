package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study region too wide for 1 km squares on one page (issue 19): two clusters of incidents 300 km apart east to
 * west and 400 km north to south. The Gi* analysis keeps its 250 m cells; the published grid is re-counted on 3 km
 * squares, each the sum of the fine cells in it, and the map and the report say so.
 */
@ExtendWith(SparkExtension.class)
class WideRegionGridTest {
  static final String COHORT = """
      child_id,la_code,birth_month,gender,identified_date
      c1,E10000011,2002-03,F,2016-10-05
      c2,E10000011,2001-07,M,2016-11-12
      """;

  /**
   * Cluster A, near the south-west corner of the region: 3 incidents at (100,100, 100,100) and 3 at (101,600,
   * 101,600), in two 1 km squares (E100000-N100000 and E101000-N101000), but in one 3 km square (E99000-N99000:
   * 99,000 to 102,000 both ways). Cluster B, near the north-east corner: 5 at (399,900, 499,900), in the 3 km square
   * E399000-N498000, and 2 at (396,100, 499,900), in E396000-N498000. Each cluster holds over a tenth of the 13
   * located events, so neither is a stray and the region is the rectangle of 250 m cells holding both: columns 400
   * (100,100 / 250 = 400.4) to 1,599 (399,900 / 250 = 1,599.6), rows 400 to 1,999 (499,900 / 250), that is eastings
   * 100,000 to 400,000 and northings 100,000 to 500,000, 300 x 400 km: 120,000 squares of 1 km and 150 x 200 = 30,000
   * of 2 km, over the 20,000 limit; of 3 km, columns 33 (100,000 / 3,000 = 33.3 down) to 133 (399,999 / 3,000 = 133.3
   * down) and rows 33 to 166 (499,999 / 3,000 = 166.7 down): 101 x 134 = 13,534, under it.
   */
  static final String INCIDENTS = """
      incident_id,recorded_date,la_code,incident_type,contact_type,place_type,easting,northing,victim_id,platform
      A1,2016-10-03,E10000011,crime,contact,park_open_space,100100,100100,c1,
      A2,2016-10-04,E10000011,crime,contact,park_open_space,100100,100100,c1,
      A3,2016-10-05,E10000011,crime,contact,park_open_space,100100,100100,c2,
      A4,2016-10-06,E10000011,crime,contact,park_open_space,101600,101600,c1,
      A5,2016-10-07,E10000011,crime,contact,park_open_space,101600,101600,c2,
      A6,2016-10-08,E10000011,crime,contact,park_open_space,101600,101600,c2,
      B1,2016-11-01,E10000011,crime,contact,park_open_space,399900,499900,c1,
      B2,2016-11-02,E10000011,crime,contact,park_open_space,399900,499900,c1,
      B3,2016-11-03,E10000011,crime,contact,park_open_space,399900,499900,c2,
      B4,2016-11-04,E10000011,crime,contact,park_open_space,399900,499900,c2,
      B5,2016-11-05,E10000011,crime,contact,park_open_space,399900,499900,c1,
      B6,2016-11-06,E10000011,crime,contact,park_open_space,396100,499900,c1,
      B7,2016-11-07,E10000011,crime,contact,park_open_space,396100,499900,c2,
      """;

  @TempDir
  static Path work;

  @Test
  void theGridIsPublishedOnThreeKilometreSquaresThatSumTheFineCells(SparkSession spark) throws IOException {
    Path input = work.resolve("in");
    Files.createDirectories(input);
    Files.writeString(input.resolve("cse_cohort.csv"), COHORT, StandardCharsets.UTF_8);
    Files.writeString(input.resolve("incidents.csv"), INCIDENTS, StandardCharsets.UTF_8);
    Path output = work.resolve("out");
    new ProfileRun(spark, RunListener.SILENT).run(new RunConfig(input.toString(), output.toString(),
        ExtractSubsetsTest.Q4, ExtractSubsetsTest.RUN_DATE, DisclosurePolicy.PARTNERSHIP));

    Row region = spark.read().parquet(output.resolve("restricted/hotspot_summary").toString())
        .filter("time_window = '12_months' and layer = 'incidents'").collectAsList().get(0);
    assertThat(List.of(region.<Integer>getAs("region_min_easting"), region.<Integer>getAs("region_min_northing"),
        region.<Integer>getAs("region_max_easting"), region.<Integer>getAs("region_max_northing")))
        .containsExactly(100_000, 100_000, 400_000, 500_000);
    // The analysis is unchanged: 250 m cells, 1,200 x 1,600 of them.
    assertThat(region.<Integer>getAs("cell_size_m")).isEqualTo(250);
    assertThat(region.<Long>getAs("region_cells")).isEqualTo(1_920_000L);

    // The restricted fine cells of the 12 months: four cells of 250 m holding 3, 3, 5 and 2 incidents.
    Map<String, Long> fine = new TreeMap<>();
    spark.read().parquet(output.resolve("restricted/hotspot_cells").toString())
        .filter("time_window = '12_months' and layer = 'incidents' and events > 0").collectAsList()
        .forEach(r -> fine.put(r.getAs("cell_id"), r.<Number>getAs("events").longValue()));
    assertThat(fine).containsExactly(Map.entry("E100000-N100000-250m", 3L), Map.entry("E101500-N101500-250m", 3L),
        Map.entry("E396000-N499750-250m", 2L), Map.entry("E399750-N499750-250m", 5L));

    // Published: 3 + 3 = 6 in A's square (shown; on 1 km squares both 3s would be withheld), 5 shown, 2 withheld (c).
    // Grid references name a 3 km square by the 1 km square at its centre: (100,500, 100,500) is in SR (the
    // 100 km square 1 east, 1 north), 00 00; (397,500, 499,500) in SD (3 east, 4 north), 97 99; (400,500, 499,500)
    // in SE (4 east, 4 north), 00 99.
    List<String> grid = csv(output.resolve("published/2016-Q4/tables/hotspot_grid.csv")).stream()
        .map(r -> String.join(" ", r.get("layer"), r.get("cell_id"), r.get("cell_easting"), r.get("cell_northing"),
            r.get("cell_size_m"), r.get("grid_reference"), r.get("events")))
        .toList();
    assertThat(grid).containsExactlyInAnyOrder(
        "incidents E99000-N99000-3000m 100500 100500 3000 SR 00 00 6",
        "incidents E396000-N498000-3000m 397500 499500 3000 SD 97 99 c",
        "incidents E399000-N498000-3000m 400500 499500 3000 SE 00 99 5");

    try (PDDocument report = Loader.loadPDF(output.resolve("published/2016-Q4/report.pdf").toFile())) {
      String text = new PDFTextStripper().getText(report).replaceAll("\\s+", " ");
      assertThat(text).contains("counted on 3 km squares of the British National Grid");
    }
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }
}
