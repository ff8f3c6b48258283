package org.cseprofile.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
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
        "Examples:",
        "  cse-profile query --output out \\",
        "      \"SELECT la_code, children_open FROM cohort WHERE period = '2016-Q4'\"",
        "  cse-profile query --output out --publish --format csv \\",
        "      \"SELECT gender, sum(children) AS children FROM age_by_gender",
        "       WHERE period = '2016-Q4' AND la_code = 'ALL' GROUP BY gender\"",
        ""})
public final class QueryCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SQL", description = "The query, in quotes.")
  String sql;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Output folder of a run (as given to run --output; for a filtered run, its folder under filtered/).")
  String output;

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

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
    }
    var policy = policy();
    SparkSession spark = SparkSessions.getOrCreate(sparkOptions.settings());
    TableQuery query = TableQuery.over(spark, output);
    try {
      QueryResult result = query.run(sql, limit);
      if (publish) {
        Set<String> dims = new HashSet<>(QueryPublication.DEFAULT_DIMENSIONS);
        dims.addAll(dimensions);
        result = QueryPublication.publish(result, policy, dims);
      }
      ResultPrinter.print(result, format, spec.commandLine().getOut());
      spec.commandLine().getErr().println(publish
          ? "Published under the " + policy.name() + " disclosure policy (" + policy.protectiveMarking() + ")."
          : "RESTRICTED: exact numbers for the analyst; not for publication (use --publish).");
    } catch (QueryException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    return ExitCodes.OK;
  }

  private org.cseprofile.disclosure.DisclosurePolicy policy() {
    try {
      return disclosure.policy();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
