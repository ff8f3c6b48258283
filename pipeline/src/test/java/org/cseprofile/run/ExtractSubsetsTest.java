package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.cli.Cli;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.ingest.EducationExtract;
import org.cseprofile.ingest.HealthExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.ingest.SuspectsExtract;
import org.cseprofile.period.Period;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any subset of the optional extracts gives a complete run: the cohort alone, the cohort with each single
 * optional extract, all but each single one, and all. Tiny inline extracts (a few rows each), one session.
 */
@ExtendWith(SparkExtension.class)
class ExtractSubsetsTest {
  static final Period Q4 = Period.parseQuarter("2016-Q4");
  static final LocalDate RUN_DATE = LocalDate.of(2017, 1, 15);
  static final List<String> OPTIONAL = List.of(EducationExtract.NAME, HealthExtract.NAME, MissingExtract.NAME,
      IncidentsExtract.NAME, SuspectsExtract.NAME);

  /** Three cohort children in two authorities, open in 2016-Q4. */
  static final Map<String, String> FILES = new LinkedHashMap<>();

  static {
    FILES.put("cse_cohort.csv", """
        child_id,la_code,birth_month,gender,identified_date
        c1,E10000011,2002-03,F,2016-10-05
        c2,E10000011,2001-07,M,2016-11-12
        c3,E06000043,2003-01,F,2016-06-01
        """);
    FILES.put("education.csv", """
        child_id,recorded_date,education_status,roni,persistent_absence,exclusion
        c1,2016-09-01,alternative_provision,N,N,
        c2,2016-09-01,mainstream,N,N,
        """);
    FILES.put("health.csv", """
        child_id,contact_date,service
        c1,2016-10-10,sexual_health
        """);
    FILES.put("missing/E10000011.csv", """
        CHILD,DOB,MISSING,MIS_START,MIS_END,LA
        c1,15/03/2002,M,01/11/2016,03/11/2016,E10000011
        x9,01/01/2001,A,10/12/2016,,E10000011
        """);
    FILES.put("incidents.csv", """
        incident_id,recorded_date,la_code,incident_type,contact_type,place_type,easting,northing,victim_id,platform
        I1,2016-10-20,E10000011,crime,contact,park_open_space,552000,114000,c1,
        I2,2016-11-02,E10000011,concern,online,online,,,c2,snapchat
        """);
    FILES.put("suspects.csv", """
        incident_id,suspect_id,gender,birth_year,status,disruption
        I1,S1,M,1990,arrested,
        """);
  }

  @TempDir
  static Path work;

  /**
   * Six subsets in which every pair of optional extracts is seen in all four ways (both, either alone, neither),
   * a strength-2 covering array: every pairwise interaction of the 32 subsets (suspects without incidents,
   * missing without education, ...) with 6 whole runs instead of 32. Cohort alone and all five are among them;
   * cohort with missing alone is the README test below.
   */
  static Stream<Set<String>> subsets() {
    return Stream.of(
        Set.of(),
        Set.of(IncidentsExtract.NAME, SuspectsExtract.NAME),
        Set.of(HealthExtract.NAME, MissingExtract.NAME),
        Set.of(EducationExtract.NAME, MissingExtract.NAME, SuspectsExtract.NAME),
        Set.of(EducationExtract.NAME, HealthExtract.NAME, IncidentsExtract.NAME),
        Set.copyOf(OPTIONAL));
  }

  @Test
  void theSubsetsCoverEveryPairOfOptionalExtractsInAllFourWays() {
    List<Set<String>> subsets = subsets().toList();
    for (String a : OPTIONAL) {
      for (String b : OPTIONAL) {
        if (a.compareTo(b) < 0) {
          Set<String> seen = new TreeSet<>();
          subsets.forEach(s -> seen.add(s.contains(a) + "," + s.contains(b)));
          assertThat(seen).as(a + " with " + b).containsExactly("false,false", "false,true", "true,false", "true,true");
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("subsets")
  void everySubsetOfTheOptionalExtractsGivesACompleteRun(Set<String> optional, SparkSession spark) throws IOException {
    String name = optional.isEmpty() ? "cohort-only" : String.join("+", new TreeSet<>(optional));
    Path input = work.resolve("in-" + name);
    write(input, optional);
    Path output = work.resolve("out-" + name);

    assertThat(Validation.profilable(Validation.read(spark, input.toString(), RUN_DATE))).isEmpty();
    RunResult result = new ProfileRun(spark, RunListener.SILENT).run(
        new RunConfig(input.toString(), output.toString(), Q4, RUN_DATE, DisclosurePolicy.PARTNERSHIP));

    for (String table : result.written().tables()) {
      assertThat(spark.read().parquet(output.resolve("restricted").resolve(table).toString()).columns())
          .as(table).contains("period");
    }
    assertThat(output.resolve("published/2016-Q4/tables/input_files.csv")).isRegularFile();
    assertThat(output.resolve("published/2016-Q4/report.pdf")).isRegularFile();

    Row vulnerabilities = partnershipRow(spark, output, "vulnerabilities", "indicator", "missing_last_12_months");
    if (optional.contains(MissingExtract.NAME)) {
      assertThat(vulnerabilities.<Long>getAs("numerator")).isEqualTo(1L);
      Row summary = partnershipRow(spark, output, "missing_summary", "population", "all_missing");
      assertThat(summary.<Long>getAs("episodes")).isEqualTo(2L);
      assertThat(summary.<Long>getAs("children")).isEqualTo(2L);
    } else {
      assertThat(vulnerabilities.<Long>getAs("numerator")).isNull();
      Row summary = partnershipRow(spark, output, "missing_summary", "population", "all_missing");
      assertThat(summary.<Long>getAs("episodes")).isNull();
      assertThat(published(output, "missing_summary")).contains(",x,");
    }
    Row health = partnershipRow(spark, output, "vulnerabilities", "indicator", "sexual_health_contact_12_months");
    assertThat(health.<Long>getAs("numerator")).isEqualTo(optional.contains(HealthExtract.NAME) ? 1L : null);
    // Counts that need an extract not supplied are x, never 0. The cohort's 3 children (1 to 4: withheld, c) are
    // known without incidents; nothing else of the network is. With incidents but no suspects, the children linked
    // as victims (c1 and c2: 2, c) and the repeat victims (none of 2 or more incidents: 0 and 0) are counted. The
    // percent in groups of 3 or more suspects is x: its numerator is x, and not available wins over the withheld (c)
    // denominator (the cohort).
    String network = published(output, "network_summary").lines().skip(1).findFirst().orElseThrow();
    if (!optional.contains(IncidentsExtract.NAME)) {
      assertThat(network).isEqualTo("2016-Q4,partnership,ALL,x,x,x,x,x,x,c,x,x,x,x,x,x");
    } else if (!optional.contains(SuspectsExtract.NAME)) {
      assertThat(network).isEqualTo("2016-Q4,partnership,ALL,x,c,x,x,x,x,c,x,x,0,0,x,x");
    }
    // Without incidents every incident count of every area and breakdown is x, never 0; so are the cross-border
    // children with an incident elsewhere, "either" and its percent (and without missing episodes, the missing
    // elsewhere). The cohort's children (3 in ALL: c) are counted whatever was supplied.
    if (!optional.contains(IncidentsExtract.NAME)) {
      assertThat(published(output, "incidents_summary").lines().skip(1)).hasSize(3).allMatch(l -> l.endsWith(",x,x,x,x"));
      assertThat(published(output, "incidents_breakdown").lines().skip(1)).isNotEmpty().allMatch(l -> l.endsWith(",x"));
    }
    List<String> border = List.of(published(output, "cross_border").lines().skip(1).findFirst().orElseThrow()
        .split(","));
    assertThat(border.subList(0, 4)).containsExactly("2016-Q4", "partnership", "ALL", "c");
    assertThat(border.get(4).equals("x")).isEqualTo(!optional.contains(MissingExtract.NAME));
    assertThat(border.get(5).equals("x")).isEqualTo(!optional.contains(IncidentsExtract.NAME));
    assertThat(border.subList(6, 8).equals(List.of("x", "x"))).isEqualTo(!optional.contains(MissingExtract.NAME)
        || !optional.contains(IncidentsExtract.NAME));
    boolean linked = optional.contains(IncidentsExtract.NAME) && optional.contains(SuspectsExtract.NAME);
    if (!linked) {
      // Every size band, and every suspect count of every area and breakdown.
      assertThat(published(output, "network_size").lines().skip(1)).hasSize(5).allMatch(l -> l.endsWith(",x,x,x"));
      assertThat(published(output, "perpetrators_summary").lines().skip(1)).isNotEmpty()
          .allMatch(l -> l.endsWith(",x,x,x"));
      assertThat(published(output, "perpetrators_breakdown").lines().skip(1)).isNotEmpty()
          .allMatch(l -> l.endsWith(",x"));
    }
    long cells = spark.read().parquet(output.resolve("restricted/hotspot_cells").toString()).count();
    assertThat(cells > 0).isEqualTo(optional.contains(IncidentsExtract.NAME));
  }

  /** README's first command, on a folder of the bundled sample's cohort and SSDA903 missing files only. */
  @Test
  void theReadmeCommandRunsOnTheSamplesCohortAndMissingFilesAlone() throws IOException {
    Path sample = Path.of("..", "sample-data");
    Path input = work.resolve("sample-cohort-missing");
    Files.createDirectories(input.resolve("missing"));
    Files.createDirectories(input.resolve("reference"));
    Files.copy(sample.resolve("cse_cohort.csv"), input.resolve("cse_cohort.csv"));
    try (Stream<Path> files = Files.list(sample.resolve("missing"))) {
      for (Path f : files.toList()) {
        Files.copy(f, input.resolve("missing").resolve(f.getFileName()));
      }
    }
    // Reference files beside the extracts are not extracts.
    Files.copy(sample.resolve("reference/population.csv"), input.resolve("reference/population.csv"));
    Path output = work.resolve("sample-out");

    Result run = cli("run", "--input", input.toString(), "--output", output.toString(), "--period", "2016-Q4");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("reference");
    assertThat(output.resolve("published/2016-Q4/report.pdf")).isRegularFile();
    assertThat(output.resolve("restricted/hotspot_cells/period=2016-Q4")).isDirectory();
    assertThat(run.out()).contains("missing/E10000011.csv", "authority: la_column");
  }

  /** Ward boundaries for the inline extracts: West and East in E10000011, Harbour in E06000043 (British grid). */
  static final String WARDS = """
      {"type": "FeatureCollection",
       "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::27700"}},
       "features": [
        {"type": "Feature", "properties": {"LAD23CD": "E10000011", "LAD23NM": "Aville"},
         "geometry": {"type": "Polygon", "coordinates": [[[550000,110000],[560000,110000],[560000,120000],[550000,120000],[550000,110000]]]}},
        {"type": "Feature", "properties": {"LAD23CD": "E06000043", "LAD23NM": "Beeton"},
         "geometry": {"type": "Polygon", "coordinates": [[[560000,110000],[570000,110000],[570000,120000],[560000,120000],[560000,110000]]]}},
        {"type": "Feature", "properties": {"WD23CD": "W1", "WD23NM": "West", "LAD23CD": "E10000011"},
         "geometry": {"type": "Polygon", "coordinates": [[[550000,110000],[555000,110000],[555000,120000],[550000,120000],[550000,110000]]]}},
        {"type": "Feature", "properties": {"WD23CD": "W2", "WD23NM": "East", "LAD23CD": "E10000011"},
         "geometry": {"type": "Polygon", "coordinates": [[[555000,110000],[560000,110000],[560000,120000],[555000,120000],[555000,110000]]]}},
        {"type": "Feature", "properties": {"WD23CD": "H1", "WD23NM": "Harbour", "LAD23CD": "E06000043"},
         "geometry": {"type": "Polygon", "coordinates": [[[560000,110000],[570000,110000],[570000,120000],[560000,120000],[560000,110000]]]}}
       ]}
      """;

  /**
   * With ward boundaries and no incidents extract, the restricted place_counts holds null incidents (not available)
   * in every ward, never the 0 the hot spot step counts, while the children found are counted as with every extract.
   * By hand: c1's episode ended on 03/11/2016 and c1 was found at E 552,500 N 114,500, in West; x9's episode is still
   * open (no found location). So found: West 1, East 0, Harbour 0 (every ward of the partnership's two authorities
   * is listed). Published: incidents x in every ward; found 1 is withheld (c, 1 to 4), the zeros shown. The query
   * command reads the nulls (printed blank), and the run's summary at the terminal lists the table.
   */
  @Test
  void aWardsIncidentsAreNullWithoutTheIncidentsExtract(SparkSession spark) throws IOException {
    Path input = work.resolve("in-wards-no-incidents");
    write(input, Set.of());
    Files.createDirectories(input.resolve("missing"));
    Files.writeString(input.resolve("missing/E10000011.csv"), """
        CHILD,DOB,MISSING,MIS_START,MIS_END,LA,FOUND_EASTING,FOUND_NORTHING
        c1,15/03/2002,M,01/11/2016,03/11/2016,E10000011,552500,114500
        x9,01/01/2001,A,10/12/2016,,E10000011,,
        """, StandardCharsets.UTF_8);
    Path boundaries = work.resolve("wards.geojson");
    Files.writeString(boundaries, WARDS, StandardCharsets.UTF_8);
    Path output = work.resolve("out-wards-no-incidents");

    Result run = cli("run", "--input", input.toString(), "--output", output.toString(), "--period", "2016-Q4",
        "--boundaries", boundaries.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("place_counts");
    Map<String, List<Long>> wards = new TreeMap<>();
    spark.read().parquet(output.resolve("restricted/place_counts").toString()).filter("period = '2016-Q4'")
        .collectAsList().forEach(r -> wards.put(r.getAs("place_code"),
            java.util.Arrays.asList(r.<Long>getAs("incidents"), r.<Long>getAs("found"))));
    assertThat(wards).containsExactly(Map.entry("H1", java.util.Arrays.asList(null, 0L)),
        Map.entry("W1", java.util.Arrays.asList(null, 1L)), Map.entry("W2", java.util.Arrays.asList(null, 0L)));
    assertThat(published(output, "place_counts").lines().skip(1).sorted())
        .containsExactly("2016-Q4,partnership,E06000043,H1,Beeton,Harbour,ward,x,0",
            "2016-Q4,partnership,E10000011,W1,Aville,West,ward,x,c",
            "2016-Q4,partnership,E10000011,W2,Aville,East,ward,x,0");

    Result query = cli("query", "--output", output.toString(), "--format", "csv",
        "SELECT place_code, incidents, found FROM place_counts WHERE period = '2016-Q4' ORDER BY place_code");

    assertThat(query.code()).as(query.err()).isZero();
    assertThat(query.out().lines()).containsExactly("place_code,incidents,found", "H1,,0", "W1,,1", "W2,,0");
  }

  private record Result(int code, String out, String err) {}

  private static Result cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Row partnershipRow(SparkSession spark, Path output, String table, String column, String value) {
    List<Row> rows = spark.read().parquet(output.resolve("restricted").resolve(table).toString())
        .filter("la_code = 'ALL' and period = '2016-Q4' and " + column + " = '" + value + "'").collectAsList();
    assertThat(rows).as(table + " " + value).hasSize(1);
    return rows.get(0);
  }

  private static String published(Path output, String table) throws IOException {
    return Files.readString(output.resolve("published/2016-Q4/tables/" + table + ".csv"), StandardCharsets.UTF_8);
  }

  static void write(Path input, Set<String> optional) throws IOException {
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      String extract = file.getKey().replaceFirst("[/.].*", "");
      if (extract.equals("cse_cohort") || optional.contains(extract)) {
        Path path = input.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
    }
  }
}
