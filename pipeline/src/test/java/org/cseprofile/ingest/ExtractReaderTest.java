package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkExtension.class)
class ExtractReaderTest {
  @TempDir
  Path input;

  @Test
  void readsExcelStyleFilesAndAccountsForEveryRow(SparkSession spark) throws IOException {
    // BOM, CRLF, UK dates, upper-case headers, a quoted value with a comma and a line break, a trailing blank line.
    write("cse_cohort.csv", "\uFEFFCHILD_ID,LA_CODE,Birth_Month,GENDER,IDENTIFIED_DATE,CLOSED_DATE,RISK_LEVEL\r\n"
        + "A1,E06000043,2001-03,F,01/09/2016,,high\r\n"
        + "\"A2\",E10000011,\"2002-12\",M,2016-06-01,\"01/10/2016\",\"me\r\ndium\"\r\n"
        + "A3,E10000032,2003-01,F,31/02/2016,,\r\n"
        + "A4,E10000032,2003-01,F\r\n"
        + "A5,E10000032,2003-01,F,2016-10-01,,LOW\r\n"
        + "\r\n", StandardCharsets.UTF_8);
    write("missing/E06000043.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END\n"
        + "A1,17/03/2001,M,02/10/2016,03/10/2016\n", StandardCharsets.UTF_8);
    write("missing/E10000011.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END\n"
        + "A2,01/12/2002,A,05/11/2016,\n", StandardCharsets.UTF_8);

    IngestResult result = read(spark);

    assertThat(result.files()).extracting(f -> f.file() + " " + f.rowsRead() + "=" + f.accepted() + "+" + f.quarantined())
        .containsExactly("cse_cohort.csv 5=2+3", "missing/E06000043.csv 1=1+0", "missing/E10000011.csv 1=1+0");
    assertThat(result.unbalanced()).isEmpty();
    List<Row> quarantined = result.extract(CohortExtract.NAME).quarantined().orderBy("line_number").collectAsList();
    // A2's quoted risk level spans lines 3-4, so A3 starts on line 5.
    assertThat(quarantined).extracting(Row::toString).containsExactly(
        "[cse_cohort,cse_cohort.csv,3,invalid_code,risk_level]",
        "[cse_cohort,cse_cohort.csv,5,invalid_date,identified_date]",
        "[cse_cohort,cse_cohort.csv,6,field_count,null]");
    assertThat(result.extract(CohortExtract.NAME).accepted().select("child_id", "risk_level", "line_number")
        .orderBy("child_id").collectAsList()).extracting(Row::toString)
        .containsExactly("[A1,high,2]", "[A5,low,7]");
    assertThat(result.extract(MissingExtract.NAME).accepted().count()).isEqualTo(2);
    assertThat(result.extract(HealthExtract.NAME).accepted().count()).isZero();
  }

  @Test
  void aFileMissingARequiredColumnIsRejectedAndOthersStillRead(SparkSession spark) throws IOException {
    write("cse_cohort.csv", "child_id,la_code,birth_month,gender,identified_date\nA1,E06000043,2001-03,F,2016-09-01\n",
        StandardCharsets.UTF_8);
    write("health.csv", "child_id,service\nA1,sexual_health\n", StandardCharsets.UTF_8);

    IngestResult result = read(spark);

    FileAccount health = result.files().stream().filter(f -> f.extract().equals(HealthExtract.NAME)).findFirst().orElseThrow();
    assertThat(health.rejected()).isTrue();
    assertThat(health.rowsRead()).isZero();
    assertThat(health.problems()).extracting(FileProblem::message).containsExactly(
        "health.csv, column contact_date: a required column is missing from the header row [missing_column]; "
            + "add the column to the header row (names are matched ignoring case and surrounding spaces); a file "
            + "needs a header row naming its columns");
    assertThat(result.extract(CohortExtract.NAME).accepted().count()).isEqualTo(1);
  }

  @Test
  void windows1252IsReadCorrectlyWithAWarningAndUtf16IsRejected(SparkSession spark) throws IOException {
    write("cse_cohort.csv", "child_id,la_code,birth_month,gender,identified_date\nA1,E06000043,2001-03,F,2016-09-01\n",
        StandardCharsets.UTF_8);
    write("incidents.csv", "incident_id,recorded_date,la_code,incident_type,contact_type,place_type,platform\n"
        + "I1,2016-10-01,E06000043,crime,online,online,Zoë's app\n", Charset.forName("windows-1252"));
    write("health.csv", "child_id,contact_date,service\nA1,2016-10-01,other\n", StandardCharsets.UTF_16);

    IngestResult result = read(spark);

    assertThat(result.extract(IncidentsExtract.NAME).accepted().select("platform").first().getString(0))
        .isEqualTo("Zoë's app");
    assertThat(result.files()).filteredOn(f -> f.extract().equals(IncidentsExtract.NAME))
        .extracting(f -> f.problems().get(0).rule()).containsExactly(Rule.WINDOWS_1252);
    assertThat(result.files()).filteredOn(f -> f.extract().equals(HealthExtract.NAME))
        .extracting(f -> f.problems().get(0).rule()).containsExactly(Rule.ENCODING);
  }

  @Test
  void emptyAndHeaderOnlyFilesContributeNoRows(SparkSession spark) throws IOException {
    write("cse_cohort.csv", "child_id,la_code,birth_month,gender,identified_date\r\n", StandardCharsets.UTF_8);
    write("health.csv", "", StandardCharsets.UTF_8);

    IngestResult result = read(spark);

    assertThat(result.files()).extracting(f -> f.file() + " " + f.rowsRead() + " " + f.problems().size())
        .containsExactly("cse_cohort.csv 0 0", "health.csv 0 1");
    assertThat(result.files().get(1).problems().get(0).rule()).isEqualTo(Rule.EMPTY_FILE);
  }

  @Test
  void unknownFilesAreListedAndAMissingFolderIsAnInputError(SparkSession spark) throws IOException {
    write("cse_cohort.csv", "child_id,la_code,birth_month,gender,identified_date\n", StandardCharsets.UTF_8);
    write("cse_cohort_old.csv", "x\n", StandardCharsets.UTF_8);
    write("README.md", "notes\n", StandardCharsets.UTF_8);

    assertThat(read(spark).ignoredFiles()).containsExactly("cse_cohort_old.csv");
    assertThatThrownBy(() -> InputCatalog.scan(input.resolve("nowhere").toString(),
        spark.sparkContext().hadoopConfiguration()))
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith("nowhere does not exist or is not a folder");
  }

  @Test
  void hadoopPathListEscapesCommasAndGlobs() {
    assertThat(ExtractReader.escapeHadoopPath("file:/in/a,b[1].csv")).isEqualTo("file:/in/a\\,b\\[1\\].csv");
  }

  private IngestResult read(SparkSession spark) {
    return new ExtractReader(spark).read(InputCatalog.scan(input.toString(), spark.sparkContext().hadoopConfiguration()));
  }

  private void write(String name, String text, Charset charset) throws IOException {
    Path file = input.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(charset));
  }
}
