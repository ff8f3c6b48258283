package org.cseprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.catalogue.ProfileCatalogue;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every path through the command line, via the same entry point the launcher uses. */
@ExtendWith(SparkExtension.class)
class CliTest {
  @TempDir
  static Path work;

  static Path sample;

  record Result(int exitCode, String out, String err) {}

  @BeforeAll
  static void generateSample(SparkSession spark) {
    sample = work.resolve("sample");
    Result generated = cli("generate-sample", "--seed", "3", "--children", "120", "--from", "2015-01-01",
        "--to", "2016-12-31", "--output", sample.toString());
    assertThat(generated.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(generated.out()).contains("cse_cohort", "Ground truth: ");
  }

  @Test
  void runOfTheLatestQuarterProducesTablesAndAChartAndSaysWhatItDid() throws IOException {
    Path out = work.resolve("out");

    // "latest" on 15 January 2017 is the last complete quarter, 2016-Q4.
    Result run = cli("run", "--input", sample.toString(), "--output", out.toString(), "--period", "latest",
        "--run-date", "2017-01-15", "--shuffle-partitions", "2");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("CSE problem profile 2016-Q4 (1 Oct 2016 to 31 Dec 2016), disclosure policy: partnership",
        "Input files (rows read = accepted + quarantined):", "cse_cohort.csv", "missing/E10000032.csv",
        "Children open to CSE concern (restricted, unsuppressed: not for publication):", "West Sussex",
        "restricted tables (analysts only): " + String.join(", ", ProfileCatalogue.names()) + ", quarantine",
        "board report: " + out.resolve("published/2016-Q4/report.pdf"),
        "board report: " + out.resolve("published/2016-Q4/report.html"),
        // Every profile table, and the input files, their warnings, field completeness and hot spot grid.
        "published tables: " + (ProfileCatalogue.TABLES.size() + 4) + " as CSV and Parquet in "
            + out.resolve("published/2016-Q4/tables") + "/",
        "charts: 10 as PNG and PDF in " + out.resolve("published/2016-Q4/charts") + "/");
    assertThat(run.out()).doesNotContain("published: ");
    assertThat(run.err()).contains("ingest and validate", "disclosure control").doesNotContain("warning");
    assertThat(out.resolve("restricted/cohort/period=2016-Q4")).isDirectory();
    for (String table : ProfileCatalogue.names()) {
      assertThat(out.resolve("restricted/" + table + "/period=2016-Q4")).as(table).isDirectory();
    }
    Path chart = out.resolve("published/2016-Q4/charts/age-gender-pyramid.png");
    assertThat(Files.readAllBytes(chart)).startsWith(0x89, 'P', 'N', 'G');
    assertNoChildIdIn(run.out() + run.err());
  }

  @Test
  void badArgumentsExitWithCodeTwoAndSayWhichOption() {
    Result badPeriod = cli("run", "--input", sample.toString(), "--output", work.resolve("x").toString(), "--period", "2016-Q5");
    assertThat(badPeriod.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(badPeriod.err()).contains("period must be a quarter written YYYY-Qn, for example 2016-Q4");
    assertThat(work.resolve("x")).as("a refused run creates no output folder").doesNotExist();

    Result future = cli("run", "--input", sample.toString(), "--output", work.resolve("x").toString(), "--period", "2016-Q4", "--run-date",
        "2016-11-01");
    assertThat(future.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(future.err()).contains("period must have ended by the run date");

    Result badRepeat = cli("run", "--input", sample.toString(), "--output", work.resolve("x").toString(), "--period", "2016-Q4",
        "--repeat-episodes", "1");
    assertThat(badRepeat.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(badRepeat.err()).contains("repeatEpisodes must be at least 2, was 1");

    Result missingOption = cli("run", "--input", sample.toString());
    assertThat(missingOption.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(missingOption.err()).contains("Missing required option", "--output");

    Result unknown = cli("run", "--input", "a", "--output", "b", "--period", "2016-Q4", "--colour", "red");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(unknown.err()).contains("Unknown options: '--colour', 'red'", "Try 'cse-profile run --help'");

    Result badAuthority = cli("generate-sample", "--authorities", "E06000043,X1", "--output", work.resolve("g").toString());
    assertThat(badAuthority.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(badAuthority.err()).contains("--authorities: X1 is not an English local authority code");
  }

  @Test
  void unusableInputExitsWithCodeThree() throws IOException {
    Result noFolder = cli("run", "--input", work.resolve("nowhere").toString(), "--output", work.resolve("x").toString(), "--period", "2016-Q4");
    assertThat(noFolder.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(noFolder.err()).contains("does not exist or is not a folder").doesNotContain("Exception");
    Path refused = work.resolve("refused");
    Result noFolderNewOutput = cli("run", "--input", work.resolve("nowhere").toString(), "--output", refused.toString(),
        "--period", "2016-Q4");
    assertThat(noFolderNewOutput.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(refused).as("no marker, lock or staging folder for a refused run").doesNotExist();

    Path noCohort = Files.createDirectories(work.resolve("no-cohort"));
    Files.writeString(noCohort.resolve("health.csv"), "child_id,contact_date,service\n");
    Result missingCohort = cli("run", "--input", noCohort.toString(), "--output", work.resolve("x").toString(), "--period", "2016-Q4");
    assertThat(missingCohort.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(missingCohort.err()).contains("no cse_cohort extract in", "expected cse_cohort.csv or a folder cse_cohort/");
    assertThat(work.resolve("x")).as("refused before the output folder is made").doesNotExist();

    Path brokenCohort = Files.createDirectories(work.resolve("broken-cohort"));
    Files.writeString(brokenCohort.resolve("cse_cohort.csv"), "child_id,gender\nSECRET-ID-1,F\n");
    Result rejected = cli("run", "--input", brokenCohort.toString(), "--output", work.resolve("o3").toString(),
        "--period", "2016-Q4", "--shuffle-partitions", "2");
    assertThat(rejected.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(rejected.err()).contains("cse_cohort.csv, column la_code: a required column is missing",
        "every cse_cohort file was rejected").doesNotContain("SECRET-ID-1");
  }

  @Test
  void helpShowsDefaultsAnExampleAndTheExitCodes() {
    Result help = cli("run", "--help");
    assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(help.out()).contains("cse-profile run --input sample-data --output out --period 2016-Q4",
        "Default: partnership", "Exit codes:", "3  unusable input");
    Result top = cli();
    assertThat(top.out()).contains("run", "generate-sample");
  }

  static Result cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void assertNoChildIdIn(String text) throws IOException {
    List<String> lines = Files.readAllLines(sample.resolve("cse_cohort.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String childId = line.substring(0, line.indexOf(','));
      assertThat(text).doesNotContain(childId);
    }
  }
}
