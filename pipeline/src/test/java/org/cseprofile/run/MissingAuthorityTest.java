package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.ExtractReader;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.ingest.IngestResult;
import org.cseprofile.ingest.InputCatalog;
import org.cseprofile.ingest.Rule;
import org.cseprofile.profile.ProfileSettings;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The authority of SSDA903 episodes: the LA column, else the file's name, else not recorded (never 0). */
@ExtendWith(SparkExtension.class)
class MissingAuthorityTest {
  static final String COHORT = """
      child_id,la_code,birth_month,gender,identified_date
      c1,E10000011,2002-03,F,2016-10-05
      c3,E06000043,2003-01,F,2016-06-01
      """;
  static final String WITH_LA = """
      CHILD,DOB,MISSING,MIS_START,MIS_END,LA
      c1,15/03/2002,M,01/11/2016,03/11/2016,E10000011
      x9,01/01/2001,A,10/12/2016,,E10000011
      """;
  static final String WITHOUT_LA = """
      CHILD,DOB,MISSING,MIS_START,MIS_END
      c1,15/03/2002,M,01/11/2016,03/11/2016
      x9,01/01/2001,A,10/12/2016,
      """;

  @TempDir
  Path work;

  @Test
  void aFileNamedByItsAuthorityCountsLikeOneWithAnLaColumnAndAnUnnamedOneIsNotRecorded(SparkSession spark)
      throws IOException {
    List<String> withColumn = summary(spark, folder("column", "missing/E10000011.csv", WITH_LA));
    IngestResult named = read(spark, folder("named", "E10000011_missing.csv", WITHOUT_LA));
    IngestResult unnamed = read(spark, folder("unnamed", "missing/episodes.csv", WITHOUT_LA));

    // all_missing: ALL 2 episodes of 2 children; E10000011 the same; E06000043 none (0, recorded).
    assertThat(withColumn).containsExactly("ALL all_missing 2 2", "E06000043 all_missing 0 0",
        "E10000011 all_missing 2 2");
    assertThat(summary(named)).isEqualTo(withColumn);
    assertThat(summary(unnamed)).containsExactly("ALL all_missing 2 2", "E06000043 all_missing null null",
        "E10000011 all_missing null null");

    assertThat(rules(named)).containsExactly(Rule.AUTHORITY_FROM_FILE_NAME);
    assertThat(rules(unnamed)).containsExactly(Rule.AUTHORITY_NOT_RECORDED);
    assertThat(named.files().get(1).authority()).contains("file_name");
    assertThat(unnamed.files().get(1).authority()).contains("not_recorded");
    assertThat(read(spark, work.resolve("column")).files().get(1).authority()).contains("la_column");
    assertThat(named.files().get(0).authority()).isEmpty();
  }

  @Test
  void anXmlReturnAndTheCsvTableOfTheSameEpisodesGiveIdenticalTables(SparkSession spark) throws IOException {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <EXPSSDA903>
          <HEADER><LA>E10000011</LA></HEADER>
          <CHILD>
            <HEADER><CHILDID>c1</CHILDID><DOB>15/03/2002</DOB><AMISSING><MISSING>M</MISSING>
              <MIS_START>01/11/2016</MIS_START><MIS_END>03/11/2016</MIS_END></AMISSING></HEADER>
          </CHILD>
          <CHILD>
            <HEADER><CHILDID>x9</CHILDID><DOB>01/01/2001</DOB>
              <AMISSING><MISSING>A</MISSING><MIS_START>10/12/2016</MIS_START></AMISSING></HEADER>
          </CHILD>
        </EXPSSDA903>
        """;
    IngestResult csv = read(spark, folder("csv", "missing/E10000011.csv", WITH_LA));
    IngestResult fromXml = read(spark, folder("xml", "missing/return.xml", xml));

    FileAccount account = fromXml.files().get(1);
    assertThat(account.file()).isEqualTo("missing/return.xml");
    assertThat(List.of(account.rowsRead(), account.accepted(), account.quarantined())).containsExactly(2L, 2L, 0L);
    assertThat(account.authority()).contains("return");
    assertThat(episodes(fromXml)).isEqualTo(episodes(csv));
    for (String table : List.of("missing_summary", "missing_breakdown", "missing_trend", "vulnerabilities")) {
      assertThat(rows(fromXml, table)).as(table).isEqualTo(rows(csv, table));
    }
  }

  private static List<String> episodes(IngestResult ingested) {
    return ingested.extract("missing").accepted().drop("source_file", "line_number").orderBy("child_id")
        .collectAsList().stream().map(Row::toString).toList();
  }

  private static List<String> rows(IngestResult ingested, String table) {
    org.apache.spark.sql.Dataset<Row> t = ProfileRun.profile(ingested, ExtractSubsetsTest.Q4, ProfileSettings.DEFAULTS)
        .tables().get(table);
    return t.orderBy(java.util.Arrays.stream(t.columns()).map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new)).collectAsList().stream().map(Row::toString).toList();
  }

  private Path folder(String name, String missingFile, String missing) throws IOException {
    Path input = work.resolve(name);
    Files.createDirectories(input.resolve(missingFile).getParent());
    Files.writeString(input.resolve("cse_cohort.csv"), COHORT, StandardCharsets.UTF_8);
    Files.writeString(input.resolve(missingFile), missing, StandardCharsets.UTF_8);
    return input;
  }

  private static IngestResult read(SparkSession spark, Path input) {
    return new ExtractReader(spark).read(InputCatalog.scan(input.toString(), spark.sparkContext().hadoopConfiguration()),
        ExtractSubsetsTest.RUN_DATE);
  }

  private static List<String> summary(SparkSession spark, Path input) {
    return summary(read(spark, input));
  }

  private static List<String> summary(IngestResult ingested) {
    return ProfileRun.profile(ingested, ExtractSubsetsTest.Q4, ProfileSettings.DEFAULTS).tables().get("missing_summary")
        .filter("population = 'all_missing'").orderBy("la_code").collectAsList().stream()
        .map(r -> r.getAs("la_code") + " " + r.getAs("population") + " " + r.getAs("episodes") + " " + r.getAs("children"))
        .toList();
  }

  private static List<Rule> rules(IngestResult ingested) {
    FileAccount missing = ingested.files().stream().filter(f -> f.extract().equals("missing")).findFirst().orElseThrow();
    return missing.problems().stream().map(p -> p.rule()).toList();
  }
}
