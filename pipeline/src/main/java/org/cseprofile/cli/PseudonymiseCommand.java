package org.cseprofile.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cseprofile.pseudonym.CsvPseudonymiser;
import org.cseprofile.pseudonym.CsvPseudonymiser.Treatment;
import org.cseprofile.pseudonym.PseudonymKey;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cse-profile pseudonymise}: replaces identifiers in an agency's CSV file with shared-key pseudonyms. */
@Command(name = "pseudonymise",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Replace the identifiers in a CSV file with shared-key pseudonyms (for agencies).",
        "",
        "Replaces the named identifier columns with pseudonyms (HMAC-SHA256 under the partnership's shared "
            + "key, 64 hex digits), so that every agency holding the key gives the same child the same pseudonym. "
            + "Identifiers are normalised first (trimmed, spaces and hyphens removed, upper-cased); blank values stay "
            + "blank. Streams the file (any size, no Spark). Writes OUT only when complete, owner-only, with "
            + "OUT.manifest.json beside it (row counts, the key's fingerprint; never the key or a value).",
        "",
        "The key is read from a file only you can read (--key-file) or from an environment variable (--key-env); "
            + "never from the command line. It must be at least 32 bytes: make one with",
        "  openssl rand -base64 48 > cse.key && chmod 600 cse.key",
        "",
        "Examples:",
        "  cse-profile pseudonymise --key-file cse.key --columns CHILD \\",
        "      ssda903-missing.csv missing/E10000032.csv",
        "  cse-profile pseudonymise --key-env CSE_KEY --columns child_id \\",
        "      --nhs-columns nhs_number --degrade DOB=month --degrade postcode=sector \\",
        "      health-raw.csv health.csv",
        ""})
public final class PseudonymiseCommand implements Callable<Integer> {
  /** Problems printed one by one before the rest are only counted. */
  static final int PROBLEMS_SHOWN = 20;

  @Spec
  CommandSpec spec;

  @ParentCommand
  CseProfileCommand parent;

  @ArgGroup(exclusive = true, multiplicity = "1")
  KeySource key;

  /** Where the key comes from: exactly one of a file and an environment variable. */
  static final class KeySource {
    @Option(names = "--key-file", required = true, paramLabel = "FILE",
        description = "File holding the key; must not be readable by group or others (chmod 600).")
    Path file;

    @Option(names = "--key-env", required = true, paramLabel = "VARIABLE",
        description = "Name of the environment variable holding the key.")
    String variable;
  }

  @Option(names = "--columns", split = ",", paramLabel = "COLUMN",
      description = "Identifier columns to pseudonymise, comma-separated (header names, matched ignoring case).")
  List<String> columns = new ArrayList<>();

  @Option(names = "--nhs-columns", split = ",", paramLabel = "COLUMN",
      description = "NHS number columns: checked with the Modulus 11 rule, then pseudonymised; an invalid number "
          + "is reported by line and left blank.")
  List<String> nhsColumns = new ArrayList<>();

  @Option(names = "--degrade", paramLabel = "COLUMN=month|sector",
      description = "Coarsen a column before it leaves the agency: month cuts a date of birth to yyyy-MM, sector "
          + "cuts a full postcode to its sector (BN1 1AA becomes BN1 1). Repeatable.")
  Map<String, String> degrade = new LinkedHashMap<>();

  @Mixin
  VerboseOption verbose;

  @Parameters(index = "0", paramLabel = "IN", description = "The CSV file to pseudonymise.")
  Path input;

  @Parameters(index = "1", paramLabel = "OUT", description = "The pseudonymised CSV file to write (replaced if it exists).")
  Path output;

  @Override
  public Integer call() {
    CsvPseudonymiser.Job job = job();
    PseudonymKey pseudonymKey = key.file != null
        ? PseudonymKey.fromFile(key.file)
        : PseudonymKey.fromEnvironment(key.variable, System.getenv());
    PrintWriter err = spec.commandLine().getErr();
    ConsoleListener console = new ConsoleListener(err, parent.display);
    long size = sizeOf(input);
    console.stage("pseudonymising " + input.getFileName());
    long[] problems = {0};
    CsvPseudonymiser.Result result = new CsvPseudonymiser(pseudonymKey).run(job,
        message -> {
          if (problems[0]++ < PROBLEMS_SHOWN) {
            console.warning(message);
          }
        },
        bytes -> console.progress("MB", bytes >> 20, size >> 20));
    console.finish();
    if (problems[0] > PROBLEMS_SHOWN) {
      err.println("  ... and " + (problems[0] - PROBLEMS_SHOWN) + " more problems; the manifest lists the lines");
      err.flush();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Pseudonymised %s -> %s: %d rows, key fingerprint %s%n", input.getFileName(), output, result.rows(),
        result.keyFingerprint());
    out.printf("  %-24s %-14s %10s %10s %10s%n", "column", "treatment", "treated", "blank", "invalid");
    result.columns().forEach((name, c) -> out.printf("  %-24s %-14s %10d %10d %10d%n", name,
        c.treatment().name().toLowerCase(Locale.ROOT), c.treated(), c.blank(), c.invalid()));
    out.println("Manifest: " + job.manifest());
    out.flush();
    return ExitCodes.OK;
  }

  private CsvPseudonymiser.Job job() {
    try {
      Map<String, Treatment> treatments = new LinkedHashMap<>();
      columns.stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(c -> put(treatments, c, Treatment.PSEUDONYMISE));
      nhsColumns.stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(c -> put(treatments, c, Treatment.NHS_NUMBER));
      degrade.forEach((column, how) -> put(treatments, column.strip(), switch (how.strip().toLowerCase(Locale.ROOT)) {
        case "month" -> Treatment.MONTH;
        case "sector" -> Treatment.SECTOR;
        default -> throw new IllegalArgumentException("--degrade " + column + "=" + how + ": say month (dates of birth) "
            + "or sector (postcodes)");
      }));
      return new CsvPseudonymiser.Job(input, output, treatments);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private static void put(Map<String, Treatment> treatments, String column, Treatment treatment) {
    String key = column.toLowerCase(Locale.ROOT);
    if (treatments.keySet().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).equals(key))) {
      throw new IllegalArgumentException("column " + column + " is named twice in --columns, --nhs-columns and "
          + "--degrade; give each column one treatment");
    }
    treatments.put(column, treatment);
  }

  private static long sizeOf(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
