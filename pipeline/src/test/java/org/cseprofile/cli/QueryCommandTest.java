package org.cseprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprofile.cli.CliTest.cli;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.cli.CliTest.Result;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.table.TableWriter;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code cse-profile query} over hand-made restricted tables with known numbers. */
@ExtendWith(SparkExtension.class)
class QueryCommandTest {
  static final String Q4 = "SELECT la_code, children_open FROM cohort WHERE period = '2016-Q4' ORDER BY la_code";

  @TempDir
  static Path output;

  @BeforeAll
  static void writeTables(SparkSession spark) {
    TableWriter writer = new TableWriter(new OutputLayout(output.toString()));
    writer.writeRestricted("cohort", spark.sql("SELECT * FROM VALUES "
        + "('2016-Q4', 'ALL', 12L), ('2016-Q4', 'E06000043', 3L), ('2016-Q4', 'E10000011', 0L), "
        + "('2016-Q4', 'E10000032', 9L), ('2016-Q3', 'ALL', 10L) AS t(period, la_code, children_open)"));
    writer.writeRestricted("age_by_gender", spark.sql("SELECT * FROM VALUES "
        + "('2016-Q4', 'ALL', 'F', 14, 7L), ('2016-Q4', 'ALL', 'F', 15, 2L), ('2016-Q4', 'ALL', 'M', 15, 3L) "
        + "AS t(period, la_code, gender, age, children)"));
  }

  @Test
  void printsAnAlignedTableAndSaysTheResultIsRestricted() {
    Result r = query(Q4);

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo("""
        la_code    children_open
        ---------  -------------
        ALL                   12
        E06000043              3
        E10000011              0
        E10000032              9
        (4 rows)
        """);
    assertThat(r.err()).contains("RESTRICTED: exact numbers for the analyst; not for publication (use --publish).");
  }

  @Test
  void publishAppliesTheDisclosurePolicyToCounts() {
    Result partnership = query("--publish", Q4);
    assertThat(partnership.exitCode()).as(partnership.err()).isEqualTo(ExitCodes.OK);
    assertThat(partnership.out()).isEqualTo("""
        la_code    children_open
        ---------  -------------
        ALL                   12
        E06000043              c
        E10000011              0
        E10000032              9
        (4 rows)
        """);
    assertThat(partnership.err()).contains("Published under the partnership disclosure policy (OFFICIAL-SENSITIVE).");

    Result publicPolicy = query("--publish", "--disclosure", "public", "--format", "csv", Q4);
    assertThat(publicPolicy.out()).isEqualTo("la_code,children_open\r\nALL,10\r\nE06000043,c\r\nE10000011,0\r\n"
        + "E10000032,10\r\n");

    Result ages = query("--publish", "--format", "json",
        "SELECT gender, age, children FROM age_by_gender WHERE period = '2016-Q4' ORDER BY gender, age");
    assertThat(ages.out().replaceAll("\\s", "")).as("age is a dimension, children a count").isEqualTo(
        "[{\"gender\":\"F\",\"age\":14,\"children\":7},{\"gender\":\"F\",\"age\":15,\"children\":\"c\"},"
            + "{\"gender\":\"M\",\"age\":15,\"children\":\"c\"}]");

    Result dimension = query("--publish", "--dimension", "n", "SELECT 3 AS n, sum(children) AS children FROM age_by_gender");
    assertThat(dimension.out()).contains("3        12");
  }

  @Test
  void publishRefusesFractionsAndNegativeNumbers() {
    Result mean = query("--publish", "SELECT avg(children_open) AS mean FROM cohort");
    assertThat(mean.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(mean.err()).contains("column mean holds fractions; --publish publishes counts only");

    Result negative = query("--publish", "SELECT -children_open AS change FROM cohort");
    assertThat(negative.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(negative.err()).contains("column change has a negative value");

    assertThat(query("SELECT avg(children_open) AS mean FROM cohort WHERE period = '2016-Q4'").out())
        .contains("6.0");
  }

  @Test
  void onlyQueriesAreAcceptedAndMistakesAreExplained() {
    Result insert = query("INSERT INTO cohort VALUES ('2016-Q4', 'X', 1L)");
    assertThat(insert.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(insert.err()).contains("not a query Spark SQL can run (only SELECT queries are allowed)");

    Result drop = query("DROP VIEW cohort");
    assertThat(drop.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(query(Q4).exitCode()).as("the view is still there").isEqualTo(ExitCodes.OK);

    Result unknown = query("SELECT * FROM incidents");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(unknown.err()).contains("incidents", "(tables: age_by_gender, cohort)");

    Result noTables = cli("query", "--output", output.resolve("nothing").toString(), "SELECT 1");
    assertThat(noTables.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(noTables.err()).contains("no restricted tables in", "give the --output folder of a run");

    Result format = query("--format", "xml", Q4);
    assertThat(format.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(format.err()).contains("Invalid value for option '--format'", "TABLE, CSV, JSON");

    Result noSql = cli("query", "--output", output.toString());
    assertThat(noSql.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(noSql.err()).contains("Missing required parameter: 'SQL'");
  }

  @Test
  void theLimitCutsLongResultsAndSaysSo() {
    Result r = query("--limit", "2", Q4);
    assertThat(r.out()).endsWith("(2 rows; more rows not shown, raise --limit (now 2))\n");
    assertThat(query("--limit", "0", Q4).exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
  }

  @Test
  void aDashReadsQueriesFromStandardInputAndAnswersEachWithTheSameOptions() {
    String lines = "SELECT la_code, children_open FROM cohort WHERE period = '2016-Q4' AND la_code < 'E1' ORDER BY 1\n"
        + "\n-- a comment\n"
        + "SELECT avg(children_open) AS mean FROM cohort\n"
        + "  SELECT sum(children) AS children FROM age_by_gender WHERE period = '2016-Q4'  \n";

    Result r = withInput(lines, () -> query("--publish", "--format", "csv", "-"));

    assertThat(r.out()).isEqualTo("la_code,children_open\r\nALL,12\r\nE06000043,c\r\nchildren\r\n12\r\n");
    assertThat(r.err()).containsSubsequence(
        "Published under the partnership disclosure policy",
        "cse-profile: column mean holds fractions; --publish publishes counts only",
        "Published under the partnership disclosure policy");
    assertThat(r.exitCode()).as("one query was refused").isEqualTo(ExitCodes.BAD_ARGUMENTS);

    Result fine = withInput(Q4 + "\n", () -> query("-"));
    assertThat(fine.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(fine.out()).contains("E10000032              9");
    assertThat(fine.err()).contains("RESTRICTED: exact numbers for the analyst");
  }

  @Test
  void publishAppliesThePolicyToEveryWholeNumberWhateverItsTypeOrName() {
    // Finding 3: a count cast to text, or renamed age, was printed as "published".
    Result cast = query("--publish", "--format", "csv", "SELECT la_code, CAST(children_open AS STRING) AS n FROM cohort "
        + "WHERE period = '2016-Q4' ORDER BY la_code");
    assertThat(cast.out()).isEqualTo("la_code,n\r\nALL,12\r\nE06000043,c\r\nE10000011,0\r\nE10000032,9\r\n");

    Result renamed = query("--publish", "--format", "csv",
        "SELECT children_open AS age FROM cohort WHERE period = '2016-Q4' AND la_code = 'E06000043'");
    assertThat(renamed.out()).isEqualTo("age\r\nc\r\n");

    Result nested = query("--publish", "--format", "csv", "SELECT age FROM (SELECT children_open AS age FROM cohort "
        + "WHERE period = '2016-Q4' AND la_code = 'E06000043')");
    assertThat(nested.out()).isEqualTo("age\r\nc\r\n");

    Result union = query("--publish", "--format", "csv", "SELECT * FROM (SELECT age FROM age_by_gender WHERE age = 14 "
        + "UNION ALL SELECT children_open FROM cohort WHERE period = '2016-Q4' AND la_code = 'E06000043') "
        + "ORDER BY age DESC");
    assertThat(union.out()).isEqualTo("age\r\n14\r\nc\r\n");
  }

  @Test
  void publishRefusesTextComputedFromACount() {
    // A count inside text ('n=3') or text chosen by a count ('few') would escape suppression.
    String where = " FROM cohort WHERE period = '2016-Q4' ORDER BY la_code";
    for (String column : new String[] {"CONCAT('n=', children_open)", "format_string('%d children', children_open)",
        "CASE WHEN children_open < 5 THEN 'few' ELSE 'many' END", "CONCAT('n=', n) FROM (SELECT la_code, "
            + "children_open AS n", "CONCAT('n=', CAST(children_open AS STRING))"}) {
      String sql = column.contains("FROM (") ? "SELECT " + column + " FROM cohort WHERE period = '2016-Q4')"
          : "SELECT la_code, " + column + " AS n" + where;
      Result r = query("--publish", sql);
      assertThat(r.exitCode()).as(sql).isEqualTo(ExitCodes.BAD_ARGUMENTS);
      assertThat(r.err()).as(sql).contains("is text computed from children_open; --publish treats anything computed "
          + "from a count as a count");
      assertThat(r.out()).as(sql).isEmpty();
    }
    Result counted = query("--publish", "SELECT CONCAT('n=', COUNT(*)) AS n FROM cohort");
    assertThat(counted.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(counted.err()).contains("column n is text computed from count");

    Result cast = query("--publish", "--format", "csv", "SELECT la_code, CAST(children_open AS STRING) AS n" + where);
    assertThat(cast.out()).as("a count as text is still a count").isEqualTo(
        "la_code,n\r\nALL,12\r\nE06000043,c\r\nE10000011,0\r\nE10000032,9\r\n");
    Result words = query("--publish", "--format", "csv", "SELECT CONCAT(la_code, ' in ', period) AS area, "
        + "CONCAT('aged ', age) AS age_text FROM age_by_gender WHERE age = 14");
    assertThat(words.out()).as("text from dimensions only is text").isEqualTo(
        "area,age_text\r\nALL in 2016-Q4,aged 14\r\n");
  }

  @Test
  void noFileOutsideTheTablesCanBeRead() {
    // Finding 3: Spark's parquet.`path` and text.`path` read any file on the machine.
    for (String from : new String[] {"parquet.`" + output.resolve("restricted/cohort") + "`", "text.`/etc/hostname`",
        "csv.`" + output.resolve("restricted") + "`"}) {
      Result r = query("SELECT * FROM " + from);
      assertThat(r.exitCode()).as(from).isEqualTo(ExitCodes.BAD_ARGUMENTS);
      assertThat(r.out()).as(from).isEmpty();
    }
    assertThat(query(Q4).exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void aQueryThatFailsWhileRunningIsReportedWithoutItsValuesAndTheNextIsRead() {
    // Findings 3 and 5: a runtime error ended the session, and --verbose printed the value in Spark's message.
    String failing = "SELECT raise_error(concat('CANARY-', la_code)) FROM cohort";
    Result session = withInput(failing + "\n" + Q4 + "\n", () -> query("--verbose", "-"));
    assertThat(session.err()).contains("cse-profile: the query failed while running (USER_RAISED_EXCEPTION); Spark's "
        + "message is not shown, as it can quote values from the tables").doesNotContain("CANARY");
    assertThat(session.out()).contains("E10000032              9").doesNotContain("CANARY");
    assertThat(session.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);

    Result single = query("--verbose", failing);
    assertThat(single.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(single.err()).contains("the query failed while running").doesNotContain("CANARY");
    assertThat(single.out()).doesNotContain("CANARY");
  }

  @Test
  void helpShowsExamples() {
    Result help = cli("query", "--help");
    assertThat(help.out()).contains("\"SELECT la_code, children_open FROM cohort WHERE period = '2016-Q4'\"",
        "table (aligned columns), csv or json", "Default: partnership", "Exit codes:");
    // --output reads as in report and network (one option, RunOutputOption), a filtered run's folder said once.
    assertThat(help.out().replaceAll("\\s+", " ")).contains("--output=DIR The output folder of an earlier run (the "
        + "one given to cse-profile run --output).", "For a filtered run, give its own folder (under filtered/ in the "
        + "output folder) as --output.");
  }

  private static Result withInput(String text, java.util.function.Supplier<Result> command) {
    java.io.InputStream stdin = System.in;
    System.setIn(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try {
      return command.get();
    } finally {
      System.setIn(stdin);
    }
  }

  private static Result query(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "query";
    all[1] = "--output";
    all[2] = output.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return cli(all);
  }
}
