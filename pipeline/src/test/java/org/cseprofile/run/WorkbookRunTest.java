package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.period.Period;
import org.cseprofile.testing.SparkExtension;
import org.cseprofile.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every extract kept as an Excel workbook (dates as date cells, grid references and birth years as numbers, the
 * rest as text) gives the same restricted tables as the same rows sent as CSV, and {@code validate} and {@code run}
 * account for the workbooks' rows alike.
 */
@ExtendWith(SparkExtension.class)
class WorkbookRunTest {
  static final Period Q4 = Period.parseQuarter("2016-Q4");
  static final LocalDate RUN_DATE = LocalDate.of(2017, 1, 15);
  static final List<String> NUMERIC = List.of("easting", "northing", "birth_year");

  @TempDir
  Path work;

  @Test
  void aWorkbookAndTheSameRowsAsCsvGiveIdenticalRestrictedTables(SparkSession spark) throws IOException {
    Map<String, String> files = new LinkedHashMap<>(ExtractSubsetsTest.FILES);
    // A leading zero, and a row quarantined (identified after the run date) on the same line in both.
    files.put("cse_cohort.csv", files.get("cse_cohort.csv") + "007,E06000043,2004-05,M,2016-12-01\n"
        + "c9,E10000011,2002-03,F,2017-02-01\n");
    Path csv = work.resolve("csv");
    Path xlsx = work.resolve("xlsx");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path path = csv.resolve(f.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, f.getValue(), StandardCharsets.UTF_8);
      Workbooks.fromCsv(xlsx.resolve(f.getKey().replace(".csv", ".xlsx")), f.getValue(), NUMERIC);
    }

    RunResult fromCsv = run(spark, csv);
    RunResult fromXlsx = run(spark, xlsx);
    List<FileAccount> validated = Validation.read(spark, xlsx.toString(), RUN_DATE).files();

    assertThat(counts(fromXlsx.files())).isEqualTo(counts(fromCsv.files())).isEqualTo(counts(validated))
        .contains("cse_cohort 5 4 1");
    assertThat(fromXlsx.written().tables()).isEqualTo(fromCsv.written().tables()).contains("quarantine");
    for (String table : fromCsv.written().tables()) {
      assertThat(rows(spark, xlsx, table)).as(table).isEqualTo(rows(spark, csv, table));
    }
  }

  private RunResult run(SparkSession spark, Path input) {
    return new ProfileRun(spark, RunListener.SILENT).run(new RunConfig(input.toString(),
        work.resolve("out-" + input.getFileName()).toString(), Q4, RUN_DATE, DisclosurePolicy.PARTNERSHIP));
  }

  /** Per file: extract, rows read, accepted and quarantined (file names differ only in their ending). */
  private static List<String> counts(List<FileAccount> files) {
    return files.stream().map(f -> f.extract() + " " + f.rowsRead() + " " + f.accepted() + " " + f.quarantined())
        .sorted().toList();
  }

  /** A restricted table's rows as text, sorted, with the workbooks' file names written as the CSV files' names. */
  private List<String> rows(SparkSession spark, Path input, String table) {
    Path folder = work.resolve("out-" + input.getFileName()).resolve("restricted").resolve(table);
    return spark.read().parquet(folder.toString()).collectAsList().stream()
        .map(Row::toString).map(r -> r.replace(".xlsx", ".csv")).sorted().toList();
  }
}
