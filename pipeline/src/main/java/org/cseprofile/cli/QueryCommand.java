package org.cseprofile.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.query.QueryException;
import org.cseprofile.query.QueryPublication;
import org.cseprofile.query.QueryResult;
import org.cseprofile.query.TableQuery;
import org.cseprofile.run.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cse-profile query}: Spark SQL over the restricted tables of a run's output folder. */
@Command(name = "query",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Run a Spark SQL query over the restricted tables of an output folder.",
        "",
        "Prints the result of the query. Each table "
            + "(cohort, age_by_gender, quarantine, ...) is a view with its period column. Only queries are "
            + "accepted; nothing is written.",
        "",
        "The result is RESTRICTED (exact numbers) unless --publish is given: then every whole-number column "
            + "except age and the --dimension columns is treated as a count and passes disclosure control "
            + "(suppressed counts are shown as c). Columns with fractions are refused under --publish.",
        "",
        "With - instead of a query, reads queries from standard input, one per line (blank lines and lines "
            + "starting with -- are skipped), and answers each as it comes with the same options: Spark starts "
            + "once, so later answers take seconds. Tables are looked up afresh for every query, so a run that "
            + "finishes meanwhile is seen. A query that is refused is reported and the next one is read; the exit "
            + "code is then 2.",
        "",
        "For a filtered run, give its own folder (under filtered/ in the output folder) as --output.",
        "",
        "Examples:",
        "  cse-profile query --output out \\",
        "      \"SELECT la_code, children_open FROM cohort WHERE period = '2016-Q4'\"",
        "  cse-profile query --output out --publish --format csv \\",
        "      \"SELECT gender, sum(children) AS children FROM age_by_gender",
        "       WHERE period = '2016-Q4' AND la_code = 'ALL' GROUP BY gender\"",
        "  cse-profile query --output out -    (then type queries, one per line; Ctrl-D ends)",
        ""})
public final class QueryCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  /** The query argument that means: read queries from standard input. */
  static final String STANDARD_INPUT = "-";

  @Parameters(index = "0", paramLabel = "SQL", description = "The query, in quotes; - reads queries from standard "
      + "input, one per line.")
  String sql;

  @Mixin
  RunOutputOption run;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (aligned columns), csv or json (default: ${DEFAULT-VALUE}).")
  ResultPrinter.Format format;

  @Option(names = "--publish",
      description = "Apply the disclosure policy to the result's counts before printing (for results that leave "
          + "the analyst).")
  boolean publish;

  @Mixin
  DisclosureOption disclosure;

  @Option(names = "--dimension", paramLabel = "COLUMN",
      description = "Under --publish: a whole-number result column that is not a count (repeatable; age always is one).")
  List<String> dimensions = List.of();

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
      description = "Print at most N rows (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin
  SparkOptions sparkOptions;

  @Mixin
  ServerOption server;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
    }
    String output = run.folder(spec);
    var policy = policy();
    // Queries read from standard input stay here: the warm session cannot read this terminal.
    java.util.OptionalInt served = STANDARD_INPUT.equals(sql) ? java.util.OptionalInt.empty() : server.forward(spec);
    if (served.isPresent()) {
      return served.getAsInt();
    }
    SparkSession spark = SparkSessions.getOrCreate(sparkOptions.settings());
    if (!STANDARD_INPUT.equals(sql)) {
      try {
        answer(spark, output, sql, policy);
      } catch (QueryException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      return ExitCodes.OK;
    }
    return answerEachLine(spark, output, policy);
  }

  /** Answers the queries of standard input one by one; a refused query is reported and the next one read. */
  private int answerEachLine(SparkSession spark, String output, DisclosurePolicy policy) {
    var err = spec.commandLine().getErr();
    java.io.BufferedReader in =
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
    boolean prompt = System.console() != null;
    int exitCode = ExitCodes.OK;
    try {
      while (true) {
        if (prompt) {
          err.print("cse-profile> ");
          err.flush();
        }
        String line = in.readLine();
        if (line == null) {
          return exitCode;
        }
        String query = line.strip();
        if (query.isEmpty() || query.startsWith("--")) {
          continue;
        }
        try {
          answer(spark, output, query, policy);
        } catch (QueryException e) {
          err.println("cse-profile: " + e.getMessage());
          err.flush();
          exitCode = ExitCodes.BAD_ARGUMENTS;
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read queries from standard input", e);
    }
  }

  /** Runs one query over the tables as they are now, and prints the result and what it may be used for. */
  private void answer(SparkSession spark, String output, String text, DisclosurePolicy policy) {
    QueryResult result = TableQuery.over(spark, output).run(text, limit);
    if (publish) {
      Set<String> dims = new HashSet<>(QueryPublication.DEFAULT_DIMENSIONS);
      dims.addAll(dimensions);
      result = QueryPublication.publish(result, policy, dims);
    }
    ResultPrinter.print(result, format, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    spec.commandLine().getErr().println(publish
        ? "Published under the " + policy.name() + " disclosure policy (" + policy.protectiveMarking() + ")."
        : "RESTRICTED: exact numbers for the analyst; not for publication (use --publish).");
    spec.commandLine().getErr().flush();
  }

  private DisclosurePolicy policy() {
    try {
      return disclosure.policy();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
