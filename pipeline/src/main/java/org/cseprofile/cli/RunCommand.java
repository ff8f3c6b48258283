package org.cseprofile.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.disclosure.DisclosurePolicy;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cse-profile run}: computes the problem profile of a period from the extracts in an input folder. */
@Command(name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Compute the CSE problem profile for a period: ingest and validate the extracts, profile, write the tables, "
            + "apply disclosure control and render the charts.",
        "",
        "Example:",
        "  cse-profile run --input sample-data --output out --period 2016-Q4",
        ""})
public final class RunCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "DIR",
      description = "Folder holding the agency extracts (see docs/data-contract.md).")
  String input;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Folder for the tables, charts and report; created if needed.")
  String output;

  @Option(names = "--period", required = true, paramLabel = "PERIOD",
      description = "Quarter to profile, written YYYY-Qn (for example 2016-Q4), or 'latest' for the latest quarter "
          + "completed before the run date.")
  String period;

  @Option(names = "--run-date", paramLabel = "DATE",
      description = "The date the run is treated as happening on, yyyy-MM-dd (default: today). Dates after it are "
          + "in the future.")
  String runDate;

  @Option(names = "--disclosure", paramLabel = "POLICY", defaultValue = "partnership",
      description = "Disclosure control policy for published outputs: partnership (counts 1-4 suppressed) or "
          + "public (counts 1-7 suppressed, others rounded to 5). Default: ${DEFAULT-VALUE}.")
  String disclosure;

  @Option(names = "--repeat-episodes", paramLabel = "N", defaultValue = "3",
      description = "A child is repeat missing with N or more episodes starting within --repeat-days days "
          + "(default: ${DEFAULT-VALUE}).")
  int repeatEpisodes;

  @Option(names = "--repeat-days", paramLabel = "D", defaultValue = "90",
      description = "The window for --repeat-episodes, in days (default: ${DEFAULT-VALUE}).")
  int repeatDays;

  @Mixin
  SparkOptions sparkOptions;

  @Override
  public Integer call() {
    RunConfig config = config();
    SparkSession spark = SparkSessions.getOrCreate(sparkOptions.settings());
    RunResult result = new ProfileRun(spark, new ConsoleListener(spec.commandLine().getErr())).run(config);
    new RunSummary(spec.commandLine().getOut()).print(result);
    return ExitCodes.OK;
  }

  private RunConfig config() {
    try {
      LocalDate today = runDate == null ? LocalDate.now() : Period.parseDate("--run-date", runDate);
      Period chosen = "latest".equalsIgnoreCase(period.trim())
          ? Period.latestCompleteQuarter(today)
          : Period.parseQuarter(period);
      return new RunConfig(input, output, chosen, today, DisclosurePolicy.named(disclosure),
          new ProfileSettings(repeatEpisodes, repeatDays));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
