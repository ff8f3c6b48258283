package org.cseprofile.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.run.ProfileRun;
import org.cseprofile.run.RunResult;
import org.cseprofile.table.Columns;

/** Prints what a run did, for the analyst at the terminal. */
final class RunSummary {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private final PrintWriter out;

  RunSummary(PrintWriter out) {
    this.out = out;
  }

  void print(RunResult result) {
    var config = result.config();
    out.printf("CSE problem profile %s (%s to %s), disclosure policy: %s%n", config.period().label(),
        DAY.format(config.period().start()), DAY.format(config.period().end()), config.policy().name());
    if (!config.filters().isEmpty()) {
      out.println("AD HOC, FILTERED: " + config.filters().description());
      out.println("  (not the standard profile; written to its own folder)");
    }
    out.println();

    int width = Math.max(24, result.files().stream().mapToInt(f -> f.file().length()).max().orElse(0) + 2);
    out.println("Input files (rows read = accepted + quarantined):");
    out.printf("  %-" + width + "s %10s %10s %12s%n", "file", "rows read", "accepted", "quarantined");
    for (FileAccount f : result.files()) {
      String note = f.rejected() ? "  file rejected" : f.authority().map(a -> "  authority: " + a).orElse("")
          + (f.skipped() > 0 ? "  " + f.skipped() + " skipped by the mapping file" : "");
      out.printf("  %-" + width + "s %10d %10d %12d%s%n", f.file(), f.rowsRead(), f.accepted(), f.quarantined(), note);
    }
    out.println();

    out.println("Children open to CSE concern (restricted, unsuppressed: not for publication):");
    Map<String, Long> open = result.childrenOpen();
    out.printf("  %-28s %6d%n", ProfileRun.areaName(Columns.PARTNERSHIP), open.getOrDefault(Columns.PARTNERSHIP, 0L));
    open.forEach((area, count) -> {
      if (!area.equals(Columns.PARTNERSHIP)) {
        out.printf("  %-28s %6d%n", ProfileRun.areaName(area), count);
      }
    });
    out.println();

    out.println("Written to " + config.outputRoot() + " (run " + result.runId() + "):");
    out.println("  restricted tables (analysts only): " + String.join(", ", result.written().tables()));
    if (result.report().disclosure() != null) {
      out.println("  " + result.report().disclosure().describe());
      out.println("  counts withheld by table (restricted: totals are exact):");
      result.report().disclosure().lossLines().forEach(line -> out.println("    " + line));
    }
    published(result.report().files());
    out.println("  manifest: " + result.manifest());
    out.flush();
  }

  /** The published files in a few lines: the report, and how many tables and charts beside it. */
  private void published(List<String> files) {
    if (files.isEmpty()) {
      out.println("  published: nothing (a filtered run is restricted)");
      return;
    }
    List<String> reports = files.stream().filter(f -> f.endsWith("report.pdf") || f.endsWith("report.html")).toList();
    long tables = files.stream().filter(f -> f.contains("/tables/") && f.endsWith(".csv")).count();
    long charts = files.stream().filter(f -> f.contains("/charts/") && f.endsWith(".png")).count();
    reports.forEach(f -> out.println("  board report: " + f));
    if (tables > 0) {
      String first = files.stream().filter(f -> f.contains("/tables/")).findFirst().orElseThrow();
      out.println("  published tables: " + tables + " as CSV and Parquet in " + first.substring(0, first.lastIndexOf('/') + 1));
    }
    if (charts > 0) {
      String first = files.stream().filter(f -> f.contains("/charts/")).findFirst().orElseThrow();
      out.println("  charts: " + charts + " as PNG and PDF in " + first.substring(0, first.lastIndexOf('/') + 1));
    }
    // maps/boundaries.geojson is what the maps are drawn on (README), not a result to announce.
    files.stream().filter(f -> !reports.contains(f) && !f.contains("/tables/") && !f.contains("/charts/")
            && !f.contains("/maps/"))
        .forEach(f -> out.println("  published: " + f));
  }
}
