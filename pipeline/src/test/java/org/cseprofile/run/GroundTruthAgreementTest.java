package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.ExtractReader;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.ingest.IngestResult;
import org.cseprofile.ingest.InputCatalog;
import org.cseprofile.period.Period;
import org.cseprofile.sample.SampleConfig;
import org.cseprofile.sample.SampleGenerator;
import org.cseprofile.table.TableNames;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline must find exactly what the generator planted, in every quarter of the window. */
@ExtendWith(SparkExtension.class)
class GroundTruthAgreementTest {
  @TempDir
  static Path data;

  static IngestResult ingested;
  static JsonNode truth;

  @BeforeAll
  static void generateAndIngest(SparkSession spark) throws IOException {
    SampleGenerator.generate(new SampleConfig(42, 250, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31),
        SampleConfig.SUSSEX, data.toString()));
    truth = new ObjectMapper().readTree(data.resolve("ground-truth.json").toFile());
    ingested = new ExtractReader(spark).read(InputCatalog.scan(data.toString(), spark.sparkContext().hadoopConfiguration()));
  }

  @Test
  void cleanGeneratedDataIsAcceptedInFull() {
    assertThat(ingested.files()).allSatisfy(f -> {
      assertThat(f.quarantined()).as(f.file()).isZero();
      assertThat(f.problems()).as(f.file()).isEmpty();
    });
    for (String extract : List.of("cse_cohort", "education", "health", "missing", "incidents", "suspects")) {
      long read = ingested.files().stream().filter(f -> f.extract().equals(extract)).mapToLong(FileAccount::rowsRead).sum();
      assertThat(read).as(extract).isEqualTo(truth.get("rows").get(extract).asLong()).isPositive();
    }
  }

  @Test
  void cohortAndAgeByGenderMatchTheGroundTruthInEveryQuarter() {
    for (Period quarter : Period.parseQuarter("2016-Q4").trailingQuarters(8)) {
      ProfileTables tables = ProfileRun.profile(ingested, quarter, org.cseprofile.profile.ProfileSettings.DEFAULTS);

      List<String> cohort = tables.tables().get(TableNames.COHORT)
          .filter("children_open > 0").orderBy("la_code").collectAsList().stream()
          .map(r -> r.getString(1) + "=" + r.getLong(2)).toList();
      assertThat(cohort).as(quarter.label()).isEqualTo(expected("cohort", quarter, "la_code", "children_open"))
          .isNotEmpty();

      List<String> ages = tables.tables().get(TableNames.AGE_BY_GENDER)
          .filter("children > 0").orderBy("la_code", "gender", "age").collectAsList().stream()
          .map(GroundTruthAgreementTest::ageKey).toList();
      assertThat(ages).as(quarter.label()).isEqualTo(expected("age_by_gender", quarter, "la_code", "gender", "age",
          "children"));
    }
  }

  @Test
  void generatedCohortHasTheShapeOfAProblemProfile() {
    long girls = 0;
    long all = 0;
    long teenagers = 0;
    for (JsonNode row : truth.get("statistics").get("age_by_gender")) {
      if (row.get("period").asText().equals("2016-Q4") && row.get("la_code").asText().equals("ALL")) {
        long n = row.get("children").asLong();
        all += n;
        girls += row.get("gender").asText().equals("F") ? n : 0;
        teenagers += row.get("age").asInt() >= 13 ? n : 0;
      }
    }
    assertThat((double) girls / all).as("share of girls").isBetween(0.70, 0.92);
    assertThat((double) teenagers / all).as("share aged 13 and over").isGreaterThan(0.75);
  }

  private static String ageKey(Row r) {
    return r.getString(1) + "|" + r.getString(2) + "|" + r.getInt(3) + "=" + r.getLong(4);
  }

  private static List<String> expected(String statistic, Period quarter, String... columns) {
    List<String> rows = new ArrayList<>();
    for (JsonNode row : truth.get("statistics").get(statistic)) {
      if (!row.get("period").asText().equals(quarter.label())) {
        continue;
      }
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < columns.length - 1; i++) {
        key.append(i == 0 ? "" : "|").append(row.get(columns[i]).asText());
      }
      rows.add(key + "=" + row.get(columns[columns.length - 1]).asLong());
    }
    return rows;
  }
}
