package org.cseprofile.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.cseprofile.ingest.LocalAuthorities;
import org.cseprofile.period.Period;
import org.cseprofile.sample.SampleConfig;
import org.cseprofile.sample.SampleGenerator;
import org.cseprofile.sample.SampleSummary;
import org.cseprofile.sample.SampleVariant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cse-profile generate-sample}: writes a synthetic multi-agency data set and its ground truth. */
@Command(name = "generate-sample",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Write a synthetic multi-agency data set, with its ground truth.",
        "",
        "Writes extracts in the contract format, with ground-truth.json listing the statistics it planted. No real "
            + "person is described: every value is drawn at random.",
        "",
        "Example:",
        "  cse-profile generate-sample --seed 7 --children 600 \\",
        "      --from 2014-07-01 --to 2016-12-31 --output sample-data",
        ""})
public final class GenerateSampleCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
      description = "Random seed; the same seed and options give the same files (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--children", defaultValue = "600", paramLabel = "N",
      description = "Children on the CSE register over the whole window (default: ${DEFAULT-VALUE}). About twice as "
          + "many other children appear in the missing extract.")
  int children;

  @Option(names = "--from", defaultValue = "2014-07-01", paramLabel = "DATE",
      description = "First day of the window, yyyy-MM-dd (default: ${DEFAULT-VALUE}).")
  String from;

  @Option(names = "--to", defaultValue = "2016-12-31", paramLabel = "DATE",
      description = "Last day of the window and of the extracts, yyyy-MM-dd (default: ${DEFAULT-VALUE}).")
  String to;

  @Option(names = "--authorities", paramLabel = "CODES", defaultValue = "E06000043,E10000011,E10000032",
      description = "Comma-separated ONS codes of the local authorities, or 'all' for every authority in England "
          + "(default: the three Sussex authorities, ${DEFAULT-VALUE}).")
  String authorities;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write the extracts to.")
  String output;

  @Option(names = "--dirty",
      description = "Put a known number of defects of each kind into the extracts (blank and impossible values, future "
          + "dates, duplicates, broken quotes, overlapping missing episodes...), listed per file in ground-truth.json, "
          + "for trying 'cse-profile validate' and testing.")
  boolean dirty;

  @Option(names = "--planted-groups",
      description = "Plant groups of known shape (three victim-suspect pairs, a peer group, an organised network "
          + "across two authorities), listed in ground-truth.json under planted_groups, and draw ordinary incidents' "
          + "suspects from small local pools, so the network holds many small groups rather than one large one.")
  boolean plantedGroups;

  @Override
  public Integer call() {
    SampleSummary summary = SampleGenerator.generate(config(), dirty ? SampleVariant.DIRTY : SampleVariant.CLEAN);
    var out = spec.commandLine().getOut();
    out.println("Synthetic data set written to " + summary.output() + ":");
    summary.rows().forEach((extract, rows) -> out.printf("  %-12s %,10d rows%n", extract, rows));
    if (!summary.defects().isEmpty()) {
      out.println("Defects put in (rows each rule must quarantine or flag, all files together):");
      summary.defects().forEach((rule, rows) -> out.printf("  %-22s %,6d%n", rule, rows));
    }
    out.println("Ground truth: " + summary.groundTruth());
    out.flush();
    return ExitCodes.OK;
  }

  private SampleConfig config() {
    try {
      List<String> codes = "all".equalsIgnoreCase(authorities.trim())
          ? List.copyOf(LocalAuthorities.all().keySet())
          : Arrays.stream(authorities.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
      for (String code : codes) {
        if (!LocalAuthorities.known(code)) {
          throw new IllegalArgumentException("--authorities: " + code + " is not an English local authority code "
              + "in the reference table");
        }
      }
      LocalDate start = Period.parseDate("--from", from);
      LocalDate end = Period.parseDate("--to", to);
      return new SampleConfig(seed, children, start, end, codes, output, plantedGroups);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
