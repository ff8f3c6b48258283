package org.cseprofile.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code scripts/bench SCALE}: generates synthetic data at a scale, runs the whole profile on it
 * through the launcher, prints each stage's wall time and rows per second, the run's peak memory,
 * then times DuckDB computing the core statistics from the same CSV files, prints the ratio, and
 * checks that DuckDB's numbers equal those in our restricted tables (exit code 1 when they do not).
 * Prints counts of rows and times only, never a value from the data.
 *
 * <p>Arguments: {@code SCALE --launcher PATH --work DIR [--period 2016-Q4] [--regenerate]}.
 */
public final class Benchmark {
  private final PrintStream out;

  Benchmark(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    try {
      System.exit(new Benchmark(System.out).run(Options.parse(args)));
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.err.println("usage: scripts/bench county|region|nation[:CHILDREN] [--period 2016-Q4] [--regenerate]");
      System.exit(2);
    }
  }

  /** The command line. */
  record Options(Scale scale, Path launcher, Path work, Quarter period, boolean regenerate) {
    static Options parse(String[] args) {
      Scale scale = null;
      Path launcher = null;
      Path work = null;
      Quarter period = Quarter.parse("2016-Q4");
      boolean regenerate = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--launcher" -> launcher = Path.of(value(args, ++i, "--launcher"));
          case "--work" -> work = Path.of(value(args, ++i, "--work"));
          case "--period" -> period = Quarter.parse(value(args, ++i, "--period"));
          case "--regenerate" -> regenerate = true;
          default -> {
            if (args[i].startsWith("-") || scale != null) {
              throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            scale = Scale.parse(args[i]);
          }
        }
      }
      if (scale == null || launcher == null || work == null) {
        throw new IllegalArgumentException("a scale, --launcher and --work are required");
      }
      return new Options(scale, launcher, work, period, regenerate);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }

  /** Whether a data set's ground truth lists planted groups (data from earlier benchmarks do not). */
  static boolean plantedGroups(Path groundTruth) {
    if (!Files.exists(groundTruth)) {
      return false;
    }
    try {
      return Files.readString(groundTruth).contains("\"planted_groups\"");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + groundTruth, e);
    }
  }

  int run(Options o) {
    Path dir = o.work().resolve(o.scale().name());
    Path input = dir.resolve("input");
    Path output = dir.resolve("output");
    out.printf(Locale.UK, "cse-profile benchmark, scale %s: %,d children on the register, authorities %s, period %s%n",
        o.scale().name(), o.scale().children(), o.scale().authorities().equals("all") ? "all"
            : o.scale().authorities().split(",").length + "", o.period().label());
    out.println("machine: " + Machine.describe());
    out.println("load average at start: " + Machine.loadAverage());

    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    boolean planted = plantedGroups(input.resolve("ground-truth.json"));
    if (o.regenerate() || !planted) {
      if (!planted && Files.exists(input.resolve("ground-truth.json"))) {
        out.println("generate-sample: the data in " + input + " have no planted groups; generating them again");
      }
      delete(input);
      // Planted groups also draw ordinary incidents' suspects from local pools, so the network has realistic
      // groups rather than one that spans the whole data set.
      MeasuredProcess generated = MeasuredProcess.run(List.of(o.launcher().toString(), "generate-sample",
          "--output", input.toString(), "--children", Integer.toString(o.scale().children()),
          "--authorities", o.scale().authorities(), "--planted-groups"), dir.resolve("generate.log"));
      require(generated, "generate-sample", dir.resolve("generate.log"));
      long bytes = size(input);
      out.printf(Locale.UK, "generate-sample: %.1f s, %,.0f MB of CSV (%,.1f MB/s), peak RSS %,d MiB%n",
          generated.seconds(), bytes / 1e6, bytes / 1e6 / generated.seconds(), generated.peakRssKib() / 1024);
    } else {
      out.println("generate-sample: reusing " + input + " (--regenerate to time the generator)");
    }

    delete(output);
    // The launcher's class-data archive (docs/performance.md): the first run after a build records it and pays for that.
    Path archive = o.launcher().toAbsolutePath().getParent().resolveSibling("pipeline/target/cse-profile.jsa");
    out.println("class-data sharing: " + (Files.exists(archive) ? "the run maps the archive of an earlier run"
        : "this run records the archive (the first run after a build; about 28 s more, once)"));
    MeasuredProcess run = MeasuredProcess.run(List.of(o.launcher().toString(), "run", "--input", input.toString(),
        "--output", output.toString(), "--period", o.period().label()), dir.resolve("run.log"));
    require(run, "run", dir.resolve("run.log"));
    ManifestReading manifest =
        ManifestReading.read(output.resolve("runs").resolve(o.period().label()).resolve("manifest.json"));
    out.printf(Locale.UK, "%ninput: %,d rows in %d files, %,.1f MB%n", manifest.rowsRead(), manifest.files(),
        manifest.bytesRead() / 1e6);
    out.println("cse-profile run (stages from the manifest's timings_seconds; rows/s = input rows / stage time):");
    out.printf(Locale.UK, "  %-34s %9s %12s %11s%n", "stage", "seconds", "rows/s", "Spark jobs");
    double startup = run.seconds() - manifest.stagesTotal();
    out.printf(Locale.UK, "  %-34s %9.1f %12s%n", "JVM start, Spark session, exit", startup, "");
    manifest.stageSeconds().forEach((stage, s) -> out.printf(Locale.UK, "  %-34s %9.1f %,12.0f %11s%n", stage, s,
        manifest.rowsRead() / Math.max(s, 0.001), jobs(manifest, stage)));
    out.printf(Locale.UK, "  %-34s %9.1f %,12.0f %11s   peak RSS %,d MiB, processor time %.0f s%n", "whole run (wall)",
        run.seconds(), manifest.rowsRead() / run.seconds(), manifest.stageJobs().isEmpty() ? "" : manifest.jobsTotal(),
        run.peakRssKib() / 1024, run.cpuSeconds());
    if (manifest.withheld() != null) {
      ManifestReading.Withheld w = manifest.withheld();
      out.printf(Locale.UK, "disclosure control: %,d counts shown; %,d withheld as small (total %,d), %,d to protect"
          + " them (total %,d)%n", w.shown(), w.primary(), w.primaryValue(), w.secondary(), w.secondaryValue());
    }

    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      long start = System.nanoTime();
      CoreStatistics.Computed reference = CoreStatistics.fromExtracts(duck, input, o.period());
      double duckSeconds = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.UK, "%nDuckDB %s (JDBC, in-process), the core statistics from the same CSV files:%n",
          duck.getMetaData().getDatabaseProductVersion());
      reference.seconds().forEach((part, s) -> out.printf(Locale.UK, "  %-34s %9.2f%n", part, s));
      out.printf(Locale.UK, "  %-34s %9.2f %,12.0f%n", "total", duckSeconds, manifest.rowsRead() / duckSeconds);
      out.printf(Locale.UK, "ratio, our whole run / DuckDB: %.1f x%n", run.seconds() / duckSeconds);

      List<Agreement> agreements = new ArrayList<>();
      Figures ours = CoreStatistics.fromTables(duck, output, o.period());
      for (String statistic : CoreStatistics.NAMES) {
        agreements.add(Agreement.of(statistic, reference.figures(), ours));
      }
      boolean agree = true;
      out.println("\nagreement with our restricted tables (cells compared, DuckDB's total count):");
      for (Agreement a : agreements) {
        out.printf(Locale.UK, "  %-20s %6d cells %,12d  %s%n", a.statistic(), a.cells(), a.total(),
            a.agrees() ? "agree" : "DISAGREE");
        a.differences().stream().limit(10).forEach(d -> out.println("      " + d));
        agree &= a.agrees();
      }
      out.println("load average at end: " + Machine.loadAverage());
      if (!agree) {
        out.println("FAILED: our tables and DuckDB disagree (above)");
        return 1;
      }
      appendResult(o.work().resolve("results.tsv"), o, manifest, run, duckSeconds);
      warm(o, input, dir);
      return 0;
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB failed: " + e.getMessage(), e);
    }
  }

  /**
   * Times the same run in a warm session ({@code cse-profile serve}): once to warm it, again, and with an ad hoc
   * filter; each through the launcher, as an analyst would, so the times include the client's own JVM start.
   */
  private void warm(Options o, Path input, Path dir) {
    Path socket = dir.resolve("serve").resolve("serve.sock");
    Path output = dir.resolve("output-warm");
    delete(output);
    try {
      Process serve = new ProcessBuilder(o.launcher().toString(), "serve", "--socket", socket.toString(),
          "--idle-minutes", "30").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.to(dir.resolve("serve.out").toFile())).start();
      try {
        for (int i = 0; i < 1200 && !Files.exists(socket); i++) {
          Thread.sleep(100);
        }
        Thread.sleep(500);
        out.println("\nwarm session (cse-profile serve), the same run through it:");
        List<String> base = List.of(o.launcher().toString(), "run", "--input", input.toString(), "--output",
            output.toString(), "--period", o.period().label(), "--server", socket.toString());
        warmRun("first run in the session", base, dir.resolve("warm-1.log"),
            output.resolve("runs").resolve(o.period().label()).resolve("manifest.json"));
        warmRun("the same run again", base, dir.resolve("warm-2.log"),
            output.resolve("runs").resolve(o.period().label()).resolve("manifest.json"));
        List<String> filtered = new ArrayList<>(base);
        filtered.addAll(List.of("--gender", "M"));
        warmRun("again with --gender M", filtered, dir.resolve("warm-3.log"),
            output.resolve("filtered").resolve("gender-M").resolve("runs").resolve(o.period().label())
                .resolve("manifest.json"));
        out.printf(Locale.UK, "  session's peak RSS %,d MiB%n",
            MeasuredProcess.peakKib(Path.of("/proc", Long.toString(serve.pid()), "status")) / 1024);
      } finally {
        MeasuredProcess.run(List.of(o.launcher().toString(), "serve", "--stop", "--socket", socket.toString()),
            dir.resolve("serve-stop.log"));
        if (!serve.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
          serve.destroy();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the warm session", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while timing the warm session", e);
    }
  }

  private void warmRun(String what, List<String> command, Path log, Path manifestFile) {
    MeasuredProcess run = MeasuredProcess.run(command, log);
    require(run, "run in the warm session", log);
    ManifestReading manifest = ManifestReading.read(manifestFile);
    out.printf(Locale.UK, "  %-34s %9.1f s wall, %,d Spark jobs (stages %.1f s)%n", what, run.seconds(),
        manifest.jobsTotal(), manifest.stagesTotal());
  }

  private static String jobs(ManifestReading manifest, String stage) {
    Long jobs = manifest.stageJobs().get(stage);
    return jobs == null ? "" : String.format(Locale.UK, "%,d", jobs);
  }

  /** One line per benchmark run, for docs/performance.md. */
  private static void appendResult(Path file, Options o, ManifestReading manifest, MeasuredProcess run, double duck) {
    StringBuilder line = new StringBuilder();
    line.append(java.time.Instant.now()).append('\t').append(o.scale().name()).append('\t')
        .append(manifest.rowsRead()).append('\t').append(String.format(Locale.ROOT, "%.1f", run.seconds()))
        .append('\t').append(run.peakRssKib() / 1024).append('\t').append(String.format(Locale.ROOT, "%.0f", run.cpuSeconds()))
        .append('\t').append(String.format(Locale.ROOT, "%.2f", duck));
    for (Map.Entry<String, Double> e : manifest.stageSeconds().entrySet()) {
      line.append('\t').append(e.getKey()).append('=').append(String.format(Locale.ROOT, "%.1f", e.getValue()));
    }
    line.append("\tspark_jobs=").append(manifest.jobsTotal());
    line.append("\tload=").append(Machine.loadAverage()).append('\n');
    try {
      Files.writeString(file, line, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void require(MeasuredProcess p, String what, Path log) {
    if (p.exitCode() != 0) {
      throw new IllegalStateException(what + " failed with exit code " + p.exitCode() + "; see " + log);
    }
  }

  private static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
