package org.cseprofile.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.table.Scratch;
import org.cseprofile.period.Period;
import org.cseprofile.profile.ProfileSettings;
import org.cseprofile.run.ProfileRun;
import org.cseprofile.run.RunConfig;
import org.cseprofile.run.RunResult;
import org.cseprofile.run.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cse-profile run}: computes the problem profile of a period from the extracts in an input folder. */
@Command(name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Compute the CSE problem profile for a period.",
        "",
        "Ingests and validates the extracts, profiles, writes the tables, applies disclosure control and renders "
            + "the charts. Outputs are written to a staging folder and published "
            + "only when complete, with a manifest (runs/<period>/manifest.json); a run that fails or is killed leaves "
            + "the previous output as it was.",
        "",
        "Examples:",
        "  cse-profile run --input sample-data --output out --period 2016-Q4",
        "  The latest complete quarter, for schedulers:",
        "    cse-profile run --input /data/extracts --output /data/profile \\",
        "        --period latest",
        "  Any window (both days included):",
        "    cse-profile run --input sample-data --output out \\",
        "        --from 2016-01-01 --to 2016-12-31",
        "  With ONS boundaries and population (places named, counts by ward, rates per 10,000 children):",
        "    cse-profile run --input sample-data --output out --period 2016-Q4 \\",
        "        --boundaries sample-data/reference/boundaries.geojson \\",
        "        --population sample-data/reference/population.csv",
        "  An ad hoc question, written to its own folder",
        "  out/filtered/la-E10000032_gender-F_age-13-up/ and named in every output:",
        "    cse-profile run --input sample-data --output out --period 2016-Q4 \\",
        "        --la E10000032 --gender F --age-min 13",
        ""})
public final class RunCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ParentCommand
  CseProfileCommand parent;

  @Option(names = "--input", required = true, paramLabel = "DIR",
      description = "Folder holding the agency extracts (see docs/data-contract.md).")
  String input;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Folder for the tables, charts and report; created (owner-only) if needed.")
  String output;

  @Option(names = "--period", paramLabel = "PERIOD",
      description = "Quarter to profile, written YYYY-Qn (for example 2016-Q4), or 'latest' for the latest quarter "
          + "completed before the run date. Give either --period or --from and --to.")
  String period;

  @Option(names = "--from", paramLabel = "DATE",
      description = "First day of a custom window, yyyy-MM-dd (with --to; instead of --period).")
  String from;

  @Option(names = "--to", paramLabel = "DATE",
      description = "Last day of a custom window, yyyy-MM-dd, both days included (with --from).")
  String to;

  @Option(names = "--run-date", paramLabel = "DATE",
      description = "The date the run is treated as happening on, yyyy-MM-dd (default: today). Dates after it are "
          + "in the future.")
  String runDate;

  @Mixin
  MappingOption mappings;

  @Mixin
  DisclosureOption disclosure;

  @Mixin
  FilterOptions filterOptions;

  @Option(names = "--repeat-episodes", paramLabel = "N", defaultValue = "" + ProfileSettings.DEFAULT_REPEAT_EPISODES,
      description = "A child is repeat missing with N or more episodes starting within --repeat-days days "
          + "(default: ${DEFAULT-VALUE}).")
  int repeatEpisodes;

  @Option(names = "--repeat-days", paramLabel = "D", defaultValue = "" + ProfileSettings.DEFAULT_REPEAT_DAYS,
      description = "The window for --repeat-episodes, in days (default: ${DEFAULT-VALUE}).")
  int repeatDays;

  @Mixin
  MissingOverlapsOption missingOverlaps;

  @Mixin
  HotspotOptions hotspotOptions;

  @Mixin
  GeographyOptions geographyOptions;

  @Mixin
  AnalystOptions analystOptions;

  @Mixin
  SparkOptions sparkOptions;

  @picocli.CommandLine.Mixin
  ServerOption server;

  @Override
  public Integer call() {
    OutputFolderOption.check(spec, output);
    java.util.OptionalInt served = server.forward(spec);
    if (served.isPresent()) {
      return served.getAsInt();
    }
    RunConfig config = config();
    // Every refusal that needs no Spark comes before the output folder is claimed (marker, lock, staging).
    ProfileRun.catalog(config.input(), config.mappingFiles(), new Configuration());
    // Only the refusal matters here: the run reads the files again and gives their warnings in order.
    config.analyst().read(new Configuration(), config.policy().largestSuppressed(), warning -> {});
    SparkSession spark = SparkSessions.getOrCreate(sparkOptions.settings(), SparkSessions.startsLocally(
        sparkOptions.settings()) ? Scratch.forOutput(config.output(), config.outputRoot(), new Configuration()) : null);
    ConsoleListener console = new ConsoleListener(spec.commandLine().getErr(), parent.display);
    try (SparkProgress progress = SparkProgress.attach(spark, console)) {
      RunResult result = new ProfileRun(spark, console).run(config);
      console.finish();
      new RunSummary(spec.commandLine().getOut()).print(result);
    }
    return ExitCodes.OK;
  }

  private RunConfig config() {
    try {
      LocalDate today = runDate == null ? LocalDate.now() : Period.parseDate("--run-date", runDate);
      return new RunConfig(input, output, period(today), today, disclosure.policy(), filterOptions.filters(),
          new ProfileSettings(repeatEpisodes, repeatDays, missingOverlaps.choice()), hotspotOptions.settings(),
          geographyOptions.settings(),
          spec.commandLine().getParseResult().originalArgs(), analystOptions.files(), mappings.files());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private Period period(LocalDate today) {
    if (period != null && (from != null || to != null)) {
      throw new IllegalArgumentException("give either --period or --from and --to, not both");
    }
    if (period == null && from == null && to == null) {
      throw new IllegalArgumentException("give --period (a quarter such as 2016-Q4, or 'latest') or --from and --to");
    }
    if (period == null) {
      if (from == null || to == null) {
        throw new IllegalArgumentException("a custom window needs both --from and --to");
      }
      LocalDate start = Period.parseDate("--from", from);
      LocalDate end = Period.parseDate("--to", to);
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("--to must not be before --from");
      }
      return Period.window(start, end);
    }
    return "latest".equalsIgnoreCase(period.trim()) ? Period.latestCompleteQuarter(today) : Period.parseQuarter(period);
  }
}
