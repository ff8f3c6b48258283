package org.cseprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprofile.cli.CliTest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.cli.CliTest.Result;
import org.cseprofile.run.ProfileRun;
import org.cseprofile.serve.ServeAddress;
import org.cseprofile.serve.WarmClient;
import org.cseprofile.serve.WarmServer;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.table.StagedOutput;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code run}: windows, ad hoc filters, the manifest, owner-only and reproducible outputs. */
@ExtendWith(SparkExtension.class)
class RunCommandTest {
  @TempDir
  static Path work;

  static Path sample;
  static Path standard;
  static Result standardRun;
  static SparkSession spark;

  @BeforeAll
  static void runTheStandardProfile(SparkSession session) {
    spark = session;
    sample = work.resolve("sample");
    assertThat(cli("generate-sample", "--seed", "5", "--children", "150", "--from", "2015-01-01", "--to", "2016-12-31",
        "--output", sample.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    standard = work.resolve("standard");
    standardRun = run(standard, "--period", "2016-Q4");
    assertThat(standardRun.exitCode()).as(standardRun.err()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void theManifestRecordsInputsCodeSettingsOutputsAndTimings() throws Exception {
    JsonNode m = new ObjectMapper().readTree(standard.resolve("runs/2016-Q4/manifest.json").toFile());

    assertThat(m.get("run_id").asText()).matches("\\d{8}T\\d{6}Z-[0-9a-f]{6}");
    assertThat(standardRun.out()).contains("(run " + m.get("run_id").asText() + ")",
        "manifest: " + standard.resolve("runs/2016-Q4/manifest.json"));
    assertThat(m.get("command_line").get(0).asText()).isEqualTo("cse-profile");
    assertThat(m.get("command_line").get(1).asText()).isEqualTo("run");
    assertThat(m.at("/period/label").asText()).isEqualTo("2016-Q4");
    assertThat(m.at("/period/start").asText()).isEqualTo("2016-10-01");
    assertThat(m.at("/filters/description").asText()).isEqualTo("none (standard profile)");
    assertThat(m.at("/code/project_version").asText()).isNotBlank();
    assertThat(m.at("/spark/version").asText()).isEqualTo(spark.version());
    assertThat(m.at("/disclosure_policy/name").asText()).isEqualTo("partnership");
    assertThat(m.at("/disclosure_policy/largest_suppressed").asInt()).isEqualTo(4);
    JsonNode cohortFile = m.get("inputs").get(0);
    assertThat(cohortFile.get("file").asText()).isEqualTo("cse_cohort.csv");
    assertThat(cohortFile.get("sha256").asText()).isEqualTo(sha256(sample.resolve("cse_cohort.csv")));
    assertThat(cohortFile.get("bytes").asLong()).isEqualTo(Files.size(sample.resolve("cse_cohort.csv")));
    assertThat(cohortFile.get("rows_read").asLong())
        .isEqualTo(cohortFile.get("accepted").asLong() + cohortFile.get("quarantined").asLong())
        .isEqualTo(Files.readAllLines(sample.resolve("cse_cohort.csv")).size() - 1);
    assertThat(m.get("inputs")).hasSize(8);
    JsonNode tables = m.at("/outputs/tables");
    assertThat(tables.get(0).get("name").asText()).isEqualTo("cohort");
    assertThat(tables.get(0).get("location").asText()).isEqualTo("restricted/cohort/period=2016-Q4");
    long cohortRows = spark.read().parquet(standard.resolve("restricted/cohort").toString())
        .filter("period = '2016-Q4'").count();
    assertThat(tables.get(0).get("rows").asLong()).isEqualTo(cohortRows).isEqualTo(4); // three authorities and ALL
    List<String> files = new ArrayList<>();
    m.at("/outputs/files").forEach(f -> files.add(f.get("location").asText()));
    assertThat(files).startsWith("published/2016-Q4/tables/cohort.csv", "published/2016-Q4/tables/cohort.parquet")
        .contains("published/2016-Q4/charts/age-gender-pyramid.png", "published/2016-Q4/report.pdf");
    JsonNode chart = m.at("/outputs/files").get(files.indexOf("published/2016-Q4/charts/age-gender-pyramid.png"));
    assertThat(chart.get("sha256").asText())
        .isEqualTo(sha256(standard.resolve("published/2016-Q4/charts/age-gender-pyramid.png")));
    List<String> stages = new ArrayList<>();
    m.get("timings_seconds").fieldNames().forEachRemaining(stages::add);
    assertThat(m.at("/settings/hotspots/cell_size_metres").asInt()).isEqualTo(250);
    assertThat(m.at("/settings/hotspots/neighbourhood").asText()).isEqualTo("queen 1");
    assertThat(m.at("/settings/repeat_missing/episodes").asInt()).isEqualTo(3);
    assertThat(stages).containsExactly("ingest and validate", "network", "profile", "hotspots", "write tables", "disclosure control",
        "charts and report", "verify and publish");
  }

  @Test
  void outputsAreOwnerOnlyAndNoStagingIsLeftBehind() throws IOException {
    try (Stream<Path> all = Files.walk(standard)) {
      for (Path p : all.toList()) {
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        assertThat(mode).as(standard.relativize(p).toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
      }
    }
    assertThat(standard.resolve("_staging")).doesNotExist();
  }

  @Test
  void rerunningThePeriodInAWarmSessionGivesIdenticalBytes() throws Exception {
    // Finding 9: footers and quarantine row order differed between runs. The rerun goes through a warm session
    // (cse-profile serve), whose results must be those of a run on its own; a run refused there (its output busy)
    // leaves the session working.
    Path rerun = work.resolve("rerun");
    ServeAddress address = new ServeAddress(work.resolve("session/serve.sock"));
    WarmServer server = new WarmServer(address, (args, out, err) -> {
      SparkSession.setActiveSession(spark.newSession());
      try {
        return Cli.execute(args, out, err);
      } finally {
        SparkSession.clearActiveSession();
      }
    }, () -> spark.catalog().clearCache(), java.time.Duration.ofMinutes(10));
    Thread serving = new Thread(server::serve);
    serving.start();
    Result refused;
    Result again;
    try {
      for (int i = 0; i < 100 && !WarmClient.answers(address); i++) {
        Thread.sleep(50);
      }
      try (StagedOutput busy = StagedOutput.open(new OutputLayout(rerun.toString()), new org.apache.hadoop.conf.Configuration(),
          "20170115T000000Z-000000", notice -> { })) {
        refused = run(rerun, "--period", "2016-Q4", "--server", address.socket().toString());
      }
      again = run(rerun, "--period", "2016-Q4", "--server", address.socket().toString());
    } finally {
      server.stop();
      serving.join(60_000);
    }

    assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.OUTPUT_BUSY);
    assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(address.log())).contains("run: exit 5", "run: exit 0").doesNotContain(sample.toString());
    for (String table : List.of("cohort", "age_by_gender", "hotspot_cells")) {
      assertThat(rows(rerun, table)).as(table).isEqualTo(rows(standard, table)).isNotEmpty();
    }
    // Every restricted and published file, byte for byte; Parquet part files are named by a random job id, so
    // a table's files are compared in the order of their contents. The report and the chart PDFs are dated by the
    // produced day and identified by a digest of their source; the manifest names the run.
    Map<String, List<String>> first = outputFiles(standard);
    Map<String, List<String>> second = outputFiles(rerun);
    assertThat(first.keySet()).contains("restricted/cohort/period=2016-Q4", "published/2016-Q4/tables/cohort.parquet",
        "published/2016-Q4/charts/age-gender-pyramid.png", "published/2016-Q4/charts/age-gender-pyramid.pdf",
        "published/2016-Q4/report.pdf");
    assertThat(second).isEqualTo(first);
  }

  /** The SHA-256 of every output file of 2016-Q4 but the manifest, by folder for restricted tables. */
  static Map<String, List<String>> outputFiles(Path output) throws IOException {
    Map<String, List<String>> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(output)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        String relative = output.relativize(p).toString();
        if (relative.startsWith("published/2016-Q4/")) {
          files.put(relative, List.of(sha256Unchecked(p)));
        } else if (relative.startsWith("restricted/") && relative.contains("/period=2016-Q4/")
            && relative.endsWith(".parquet")) {
          files.computeIfAbsent(relative.substring(0, relative.lastIndexOf('/')), k -> new ArrayList<>())
              .add(sha256Unchecked(p));
        }
      }
    }
    files.values().forEach(list -> {
      if (list instanceof ArrayList<String> sortable) {
        sortable.sort(null);
      }
    });
    return files;
  }

  private static String sha256Unchecked(Path file) {
    try {
      return sha256(file);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aFilteredRunWritesOnlyToItsOwnRestrictedFolderAndAgreesWithTheStandardProfile() throws IOException {
    List<String> standardBefore = rows(standard, "cohort");
    Result filtered = run(standard, "--period", "2016-Q4", "--gender", "f", "--age-min", "13", "--age-max", "17");

    assertThat(filtered.exitCode()).as(filtered.err()).isEqualTo(ExitCodes.OK);
    Path own = standard.resolve("filtered/gender-F_age-13-17");
    assertThat(filtered.out()).contains("AD HOC, FILTERED: gender F; aged 13 to 17 at period end",
        "Written to " + own + " (run ");
    JsonNode m = new ObjectMapper().readTree(own.resolve("runs/2016-Q4/manifest.json").toFile());
    assertThat(m.at("/filters/description").asText()).isEqualTo("gender F; aged 13 to 17 at period end");
    assertThat(m.at("/filters/gender").asText()).isEqualTo("F");
    assertThat(m.at("/filters/age_min").asInt()).isEqualTo(13);
    assertThat(m.at("/filters/rows_kept/cse_cohort/kept").asLong())
        .isLessThan(m.at("/filters/rows_kept/cse_cohort/accepted").asLong()).isPositive();

    // The filtered cohort is exactly the standard profile's girls aged 13 to 17, area by area.
    Map<String, Long> expected = new TreeMap<>();
    spark.read().parquet(standard.resolve("restricted/age_by_gender").toString())
        .filter("period = '2016-Q4' AND gender = 'F' AND age BETWEEN 13 AND 17")
        .groupBy("la_code").sum("children").collectAsList()
        .forEach(r -> expected.put(r.getString(0), r.getLong(1)));
    Map<String, Long> actual = new TreeMap<>();
    spark.read().parquet(own.resolve("restricted/cohort").toString()).filter("period = '2016-Q4'").collectAsList()
        .forEach(r -> actual.put(r.getAs("la_code"), r.getAs("children_open")));
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.get("ALL")).isPositive();
    assertThat(rows(standard, "cohort")).as("the standard profile is untouched").isEqualTo(standardBefore);

    // Finding 2: the standard 2016-Q4 tables and a --gender M run of the same period, both published, gave the
    // children of unknown gender that the standard tables withhold (standard - M - F). A filtered run now
    // publishes nothing, so everything a board can receive comes from the one audited standard publication.
    assertThat(filtered.err()).contains("warning: " + ProfileRun.RESTRICTED_ONLY);
    assertThat(filtered.out()).contains("published: nothing (a filtered run is restricted)").doesNotContain("board report");
    assertThat(own.resolve("published")).as("a filtered run publishes nothing").doesNotExist();
    try (java.util.stream.Stream<Path> all = Files.walk(standard)) {
      assertThat(all.filter(Files::isRegularFile).map(p -> standard.relativize(p).toString())
          .filter(p -> p.contains("published/") || p.endsWith(".csv") || p.endsWith(".pdf") || p.endsWith(".png")))
          .as("every publishable file is the standard profile's").allMatch(p -> p.startsWith("published/"));
    }
    assertThat(m.at("/outputs/files")).isEmpty();
    Result report = cli("report", "--output", own.toString(), "--period", "2016-Q4");
    assertThat(report.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(report.err()).contains("no published tables for 2016-Q4");
  }

  @Test
  void aWindowIsProfiledUnderItsOwnLabelBesideTheQuarters() {
    Result window = run(standard, "--from", "2016-01-01", "--to", "2016-12-31");

    assertThat(window.exitCode()).as(window.err()).isEqualTo(ExitCodes.OK);
    assertThat(window.out()).startsWith("CSE problem profile 2016-01-01_2016-12-31 (1 Jan 2016 to 31 Dec 2016)");
    assertThat(standard.resolve("restricted/cohort/period=2016-01-01_2016-12-31")).isDirectory();
    assertThat(standard.resolve("restricted/cohort/period=2016-Q4")).isDirectory();
    long yearAll = spark.read().parquet(standard.resolve("restricted/cohort").toString())
        .filter("period = '2016-01-01_2016-12-31' AND la_code = 'ALL'").first().getAs("children_open");
    long q4All = spark.read().parquet(standard.resolve("restricted/cohort").toString())
        .filter("period = '2016-Q4' AND la_code = 'ALL'").first().getAs("children_open");
    assertThat(yearAll).isGreaterThan(q4All);
  }

  @Test
  void badPeriodAndFilterArgumentsExitWithCodeTwo() {
    Map<List<String>, String> cases = Map.of(
        List.of("--period", "2016-Q4", "--from", "2016-01-01", "--to", "2016-03-31"),
        "give either --period or --from and --to, not both",
        List.of(), "give --period (a quarter such as 2016-Q4, or 'latest') or --from and --to",
        List.of("--from", "2016-01-01"), "a custom window needs both --from and --to",
        List.of("--from", "2016-03-01", "--to", "2016-01-01"), "--to must not be before --from",
        List.of("--from", "1/1/2016", "--to", "2016-03-01"), "--from must be a date written yyyy-MM-dd",
        List.of("--period", "2016-Q4", "--la", "E10000032,Sussex"), "--la must be an ONS local authority code",
        List.of("--period", "2016-Q4", "--gender", "girls"), "--gender must be F, M or U",
        List.of("--period", "2016-Q4", "--age-min", "15", "--age-max", "13"), "--age-min must not be greater than --age-max",
        List.of("--period", "2016-Q4", "--age-min", "teen"), "Invalid value for option '--age-min'",
        List.of("--period", "2016-Q4", "--disclosure", "secret"), "disclosure policy must be partnership or public");
    cases = new java.util.LinkedHashMap<>(cases);
    cases.put(List.of("--period", "2016-Q4", "--boundary-fields", "ward:WD24CD"),
        "--boundary-fields must be LEVEL:CODE_FIELD:NAME_FIELD, for example ward:WD24CD:WD24NM");
    cases.put(List.of("--period", "2016-Q4", "--boundary-fields", "county:A:B"),
        "--boundary-fields: a boundary level must be authority, ward or lsoa");
    cases.forEach((extra, message) -> {
      List<String> args = new ArrayList<>(List.of("run", "--input", sample.toString(), "--output",
          work.resolve("never").toString()));
      args.addAll(extra);
      Result r = cli(args.toArray(String[]::new));
      assertThat(r.exitCode()).as(String.join(" ", extra)).isEqualTo(ExitCodes.BAD_ARGUMENTS);
      assertThat(r.err()).as(String.join(" ", extra)).contains(message);
    });
    assertThat(work.resolve("never")).doesNotExist();
  }

  @Test
  void anUnusableBoundaryOrPopulationFileStopsTheRunNamingIt() throws IOException {
    Path notBoundaries = work.resolve("areas.geojson");
    Files.writeString(notBoundaries, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", "
        + "\"properties\": {\"NAME\": \"x\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": "
        + "[[[500000,100000],[501000,100000],[501000,101000],[500000,100000]]]}}]}");
    Result r = run(work.resolve("unusable"), "--period", "2016-Q4", "--boundaries", notBoundaries.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.err()).contains("areas.geojson, feature 1: no code field ONS uses");
    Result p = run(work.resolve("unusable"), "--period", "2016-Q4", "--population", work.resolve("none.csv").toString());
    assertThat(p.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(p.err()).contains("none.csv: no such population file");
  }

  @Test
  void helpShowsTheWindowAndFilterExamples() {
    Result help = cli("run", "--help");
    assertThat(help.out()).contains("--from 2016-01-01 --to 2016-12-31", "--la E10000032 --gender F --age-min 13",
        "--period latest", "--boundaries sample-data/reference/boundaries.geojson",
        "out/filtered/la-E10000032_gender-F_age-13-up/", "5  output folder busy");
  }

  static Result run(Path output, String... periodAndFilters) {
    List<String> args = new ArrayList<>(List.of("run", "--input", sample.toString(), "--output", output.toString(),
        "--run-date", "2017-01-15", "--shuffle-partitions", "2"));
    args.addAll(List.of(periodAndFilters));
    return cli(args.toArray(String[]::new));
  }

  static List<String> rows(Path output, String table) {
    return spark.read().parquet(output.resolve("restricted/" + table).toString()).filter("period = '2016-Q4'")
        .orderBy("la_code").collectAsList().stream().map(Row::toString).sorted().toList();
  }

  /** Each table's 2016-Q4 Parquet file content, by table (file names carry a random id, so they are left out). */
  static String sha256(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    }
  }
}
