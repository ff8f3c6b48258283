package org.cseprofile.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.cli.Cli;
import org.cseprofile.cli.ExitCodes;
import org.cseprofile.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code cse-profile run} process is killed (SIGKILL) while it writes its tables; the
 * previous output must be intact and nothing half-written visible, and the next run must clean up
 * and publish. An integration test (a second JVM starting Spark takes about a minute here): it runs
 * with the cluster test, in CI and in scripts/integration-test.
 */
class KillAndRerunIT {
  @TempDir
  Path work;

  @Test
  void aRunKilledMidWriteLeavesThePreviousOutputAndTheNextRunCleansUp() throws Exception {
    Path sample = work.resolve("sample");
    Path out = work.resolve("out");
    assertThat(cli("generate-sample", "--seed", "9", "--children", "150", "--from", "2015-01-01", "--to", "2016-12-31",
        "--output", sample.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    String[] run = {"run", "--input", sample.toString(), "--output", out.toString(), "--period", "2016-Q4",
        "--run-date", "2017-01-15", "--shuffle-partitions", "2"};
    String[] runHere = concat(run, "--master", "local[2]");
    Result first = cli(runHere);
    SparkSession spark = SparkSession.active();
    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
    List<String> tablesBefore = rows(spark, out);
    List<String> filesBefore = visibleFiles(out);
    String runBefore = runId(out);

    Process child = startRun(run, "local[1]");
    Path staging = out.resolve("_staging");
    Instant deadline = Instant.now().plus(Duration.ofMinutes(10)); // a loaded 2-core machine needs minutes to reach the write stage
    while (!writingTables(staging)) {
      assertThat(child.isAlive()).as("the run ended before it was caught writing").isTrue();
      assertThat(Instant.now()).as("the run never started writing").isBefore(deadline);
      Thread.sleep(20);
    }
    child.destroyForcibly().waitFor();

    assertThat(rows(spark, out)).as("previous tables intact").isEqualTo(tablesBefore);
    assertThat(visibleFiles(out)).as("nothing new visible").isEqualTo(filesBefore);
    assertThat(runId(out)).isEqualTo(runBefore);
    // The lock is the operating system's: the file stays, naming the killed run, and the kernel released it.
    String killedRun = new ObjectMapper().readTree(out.resolve(".cse-profile-lock").toFile()).path("run_id").asText();
    assertThat(killedRun).as("the killed run took the lock").isNotEqualTo(runBefore).isNotEmpty();
    assertThat(staging.resolve(killedRun)).as("the killed run's staging").isDirectory();

    Result rerun = cli(runHere);

    assertThat(rerun.exitCode()).as(rerun.err()).isEqualTo(ExitCodes.OK);
    assertThat(rerun.err()).containsPattern("warning: deleting staging left by run \\S+, which stopped before "
        + "publishing; the previous output is unchanged");
    assertThat(staging.resolve(killedRun)).as("the killed run's staging, cleaned up").doesNotExist();
    // What may remain is this JVM's Spark scratch (_staging/spark-<pid>-...): its session outlives the run.
    if (Files.exists(staging)) {
      try (Stream<Path> left = Files.list(staging)) {
        assertThat(left.map(p -> p.getFileName().toString()).toList()).as("left in _staging")
            .allMatch(name -> name.startsWith("spark-" + ProcessHandle.current().pid() + "-"));
      }
    }
    assertThat(rows(spark, out)).isEqualTo(tablesBefore);
    assertThat(runId(out)).isNotEqualTo(runBefore);
  }

  record Result(int exitCode, String out, String err) {}

  static Result cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  /** Starts {@code cse-profile} in a new JVM with this JVM's class path and Spark's JVM options. */
  static Process startRun(String[] args, String master) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (option.startsWith("--add-opens") || option.startsWith("-D")) {
        command.add(option);
      }
    }
    command.add("-Xmx1g");
    command.add("-XX:TieredStopAtLevel=1"); // a short-lived JVM starts faster without the optimising compiler
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    command.addAll(List.of("--master", master));
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Whether a run has written at least one table file into its staging folder. */
  private static boolean writingTables(Path staging) throws IOException {
    if (!Files.isDirectory(staging)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(staging)) {
      return files.anyMatch(p -> p.toString().contains(File.separator + "restricted" + File.separator)
          && p.getFileName().toString().endsWith(".parquet"));
    } catch (java.io.UncheckedIOException e) {
      return false; // a folder vanished while walking (Spark renames its task output)
    }
  }

  private static List<String> rows(SparkSession spark, Path out) {
    List<String> rows = new ArrayList<>();
    for (String table : List.of("cohort", "age_by_gender")) {
      spark.read().parquet(out.resolve("restricted/" + table).toString()).collectAsList().stream()
          .map(Row::toString).sorted().forEach(r -> rows.add(table + " " + r));
    }
    return rows;
  }

  /** Every file a reader could see: everything except the staging folder. */
  private static List<String> visibleFiles(Path out) throws IOException {
    try (Stream<Path> all = Files.walk(out)) {
      return all.filter(Files::isRegularFile).map(p -> out.relativize(p).toString())
          .filter(p -> !p.startsWith("_staging")).sorted().toList();
    }
  }

  private static String runId(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("runs/2016-Q4/manifest.json").toFile()).get("run_id").asText();
  }
}
