package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deliberately broken extracts, one file per rule and per format case, all read in one pass (files of
 * an extract may sit in a folder named after it). Each fixture states exactly what the pipeline must
 * find: rows read, accepted and quarantined, each problem with its rule, column and lines, and the
 * file-level problems. The accounting identity must hold on every one. Child ids carry the fixture
 * number, because duplicates are looked for across all files of an extract.
 */
@ExtendWith(SparkExtension.class)
class BrokenExtractsTest {
  static final LocalDate RUN_DATE = LocalDate.of(2017, 1, 15);
  static final String COHORT = "child_id,la_code,birth_month,gender,identified_date,closed_date,risk_level";
  static final String MISSING = "CHILD,DOB,MISSING,MIS_START,MIS_END,FOUND_EASTING,FOUND_NORTHING";
  static final String INCIDENTS = "incident_id,recorded_date,la_code,incident_type,contact_type,place_type,easting,"
      + "northing,platform";
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Fixture file (relative to the input folder), its bytes, and what must be found in it. */
  record Fixture(String file, byte[] bytes, String expected) {}

  static final List<Fixture> FIXTURES = new ArrayList<>();

  @TempDir
  static Path input;
  static Map<String, FileAccount> accounts;
  static IngestResult result;

  static {
    // Formats.
    add("cse_cohort/f01-utf8-bom-crlf.csv", bytes(BOM, COHORT + "\r\nF01A,E06000043,2001-03,F,2016-09-01,,high\r\n"
            + "F01B,E06000043,2001-03,F,2016-09-02,,\r\n"),
        "2 read = 2 accepted + 0 quarantined");
    add("cse_cohort/f02-lf.csv", COHORT + "\nF02A,E06000043,2001-03,F,2016-09-01,,\nF02B,E06000043,2001-03,F,2016-09-02,,\n",
        "2 read = 2 accepted + 0 quarantined");
    add("cse_cohort/f03-cr-only.csv", COHORT + "\rF03A,E06000043,2001-03,F,2016-09-01,,\rF03B,E06000043,2001-03,F,bad,,\r",
        "2 read = 1 accepted + 1 quarantined | invalid_date in identified_date: 1 at [3]");
    add("incidents/f04-quoted-fields.csv", INCIDENTS + "\r\n"
            + "F04A,2016-10-01,E06000043,crime,online,online,,,\"Snap, chat\"\r\n"
            + "F04B,2016-10-01,E06000043,crime,online,online,,,\"say \"\"hi\"\"\"\r\n"
            + "F04C,2016-10-01,E06000043,crime,online,online,,,\"two\r\nlines\"\r\n"
            + "F04D,2016-10-01,E06000043,crime,online,online,,,\"x\"  \r\n"
            + "F04E,2016-10-01,E06000043,crime,online,online,,,bad \"quote\r\n",
        "5 read = 5 accepted + 0 quarantined");
    add("cse_cohort/f05-blank-lines-and-excel-empty-rows.csv", "\r\n" + COHORT + "\r\n\r\n"
            + "F05A,E06000043,2001-03,F,2016-09-01,,\r\n ,,,,,,\r\n,,,,,,\r\n\t\r\nF05B,E06000043,2001-03,F,2016-09-02,,\r\n\r\n\r\n",
        "2 read = 2 accepted + 0 quarantined");
    add("health/f06-empty.csv", "", "0 read = 0 accepted + 0 quarantined | file: empty_file");
    add("health/f07-header-only.csv", "child_id,contact_date,service\r\n", "0 read = 0 accepted + 0 quarantined");
    add("incidents/f08-windows-1252.csv", (INCIDENTS + "\r\nF08A,2016-10-01,E06000043,crime,online,online,,,Zoë's café\r\n")
            .getBytes(Charset.forName("windows-1252")),
        "1 read = 1 accepted + 0 quarantined | file: windows_1252");
    add("health/f09-utf16.csv", "child_id,contact_date,service\r\nF09A,2016-10-01,other\r\n".getBytes(StandardCharsets.UTF_16),
        "0 read = 0 accepted + 0 quarantined | file: encoding");
    add("health/f10-not-text.csv", bytes("child_id,contact_date,service\r\nF10A,2016-10-01,oth".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0x81, '\r', '\n'}),
        "0 read = 0 accepted + 0 quarantined | file: encoding");
    add("health/f11-missing-column.csv", "child_id,service\r\nF11A,other\r\n",
        "0 read = 0 accepted + 0 quarantined | file: missing_column in contact_date");
    // Without a header row the first row is taken as one: its cells must never be shown as column names.
    add("health/f12-no-header-row.csv", "F12-SECRET,2016-10-01,other\r\nF12B,2016-10-02,other\r\n",
        "0 read = 0 accepted + 0 quarantined | file: missing_column in child_id, missing_column in contact_date, "
            + "missing_column in service");
    add("health/f13-duplicate-column.csv", "child_id,contact_date,service,Service\r\nF13A,2016-10-01,other,other\r\n",
        "0 read = 0 accepted + 0 quarantined | file: duplicate_column in Service");
    add("health/f14-unknown-column.csv", "child_id,Contact_Date ,service,Notes\r\nF14A,2016-10-01,other,x\r\n",
        "1 read = 1 accepted + 0 quarantined | file: unknown_column in Notes");
    add("cse_cohort/f15-field-count.csv", COHORT + "\r\nF15A,E06000043,2001-03,F,2016-09-01\r\n"
            + "F15B,E06000043,2001-03,F,2016-09-01,,high,extra\r\nF15C,E06000043,2001-03,F,2016-09-01,,\r\n",
        "3 read = 1 accepted + 2 quarantined | field_count: 2 at [2, 3]");
    add("cse_cohort/f16-text-after-closing-quote.csv", COHORT + "\r\n\"F16A\"x,E06000043,2001-03,F,2016-09-01,,\r\n"
            + "F16B,E06000043,2001-03,F,2016-09-01,,\r\n",
        "2 read = 1 accepted + 1 quarantined | malformed_quotes: 1 at [2]");
    add("cse_cohort/f17-unclosed-quote.csv", COHORT + "\r\nF17A,E06000043,\"2001-03,F,2016-09-01,,\r\n"
            + "F17B,E06000043,2001-03,F,2016-09-01,,\r\nF17C,E06000043,2001-03,F,2016-09-01,,\"low\"\r\n",
        "3 read = 2 accepted + 1 quarantined | malformed_quotes: 1 at [2]");
    add("cse_cohort/f18-row-too-long.csv", COHORT + "\r\nF18A,E06000043,2001-03,F,2016-09-01,," + "x".repeat(1 << 20)
            + "\r\nF18B,E06000043,2001-03,F,2016-09-01,,\r\n",
        "2 read = 1 accepted + 1 quarantined | row_too_long: 1 at [2]");

    // Rules.
    add("cse_cohort/r01-required-blank.csv", COHORT + "\r\n,E06000043,2001-03,F,2016-09-01,,\r\n"
            + "R01B,E06000043,2001-03, ,2016-09-01,,\r\nR01C,E06000043,2001-03,F,2016-09-01,,\r\n",
        "3 read = 1 accepted + 2 quarantined | required_blank in child_id: 1 at [2] | required_blank in gender: 1 at [3]");
    add("cse_cohort/r02-invalid-date.csv", COHORT + "\r\nR02A,E06000043,2001-03,F,31/02/2016,,\r\n"
            + "R02B,E06000043,2001-03,F,09/30/2016,,\r\nR02C,E06000043,2001-03,F,2016-9-1,,\r\n"
            + "R02D,E06000043,2001-13,F,2016-09-01,,\r\nR02E,E06000043,2001-03,F,1/9/2016,01/10/2016,\r\n",
        "5 read = 1 accepted + 4 quarantined | invalid_date in birth_month: 1 at [5] "
            + "| invalid_date in identified_date: 3 at [2, 3, 4] | file: ambiguous_dates");
    add("cse_cohort/r03-future-date.csv", COHORT + "\r\nR03A,E06000043,2001-03,F,2017-01-16,,\r\n"
            + "R03B,E06000043,2017-02,F,2016-09-01,,\r\nR03C,E06000043,2001-03,F,15/01/2017,15/01/2017,\r\n",
        "3 read = 1 accepted + 2 quarantined | future_date in birth_month: 1 at [3] "
            + "| future_date in identified_date: 1 at [2]");
    add("cse_cohort/r04-end-before-start.csv", COHORT + "\r\nR04A,E06000043,2001-03,F,2016-09-02,2016-09-01,\r\n"
            + "R04B,E06000043,2001-03,F,2016-09-02,02/09/2016,\r\n",
        "2 read = 1 accepted + 1 quarantined | end_before_start in closed_date: 1 at [2]");
    add("missing/r05-end-before-start.csv", MISSING + "\r\nR05A,17/03/2001,M,02/10/2016,01/10/2016,,\r\n"
            + "R05B,17/03/2001,M,02/10/2016,02/10/2016,,\r\n",
        "2 read = 1 accepted + 1 quarantined | end_before_start in MIS_END: 1 at [2] | file: authority_not_recorded in LA");
    add("cse_cohort/r06-invalid-code.csv", COHORT + "\r\nR06A,E06000043,2001-03,X,2016-09-01,,\r\n"
            + "R06B,E06000043,2001-03,F,2016-09-01,,severe\r\nR06C,West Sussex,2001-03,F,2016-09-01,,\r\n"
            + "R06D,e10000032,2001-03,2,2016-09-01,, MEDIUM \r\n",
        "4 read = 1 accepted + 3 quarantined | invalid_code in gender: 1 at [2] | invalid_code in la_code: 1 at [4] "
            + "| invalid_code in risk_level: 1 at [3]");
    add("cse_cohort/r07-age-out-of-range.csv", COHORT + "\r\nR07A,E06000043,1998-03,F,2016-03-31,,\r\n"
            + "R07B,E06000043,1998-03,F,2016-03-30,,\r\n",
        "2 read = 1 accepted + 1 quarantined | age_out_of_range in birth_month: 1 at [2]");
    add("cse_cohort/r08-birth-after-event.csv", COHORT + "\r\nR08A,E06000043,2016-10,F,2016-09-30,,\r\n"
            + "R08B,E06000043,2016-09,F,2016-09-30,,\r\n",
        "2 read = 1 accepted + 1 quarantined | birth_after_event in birth_month: 1 at [2]");
    add("missing/r09-birth-after-event.csv", MISSING + "\r\nR09A,17/11/2016,M,02/10/2016,,,\r\n",
        "1 read = 0 accepted + 1 quarantined | birth_after_event in DOB: 1 at [2] | file: authority_not_recorded in LA");
    add("incidents/r10-outside-grid.csv", INCIDENTS + "\r\nR10A,2016-10-01,E06000043,crime,contact,hotel,0,104250,\r\n"
            + "R10B,2016-10-01,E06000043,crime,contact,hotel,531250,1300000,\r\n"
            + "R10C,2016-10-01,E06000043,crime,contact,hotel,531250.9,104250,\r\n",
        "3 read = 1 accepted + 2 quarantined | outside_grid in easting: 1 at [2] | outside_grid in northing: 1 at [3]");
    add("missing/r11-outside-grid.csv", MISSING + "\r\nR11A,17/03/2001,M,02/10/2016,03/10/2016,800000,100000\r\n",
        "1 read = 0 accepted + 1 quarantined | outside_grid in FOUND_EASTING: 1 at [2] | file: authority_not_recorded in LA");
    add("incidents/r12-invalid-number.csv", INCIDENTS + "\r\nR12A,2016-10-01,E06000043,crime,contact,hotel,53125O,104250,\r\n",
        "1 read = 0 accepted + 1 quarantined | invalid_number in easting: 1 at [2]");
    add("suspects/r13-invalid-number.csv", "incident_id,suspect_id,gender,birth_year,status\r\nR13,S1,M,19x0,suspect\r\n"
            + "R13,S2,M,1990,suspect\r\n",
        "2 read = 1 accepted + 1 quarantined | invalid_number in birth_year: 1 at [2]");
    // The same episode twice, written differently but equal once parsed: the later copy is the duplicate.
    add("cse_cohort/r14-duplicate.csv", COHORT + "\r\nR14A,E06000043,2001-03,F,2016-09-01,,high\r\n"
            + "R14B,E06000043,2001-03,F,2016-09-01,,\r\nR14A,e06000043,2001-03-17,2,01/09/2016,,HIGH\r\n",
        "3 read = 2 accepted + 1 quarantined | duplicate in child_id+identified_date: 1 at [4]");
    add("missing/r15a-duplicate-across-files.csv", MISSING + "\r\nR15,17/03/2001,M,02/10/2016,03/10/2016,,\r\n",
        "1 read = 1 accepted + 0 quarantined | file: authority_not_recorded in LA");
    add("missing/r15b-duplicate-across-files.csv", MISSING + "\r\nR15,17/03/2001,M,02/10/2016,03/10/2016,,\r\n",
        "1 read = 0 accepted + 1 quarantined | duplicate in CHILD+MIS_START: 1 at [2] | file: authority_not_recorded in LA");
    add("cse_cohort/r16-conflicting-duplicate.csv", COHORT + "\r\nR16A,E06000043,2001-03,F,2016-09-01,,high\r\n"
            + "R16A,E06000043,2001-03,F,2016-09-01,,low\r\nR16A,E06000043,2001-03,F,2016-09-01,,high\r\n"
            + "R16A,E06000043,2001-03,F,2016-09-02,,high\r\n",
        "4 read = 1 accepted + 3 quarantined | conflicting_duplicate in child_id+identified_date: 3 at [2, 3, 4]");
    // (The file has no LA column and no authority code in its name: its authority is not recorded.)
    // B overlaps A; C starts the day A ends, which is not an overlap; D is still open, so E, starting later, overlaps it.
    add("missing/r17-overlapping-missing.csv", MISSING + "\r\nR17,17/03/2001,M,01/10/2016,05/10/2016,,\r\n"
            + "R17,17/03/2001,A,03/10/2016,04/10/2016,,\r\nR17,17/03/2001,M,05/10/2016,06/10/2016,,\r\n"
            + "R17,17/03/2001,M,01/11/2016,,,\r\nR17,17/03/2001,M,20/11/2016,21/11/2016,,\r\n",
        "5 read = 5 accepted + 0 quarantined | overlapping_missing in MIS_START+MIS_END: 4 at [2, 3, 5, 6] (warning)"
            + " | file: authority_not_recorded in LA");
    // An SSDA903 export as authorities produce it: BOM, CRLF, upper-case headers, UK dates, blank MIS_END, extra columns.
    add("missing/r18-ssda903-export.csv", bytes(BOM, ("CHILD,SEX,DOB,MISSING,MIS_START,MIS_END,PLACEMENT,LA\r\n"
            + "R18A,1,07/04/2002,M,14/10/2016,16/10/2016,U1,E10000032\r\nR18B,2,30/11/2003,A,2/12/2016,,R1,E10000032\r\n")
            .getBytes(StandardCharsets.UTF_8)),
        "2 read = 2 accepted + 0 quarantined | file: unknown_column in SEX, unknown_column in PLACEMENT");
  }

  @BeforeAll
  static void readAllFixtures(SparkSession spark) throws IOException {
    for (Fixture f : FIXTURES) {
      Path file = input.resolve(f.file());
      Files.createDirectories(file.getParent());
      Files.write(file, f.bytes());
    }
    // Not extracts: a CSV with another name is listed as ignored, other files are passed over silently.
    Files.writeString(input.resolve("cse_cohort_old.csv"), "x\n");
    Files.writeString(input.resolve("README.md"), "notes\n");
    Files.writeString(input.resolve("missing/notes.txt"), "notes\n");
    result = new ExtractReader(spark).read(InputCatalog.scan(input.toString(), spark.sparkContext().hadoopConfiguration()),
        RUN_DATE);
    accounts = result.files().stream().collect(Collectors.toMap(FileAccount::file, f -> f, (a, b) -> a, LinkedHashMap::new));
  }

  @TestFactory
  Stream<DynamicTest> eachFixtureFindsExactlyWhatIsWrongAndAccountsForEveryRow() {
    return FIXTURES.stream().map(f -> DynamicTest.dynamicTest(f.file(), () -> {
      FileAccount account = accounts.get(f.file());
      assertThat(account).as("account of " + f.file()).isNotNull();
      assertThat(describe(account)).isEqualTo(f.expected());
      assertThat(account.balances()).isTrue();
    }));
  }

  @Test
  void everyFixtureFileWasReadAndNothingElse() {
    assertThat(accounts.keySet()).containsExactlyInAnyOrderElementsOf(FIXTURES.stream().map(Fixture::file).toList());
    assertThat(result.unbalanced()).isEmpty();
    assertThat(result.ignoredFiles()).containsExactly("cse_cohort_old.csv", "missing/notes.txt");
  }

  @Test
  void fileProblemsSayWhereWhatAndWhatToDo() {
    assertThat(accounts.get("health/f11-missing-column.csv").problems()).extracting(FileProblem::message)
        .containsExactly("health/f11-missing-column.csv, column contact_date: a required column is missing from "
            + "the header row [missing_column]; add the column to the header row (names are matched ignoring case "
            + "and surrounding spaces); a file needs a header row naming its columns");
    assertThat(accounts.get("health/f11-missing-column.csv").rejected()).isTrue();
    assertThat(accounts.get("health/f06-empty.csv").rejected()).as("an empty file is only a warning").isFalse();
  }

  @Test
  void quarantinedRowsAreWhereTheAccountSaysAndHoldNoValues() {
    List<Row> rows = result.extract(CohortExtract.NAME).quarantined()
        .filter("source_file = 'cse_cohort/r06-invalid-code.csv'").orderBy("line_number").collectAsList();
    assertThat(rows).extracting(Row::toString).containsExactly(
        "[cse_cohort,cse_cohort/r06-invalid-code.csv,2,invalid_code,gender]",
        "[cse_cohort,cse_cohort/r06-invalid-code.csv,3,invalid_code,risk_level]",
        "[cse_cohort,cse_cohort/r06-invalid-code.csv,4,invalid_code,la_code]");
    assertThat(result.extract(CohortExtract.NAME).quarantined().schema().fieldNames())
        .containsExactly("extract", "source_file", "line_number", "rule", "column_name");
  }

  @Test
  void acceptedRowsCarryTheirValuesAsParsed() {
    List<Row> incidents = result.extract(IncidentsExtract.NAME).accepted()
        .select("incident_id", "platform", "line_number").orderBy("incident_id").collectAsList();
    assertThat(incidents).extracting(Row::toString).containsExactly(
        "[F04A,Snap, chat,2]", "[F04B,say \"hi\",3]", "[F04C,two\r\nlines,4]", "[F04D,x,6]",
        "[F04E,bad \"quote,7]", "[F08A,Zoë's café,2]", "[R10C,null,4]");
    Row duplicateKept = result.extract(CohortExtract.NAME).accepted().filter("child_id = 'R14A'").first();
    assertThat(duplicateKept.<Long>getAs("line_number")).isEqualTo(2L);
  }

  @Test
  void completenessIsTheShareOfAcceptedRowsFillingEachOptionalColumn() {
    assertThat(result.completeness()).filteredOn(c -> c.extract().equals(IncidentsExtract.NAME)
            && c.column().equals(IncidentsExtract.PLATFORM))
        .extracting(c -> c.file() + " " + c.filled() + "/" + c.rows())
        .containsExactly("incidents/f04-quoted-fields.csv 5/5", "incidents/f08-windows-1252.csv 1/1",
            "incidents/r10-outside-grid.csv 0/1", "ALL 6/7");
    assertThat(result.completeness()).filteredOn(c -> c.file().equals("missing/r17-overlapping-missing.csv"))
        .extracting(c -> c.column() + " " + c.filled() + "/" + c.rows())
        .containsExactly("MIS_END 4/5", "LA 0/5", "RHI_OFFERED 0/5", "RHI_ACCEPTED 0/5", "FOUND_EASTING 0/5",
            "FOUND_NORTHING 0/5");
  }

  @Test
  void noCellOfAFileWithoutAHeaderRowAppearsInAnyProblem() {
    String everything = result.files().stream()
        .flatMap(f -> Stream.concat(f.problems().stream().map(FileProblem::message),
            f.rowProblems().stream().map(RowProblem::toString)))
        .collect(Collectors.joining("\n"));
    assertThat(everything).doesNotContain("F12-SECRET").doesNotContain("Zoë").doesNotContain("Snap");
  }

  /** A fixture's account in one line: counts, then each row problem, then file problems. */
  static String describe(FileAccount f) {
    StringBuilder b = new StringBuilder()
        .append(f.rowsRead()).append(" read = ").append(f.accepted()).append(" accepted + ")
        .append(f.quarantined()).append(" quarantined");
    f.rowProblems().stream()
        .sorted(java.util.Comparator.comparing((RowProblem p) -> p.rule().id())
            .thenComparing(p -> p.column() == null ? "" : p.column()))
        .forEach(p -> b.append(" | ").append(p.rule().id()).append(p.column() == null ? "" : " in " + p.column())
            .append(": ").append(p.rows()).append(" at ").append(p.firstLines())
            .append(p.quarantined() ? "" : " (warning)"));
    if (!f.problems().isEmpty()) {
      b.append(" | file: ").append(f.problems().stream()
          .map(p -> p.rule().id() + (p.column() == null ? "" : " in " + p.column()))
          .collect(Collectors.joining(", ")));
    }
    return b.toString();
  }

  private static void add(String file, String text, String expected) {
    add(file, text.getBytes(StandardCharsets.UTF_8), expected);
  }

  private static void add(String file, byte[] bytes, String expected) {
    FIXTURES.add(new Fixture(file, bytes, expected));
  }

  private static byte[] bytes(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static byte[] bytes(byte[] a, String b) {
    return bytes(a, b.getBytes(StandardCharsets.UTF_8));
  }
}
