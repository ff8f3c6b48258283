package org.cseprofile.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.IngestResult;
import org.cseprofile.period.Period;
import org.cseprofile.run.SparkSessions;
import org.cseprofile.run.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cse-profile validate}: checks the extracts in a folder against the data contract, without computing the profile. */
@Command(name = "validate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Check agency extracts against the data contract without computing the profile. For every file: rows read, "
            + "accepted and quarantined, what is wrong, on which lines, and what to do. Writes nothing.",
        "",
        "Example:",
        "  cse-profile validate --input extracts/2016-Q4",
        ""},
    footer = {
        "",
        "validate exits with 0 when every file is usable (quarantined rows are reported but do not stop it), and with "
            + "3 when a file cannot be used at all (for example a required column is missing) or the folder holds "
            + "no extract."})
public final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "DIR",
      description = "Folder holding the extracts to check (see docs/data-contract.md); any subset of the extracts.")
  String input;

  @Option(names = "--run-date", paramLabel = "DATE",
      description = "The date dates are checked against, yyyy-MM-dd (default: today). Dates after it are in the future.")
  String runDate;

  @Mixin
  MappingOption mappings;

  @Mixin
  SparkOptions sparkOptions;

  @ParentCommand
  CseProfileCommand parent;

  @Override
  public Integer call() {
    LocalDate date = date();
    ConsoleListener progress = new ConsoleListener(spec.commandLine().getErr(), parent.display);
    progress.stage("starting Spark and reading the extracts in " + input);
    SparkSession spark = SparkSessions.getOrCreate(sparkOptions.settings());
    IngestResult ingested = Validation.read(spark, input, date, mappings.files());
    new ValidationReport(spec.commandLine().getOut()).print(input, ingested);
    Validation.requireBalanced(ingested);
    // The same test as run's: validate never says a folder can be profiled that run refuses, or the reverse.
    java.util.Optional<String> refused = Validation.profilable(ingested);
    spec.commandLine().getOut().println(refused.map(r -> "cse-profile run would refuse this folder: " + r)
        .orElse("cse-profile run can profile this folder" + (ingested.rejected().isEmpty() ? ""
            : " (without the rejected files)")));
    return ingested.rejected().isEmpty() && refused.isEmpty() ? ExitCodes.OK : ExitCodes.UNUSABLE_INPUT;
  }

  private LocalDate date() {
    try {
      return runDate == null ? LocalDate.now() : Period.parseDate("--run-date", runDate);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
