package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.catalogue.ProfileCatalogue;
import org.cseprofile.ingest.ExtractReader;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.ingest.IngestResult;
import org.cseprofile.ingest.InputCatalog;
import org.cseprofile.period.Period;
import org.cseprofile.profile.ProfileSettings;
import org.cseprofile.sample.SampleConfig;
import org.cseprofile.sample.SampleGenerator;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline must find exactly what the generator planted: every table of the catalogue, each
 * against its ground truth (a table with none fails), for the report quarter and each trend quarter.
 */
@ExtendWith(SparkExtension.class)
class GroundTruthAgreementTest {
  @TempDir
  static Path data;

  static IngestResult ingested;
  static JsonNode truth;
  static ProfileTables q4;

  @BeforeAll
  static void generateAndProfile(SparkSession spark) throws IOException {
    SampleGenerator.generate(new SampleConfig(42, 250, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31),
        SampleConfig.SUSSEX, data.toString()));
    truth = new ObjectMapper().readTree(data.resolve("ground-truth.json").toFile());
    ingested = new ExtractReader(spark).read(InputCatalog.scan(data.toString(), spark.sparkContext().hadoopConfiguration()));
    q4 = ProfileRun.profile(ingested, Period.parseQuarter("2016-Q4"), ProfileSettings.DEFAULTS);
  }

  @AfterAll
  static void release() {
    q4.release();
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
  void everyProfileTableHasItsGroundTruth() {
    for (String table : ProfileCatalogue.names()) {
      assertThat(truth.get("statistics").has(truthOf(table))).as("ground truth of " + table).isTrue();
    }
  }

  @Test
  void everyStatisticOfTheReportQuarterMatchesTheGroundTruth() {
    assertThat(truth.get("detail_quarters")).extracting(JsonNode::asText).containsExactly("2016-Q3", "2016-Q4");
    for (String table : ProfileCatalogue.names()) {
      if (isTrend(table)) {
        continue;
      }
      List<Row> rows = collect(q4.tables().get(table));
      if (table.equals(TableNames.AGENCY_PERFORMANCE)) {
        // The median is a measure of its own in the truth: the other measures are counts.
        int measure = rows.get(0).fieldIndex("measure");
        assertAgrees("median_days_to_risk_assessment",
            rows.stream().filter(r -> r.getString(measure).equals("median_days_to_risk_assessment")).toList(),
            "median_days_to_risk_assessment", "2016-Q4");
        rows = rows.stream().filter(r -> !r.getString(measure).equals("median_days_to_risk_assessment")).toList();
      }
      assertAgrees(truthOf(table), rows, table, "2016-Q4");
    }
  }

  @Test
  void everyTrendQuarterMatchesTheGroundTruth() {
    List<String> trends = ProfileCatalogue.names().stream().filter(GroundTruthAgreementTest::isTrend).toList();
    assertThat(trends).containsExactly("cohort_trend", "cohort_trend_breakdown", "missing_trend");
    for (String table : trends) {
      List<Row> rows = collect(quarterAsPeriod(q4.tables().get(table)));
      for (Period quarter : Period.parseQuarter("2016-Q4").trailingQuarters(8)) {
        assertAgrees(truthOf(table), rows, table, quarter.label());
      }
    }
  }

  /** The truth of a table: its own name, but the cohort's trend is the cohort of each quarter. */
  private static String truthOf(String table) {
    return table.equals(TableNames.COHORT_TREND) ? TableNames.COHORT : table;
  }

  /** A trend table: one row per trend quarter, by {@code quarter}. */
  private static boolean isTrend(String table) {
    return ProfileCatalogue.table(table).publication().dimensions().contains(Columns.QUARTER);
  }

  /** The ground truth's group of each child ({@code child|id}) and suspect ({@code suspect|id}) in {@code period}. */
  static Map<String, String> groupOfEachMember(JsonNode truth, String period) {
    Map<String, String> groups = new TreeMap<>();
    for (JsonNode group : truth.get("network_groups").get(period)) {
      for (String type : List.of("children", "suspects")) {
        if (group.has(type)) {
          group.get(type).forEach(id -> groups.put((type.equals("children") ? "child|" : "suspect|") + id.asText(),
              group.get("group_id").asText()));
        }
      }
    }
    return groups;
  }

  @Test
  void theRunFindsExactlyTheGroupsOfChildrenAndSuspectsTheGeneratorsIncidentsLink() {
    Map<String, String> expected = groupOfEachMember(truth, "2016-Q4");
    Map<String, String> actual = new TreeMap<>();
    for (Row r : collect(q4.restrictedOnly().get(TableNames.NETWORK_MEMBERS).filter("member_type != 'place'"))) {
      actual.put(r.getAs("member_type") + "|" + r.getAs("member_id"), String.valueOf(r.<Integer>getAs("group_id")));
    }
    assertThat(actual).isEqualTo(expected);
    // The generator's draws make every kind of group: pairs, small groups and a large network across authorities.
    List<Row> groups = collect(q4.restrictedOnly().get(TableNames.NETWORK_GROUPS));
    assertThat(groups).anySatisfy(g -> assertThat(g.<Long>getAs("children") + g.<Long>getAs("suspects")).isEqualTo(2));
    assertThat(groups).anySatisfy(g -> {
      assertThat(g.<Long>getAs("suspects")).isGreaterThanOrEqualTo(3);
      assertThat(g.<Long>getAs("authorities")).isGreaterThanOrEqualTo(2);
    });
  }

  @Test
  void generatedCohortHasTheShapeOfAProblemProfile() {
    Map<String, Long> gender = new TreeMap<>();
    long missingEver = 0;
    long cohort = 0;
    for (JsonNode row : truth.get("statistics").get("cohort_breakdown")) {
      if (row.get("period").asText().equals("2016-Q4") && row.get("la_code").asText().equals("ALL")
          && row.get("breakdown").asText().equals("gender")) {
        gender.put(row.get("category").asText(), row.get("children").asLong());
      }
    }
    for (JsonNode row : truth.get("statistics").get("vulnerabilities")) {
      if (row.get("period").asText().equals("2016-Q4") && row.get("la_code").asText().equals("ALL")
          && row.get("indicator").asText().equals("missing_ever")) {
        missingEver = row.get("numerator").asLong();
        cohort = row.get("denominator").asLong();
      }
    }
    long all = gender.values().stream().mapToLong(Long::longValue).sum();
    assertThat(all).isEqualTo(cohort).isGreaterThan(50);
    assertThat((double) gender.get("F") / all).as("share of girls").isBetween(0.70, 0.92);
    assertThat((double) missingEver / cohort).as("share ever missing").isBetween(0.78, 0.97);
  }

  /**
   * The pipeline's rows for one period equal the ground truth's, on the truth's key and value
   * columns. Rows whose values are all zero (or null) are left out on both sides: the pipeline lists
   * every category, the generator only what it planted.
   */
  private static void assertAgrees(String truthTable, List<Row> table, String label, String period) {
    JsonNode rows = truth.get("statistics").get(truthTable);
    List<String> columns = new ArrayList<>();
    rows.get(0).fieldNames().forEachRemaining(columns::add);
    Map<String, String> expected = new TreeMap<>();
    for (JsonNode row : rows) {
      if (row.get("period").asText().equals(period)) {
        put(expected, columns.stream().map(c -> row.get(c).asText()).toList(), columns);
      }
    }
    Map<String, String> actual = new TreeMap<>();
    for (Row r : table) {
      if (!r.getString(r.fieldIndex("period")).equals(period)) {
        continue;
      }
      List<String> values = new ArrayList<>();
      for (String c : columns) {
        int i = r.fieldIndex(c);
        values.add(r.isNullAt(i) ? "null" : String.valueOf(r.get(i)));
      }
      put(actual, values, columns);
    }
    assertThat(actual).as(label + " " + period).isEqualTo(expected).isNotEmpty();
  }

  private static void put(Map<String, String> map, List<String> row, List<String> columns) {
    int keys = (int) columns.stream().takeWhile(c -> !isValue(c)).count();
    List<String> values = row.subList(keys, row.size());
    if (values.stream().allMatch(v -> v.equals("0") || v.equals("null") || v.equals("0.0"))) {
      return;
    }
    map.put(String.join("|", row.subList(0, keys)), String.join("|", values));
  }

  private static boolean isValue(String column) {
    return !List.of("period", "la_code", "breakdown", "category", "gender", "age", "age_band", "indicator", "population",
        "measure", "size_band", "place_type", "location_role").contains(column);
  }

  /** Every row of a (small, aggregate) table, collected once. */
  private static List<Row> collect(Dataset<Row> table) {
    return table.collectAsList();
  }

  private static Dataset<Row> quarterAsPeriod(Dataset<Row> trend) {
    return trend.drop("period").withColumnRenamed("quarter", "period");
  }
}
