package org.cseprofile.run;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.ingest.Rule;
import org.cseprofile.ingest.Severity;
import org.cseprofile.period.Period;
import org.cseprofile.sample.SampleConfig;
import org.cseprofile.sample.SampleGenerator;
import org.cseprofile.sample.SampleVariant;
import org.cseprofile.table.TableNames;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A whole run over the generator's dirty variant: what it quarantines and reports must be exactly the defects planted. */
@ExtendWith(SparkExtension.class)
class DirtyGroundTruthTest {
  @TempDir
  static Path work;

  static JsonNode defects;
  static RunResult result;
  static SparkSession spark;

  @BeforeAll
  static void generateDirtyDataAndRun(SparkSession session) throws IOException {
    spark = session;
    Path data = work.resolve("dirty");
    SampleGenerator.generate(new SampleConfig(11, 150, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31),
        SampleConfig.SUSSEX, data.toString()), SampleVariant.DIRTY);
    defects = new ObjectMapper().readTree(data.resolve("ground-truth.json").toFile()).get("defects").get("files");
    result = new ProfileRun(spark, RunListener.SILENT).run(new RunConfig(data.toString(), work.resolve("out").toString(),
        Period.parseQuarter("2016-Q4"), LocalDate.of(2017, 1, 15), DisclosurePolicy.named("partnership")));
  }

  @Test
  void aRerunOnDirtyDataWritesTheSameQuarantineAndPublishedBytes() throws Exception {
    // Finding 9 of issue 14: the quarantine's row order varied between runs; chart PDFs embedded the time.
    Path rerun = work.resolve("rerun");
    new ProfileRun(spark, RunListener.SILENT).run(new RunConfig(work.resolve("dirty").toString(), rerun.toString(),
        Period.parseQuarter("2016-Q4"), LocalDate.of(2017, 1, 15), DisclosurePolicy.named("partnership")));
    Map<String, java.util.List<String>> first = digests(work.resolve("out"));
    assertThat(first).containsKeys("restricted/quarantine/period=2016-Q4", "restricted/row_warnings/period=2016-Q4",
        "published/2016-Q4/tables/input_warnings.csv", "published/2016-Q4/charts/cohort-trend.pdf");
    assertThat(digests(rerun)).isEqualTo(first);
  }

  /**
   * The SHA-256 of every published file of 2016-Q4, and of the quarantine's and row warnings' Parquet files (named by
   * a random job id, so compared as a sorted list per folder).
   */
  private static Map<String, java.util.List<String>> digests(Path output) throws IOException {
    Map<String, java.util.List<String>> files = new TreeMap<>();
    try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(output)) {
      for (Path p : all.filter(java.nio.file.Files::isRegularFile).toList()) {
        String relative = output.relativize(p).toString();
        String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
            .digest(java.nio.file.Files.readAllBytes(p)));
        if (relative.startsWith("published/2016-Q4/")) {
          files.put(relative, new java.util.ArrayList<>(java.util.List.of(digest)));
        } else if ((relative.startsWith("restricted/quarantine/") || relative.startsWith("restricted/row_warnings/"))
            && relative.endsWith(".parquet")) {
          files.computeIfAbsent(relative.substring(0, relative.lastIndexOf('/')), k -> new java.util.ArrayList<>())
              .add(digest);
        }
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    files.values().forEach(list -> list.sort(null));
    return files;
  }

  @Test
  void theQuarantineTableHoldsExactlyTheDefectsPlanted() {
    Map<String, Long> expected = new TreeMap<>();
    defects.fields().forEachRemaining(file -> file.getValue().get("quarantined").fields()
        .forEachRemaining(rule -> expected.put(file.getKey() + " " + rule.getKey(), rule.getValue().asLong())));

    assertThat(countsByFileAndRule(TableNames.QUARANTINE)).isEqualTo(expected);
    assertThat(expected.keySet().stream().map(k -> k.substring(k.indexOf(' ') + 1)).distinct())
        .as("every row rule but row_too_long and the workbook-only rules (the dirty sample is CSV) is planted")
        .containsExactlyInAnyOrder(java.util.Arrays.stream(Rule.values())
            .filter(r -> r.severity() == Severity.REJECT_ROW && r != Rule.ROW_TOO_LONG && r != Rule.EXCEL_LONG_NUMBER
                && r != Rule.EXCEL_ERROR).map(Rule::id).toArray(String[]::new));
  }

  @Test
  void theRowWarningsTableHoldsExactlyTheOverlapsPlanted() {
    Map<String, Long> expected = new TreeMap<>();
    defects.fields().forEachRemaining(file -> file.getValue().get("warned").fields()
        .forEachRemaining(rule -> expected.put(file.getKey() + " " + rule.getKey(), rule.getValue().asLong())));

    assertThat(countsByFileAndRule(TableNames.ROW_WARNINGS)).isEqualTo(expected).isNotEmpty();
  }

  @Test
  void everyFileIsAccountedForWithTheRowsPlanted() {
    assertThat(result.files()).hasSize(defects.size()).allSatisfy(f -> {
      JsonNode planted = defects.get(f.file());
      long quarantined = 0;
      for (JsonNode n : planted.get("quarantined")) {
        quarantined += n.asLong();
      }
      assertThat(f.rowsRead()).as(f.file()).isEqualTo(planted.get("rows_read").asLong());
      assertThat(f.quarantined()).as(f.file()).isEqualTo(quarantined);
      assertThat(f.accepted()).as(f.file()).isEqualTo(f.rowsRead() - quarantined);
      assertThat(f.problems()).as(f.file()).extracting(p -> p.rule().id())
          .containsExactlyElementsOf(textValues(planted.get("file_warnings")));
    });
  }

  @Test
  void theDataQualityTableAgreesWithTheAccounting() {
    Dataset<Row> quality = spark.read().parquet(work.resolve("out/restricted/" + TableNames.DATA_QUALITY).toString())
        .filter(col("period").equalTo("2016-Q4"));
    for (FileAccount f : result.files()) {
      Map<String, Long> totals = quality.filter(col("source_file").equalTo(f.file()).and(col("rule").isNull()))
          .collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("measure"), r -> r.<Long>getAs("rows")));
      assertThat(totals).as(f.file()).isEqualTo(Map.of(
          "rows_read", f.rowsRead(), "accepted", f.accepted(), "quarantined", f.quarantined()));
    }
    Row all = quality.filter(col("extract").equalTo("cse_cohort").and(col("source_file").equalTo("ALL"))
        .and(col("measure").equalTo("quarantined")).and(col("rule").equalTo("conflicting_duplicate"))).first();
    assertThat(all.<Long>getAs("rows")).isEqualTo(defects.get("cse_cohort.csv").get("quarantined")
        .get("conflicting_duplicate").asLong());
    assertThat(all.<Double>getAs("share")).isEqualTo((double) all.<Long>getAs("rows")
        / defects.get("cse_cohort.csv").get("rows_read").asLong());
  }

  private static java.util.List<String> textValues(JsonNode array) {
    java.util.List<String> values = new java.util.ArrayList<>();
    array.forEach(n -> values.add(n.asText()));
    return values;
  }

  private static Map<String, Long> countsByFileAndRule(String table) {
    Map<String, Long> counts = new TreeMap<>();
    spark.read().parquet(work.resolve("out/restricted/" + table).toString())
        .filter(col("period").equalTo("2016-Q4"))
        .groupBy("source_file", "rule").count().collectAsList()
        .forEach(r -> counts.put(r.getString(0) + " " + r.getString(1), r.getLong(2)));
    return counts;
  }
}
