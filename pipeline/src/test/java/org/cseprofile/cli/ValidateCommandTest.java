package org.cseprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code cse-profile validate} as a data officer sees it, through the launcher's entry point. */
@ExtendWith(SparkExtension.class)
class ValidateCommandTest {
  @TempDir
  static Path work;

  record Result(int exitCode, String out, String err) {}

  @BeforeAll
  static void startSpark(SparkSession spark) {
    // The command joins the shared test session.
  }

  @Test
  void reportsWhatIsWrongWhereAndWhatToDoAndExits3WhenAFileCannotBeUsed() throws IOException {
    Path input = Files.createDirectories(work.resolve("broken"));
    Files.writeString(input.resolve("cse_cohort.csv"), """
        child_id,la_code,birth_month,gender,identified_date,closed_date,Notes
        SECRET-A1,E06000043,2001-03,F,2016-09-01,,
        SECRET-A2,E06000043,2001-03,F,31/02/2016,,
        SECRET-A3,E06000043,2001-03,F,2016-09-02,2016-09-01,
        SECRET-A4,E06000043,2001-03,F,30/02/2016,,
        SECRET-A5,E06000043,2001-03,F,2016-09-05,,
        SECRET-A5,E06000043,2001-03,F,05/09/2016,,
        """);
    Files.writeString(input.resolve("health.csv"), "child_id,service\nSECRET-A1,other\n");
    Files.writeString(input.resolve("notes.csv"), "x\n");

    Result r = cli("validate", "--input", input.toString(), "--run-date", "2017-01-15", "--shuffle-partitions", "2");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(),
        "Extracts in " + input + ", checked against the data contract (docs/data-contract.md).",
        "Run date 15 Jan 2017: later dates count as in the future.",
        "",
        "cse_cohort.csv (cse_cohort): usable; 6 rows read, 2 accepted, 4 quarantined (66.7%)",
        "  unknown_column (column Notes), warning: the header names a column the data contract does not define; "
            + "it is ignored",
        "      what to do: remove the column, or check its spelling against docs/data-contract.md",
        "  Problems in rows, most frequent first (quarantined rows are left out of the profile):",
        "  2 rows invalid_date in identified_date, quarantined; lines 3, 5",
        "      a date is not a real date written yyyy-MM-dd or dd/MM/yyyy",
        "      what to do: write the date as yyyy-MM-dd or dd/MM/yyyy and check that the day exists",
        "  1 row duplicate in child_id+identified_date, quarantined; line 7",
        "      the row repeats an earlier row exactly (same key, same values); the earlier copy is used",
        "      what to do: remove the repeated row",
        "  1 row end_before_start in closed_date, quarantined; line 4",
        "      an end date is before its start date (closed_date before identified_date, MIS_END before MIS_START)",
        "      what to do: correct whichever of the two dates is wrong",
        "  Optional columns rarely filled (share of accepted rows): ethnicity 0.0%, closed_date 0.0%, risk_level 0.0%, "
            + "cse_model 0.0%, looked_after 0.0%, cp_plan 0.0%, cin_factors 0.0%, domestic_abuse 0.0%, "
            + "prior_rape_allegation 0.0%, risk_assessment_date 0.0%, plan_date 0.0%, referral_source 0.0%; please send them where you hold them",
        "",
        "health.csv (health): NOT USABLE, the file was not read",
        "  missing_column (column contact_date), file not read: a required column is missing from the header row",
        "      what to do: add the column to the header row (names are matched ignoring case and surrounding spaces); "
            + "a file needs a header row naming its columns",
        "",
        "Ignored (not an extract of the data contract; check the name if it should be one): notes.csv",
        "",
        "Summary: 2 files checked, 1 usable, 1 not usable. 6 rows read: 2 accepted, 4 quarantined (66.7%).",
        "Fix the files marked NOT USABLE and send them again: nothing in them can be used.",
        "Quarantined rows are left out of the profile until they are corrected and the file is sent again.",
        "cse-profile run can profile this folder (without the rejected files)",
        ""));
    assertThat(r.out() + r.err()).doesNotContain("SECRET");
  }

  @Test
  void exitsZeroWhenEveryFileIsUsable() throws IOException {
    Path input = Files.createDirectories(work.resolve("good"));
    Files.writeString(input.resolve("cse_cohort.csv"), """
        child_id,la_code,birth_month,gender,identified_date
        A1,E06000043,2001-03,F,2016-09-01
        """);
    Files.writeString(input.resolve("incidents.csv"), """
        incident_id,recorded_date,la_code,incident_type,contact_type,place_type,easting,northing,platform
        I1,2016-10-01,E06000043,crime,contact,hotel,531250,104250,
        I2,2016-10-02,E06000043,concern,online,online,,,snapchat
        """);

    Result r = cli("validate", "--input", input.toString(), "--run-date", "2017-01-15", "--shuffle-partitions", "2");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("incidents.csv (incidents): usable; 2 rows read, 2 accepted, 0 quarantined" + System.lineSeparator(),
        "Summary: 2 files checked, 2 usable, 0 not usable. 3 rows read: 3 accepted, 0 quarantined (0.0%).",
        "No problems found.", "cse-profile run can profile this folder");
    assertThat(r.err()).contains("starting Spark and reading the extracts in");
  }

  /**
   * Done when of issue 15: validate on an unmodified police.uk street-level file says what to do (the shipped
   * mapping, the columns it recognises, a mapping to start from), and with the shipped mapping every crime with
   * a Crime ID is accepted and rows without one are counted as skipped. No value of the file is printed.
   */
  @Test
  void aPoliceUkFileIsExplainedThenReadWithTheShippedMapping() throws IOException {
    Path input = Files.createDirectories(work.resolve("police-uk"));
    Files.writeString(input.resolve("cse_cohort.csv"), "child_id,la_code,birth_month,gender,identified_date\n"
        + "SECRET-C1,E10000032,2003-03,F,2016-09-01\n");
    Files.writeString(input.resolve("incidents.csv"), "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,"
        + "Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n"
        + "SECRETcrime1,2016-10,Sussex Police,Sussex Police,-0.187400,51.112800,On or near SECRET Street,E01031234,"
        + "Crawley 001A,Violence and sexual offences,Under investigation,\n"
        + ",2016-10,Sussex Police,Sussex Police,-0.187400,51.112800,On or near SECRET Street,E01031234,"
        + "Crawley 001A,Anti-social behaviour,,\n");

    Result raw = cli("validate", "--input", input.toString(), "--run-date", "2017-01-15", "--shuffle-partitions", "2");
    assertThat(raw.exitCode()).as(raw.err()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(raw.out()).contains("incidents.csv (incidents): NOT USABLE",
        "missing_column (column incident_id), file not read",
        "This looks like a police.uk street-level crime file: read it with the mapping shipped in "
            + "mappings/police-uk-street-crime/incidents.yaml",
        "      Crime ID -> incident_id", "      Month -> recorded_date",
        "  A mapping file to start from: save it as mappings/incidents.yaml",
        "      extract: incidents", "      drop: [Reported by, Falls within, Location, LSOA code, LSOA name, "
            + "Crime type, Last outcome category, Context]", "        recorded_date: month");
    assertThat(raw.out() + raw.err()).doesNotContain("SECRET");

    Result mapped = cli("validate", "--input", input.toString(), "--run-date", "2017-01-15", "--shuffle-partitions",
        "2", "--mapping", Path.of("..", "mappings", "police-uk-street-crime", "incidents.yaml").toString());
    assertThat(mapped.exitCode()).as(mapped.err()).isEqualTo(ExitCodes.OK);
    assertThat(mapped.out()).contains("Mapping for incidents: "
            + Path.of("..", "mappings", "police-uk-street-crime", "incidents.yaml") + " (SHA-256 ",
        "incidents.csv (incidents): usable; 2 rows read, 1 accepted, 0 quarantined, 1 skipped by the mapping file",
        "dates_as_months (column recorded_date), warning", "1 row skipped_by_mapping in incident_id, skipped; line 3",
        "cse-profile run can profile this folder");
    assertThat(mapped.out() + mapped.err()).doesNotContain("SECRET");
  }

  @Test
  void aFolderRunWouldRefuseExitsThreeSayingWhy() throws IOException {
    Path input = Files.createDirectories(work.resolve("no-cohort"));
    Files.writeString(input.resolve("health.csv"), "child_id,contact_date,service\nA1,2016-10-01,other\n");

    Result r = cli("validate", "--input", input.toString(), "--run-date", "2017-01-15", "--shuffle-partitions", "2");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.out()).contains("cse-profile run would refuse this folder: no cse_cohort extract: expected "
        + "cse_cohort.csv or a folder cse_cohort/ of CSV files; the profile needs the cohort");
  }

  @Test
  void aFolderWithoutExtractsOrABadDateIsAClearError() throws IOException {
    Path empty = Files.createDirectories(work.resolve("empty"));
    Files.writeString(empty.resolve("README.md"), "notes\n");

    Result noExtracts = cli("validate", "--input", empty.toString());
    assertThat(noExtracts.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(noExtracts.err()).contains("no extract files in " + empty, "see docs/data-contract.md")
        .doesNotContain("Exception");

    Result badDate = cli("validate", "--input", empty.toString(), "--run-date", "15/01/2017");
    assertThat(badDate.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(badDate.err()).contains("--run-date must be a date written yyyy-MM-dd");
  }

  @Test
  void helpGivesAnExampleAndTheExitCodes() {
    Result help = cli("validate", "--help");
    assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(help.out()).contains("cse-profile validate --input extracts/2016-Q4",
        "validate exits with 0 when every file is usable", "Exit codes:");
    assertThat(cli("--help").out()).contains("validate");
  }

  static Result cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
