package org.cseprofile.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkExtension.class)
class TableWriterTest {
  @TempDir
  Path output;

  @Test
  void rewritingAPeriodReplacesOnlyThatPeriod(SparkSession spark) {
    TableWriter writer = new TableWriter(new OutputLayout(output.toString()));
    writer.writeRestricted("cohort", table(spark, "2016-Q3", 10));
    writer.writeRestricted("cohort", table(spark, "2016-Q4", 20));
    writer.writeRestricted("cohort", table(spark, "2016-Q4", 21));

    List<Row> rows = spark.read().parquet(output.resolve("restricted/cohort").toString())
        .orderBy("period").collectAsList();

    assertThat(rows).extracting(Row::toString).containsExactly("[ALL,10,2016-Q3]", "[ALL,21,2016-Q4]");
    assertThat(output.resolve("restricted/cohort/period=2016-Q4")).isDirectory();
  }

  @Test
  void readingARestrictedTableIgnoresFilesThatAreNotParquet(SparkSession spark) throws java.io.IOException {
    // Finding 1: a README.txt in restricted/cohort/ failed the run that read the table.
    TableWriter writer = new TableWriter(new OutputLayout(output.toString()));
    writer.writeRestricted("cohort", table(spark, "2016-Q3", 10));
    writer.writeRestricted("cohort", table(spark, "2016-Q4", 20));
    java.nio.file.Files.writeString(output.resolve("restricted/cohort/README.txt"), "my notes");
    java.nio.file.Files.writeString(output.resolve("restricted/cohort/period=2016-Q4/notes.txt"), "more notes");

    List<Row> rows = RestrictedTables.read(spark, new org.apache.hadoop.fs.Path(output.resolve("restricted/cohort")
        .toString())).orderBy("period").collectAsList();

    assertThat(rows).extracting(Row::toString).containsExactly("[ALL,10,2016-Q3]", "[ALL,20,2016-Q4]");
  }

  @Test
  void aTableWithoutPeriodIsRefused(SparkSession spark) {
    TableWriter writer = new TableWriter(new OutputLayout(output.toString()));
    Dataset<Row> noPeriod = spark.createDataset(List.of("ALL"), Encoders.STRING()).toDF("la_code");
    assertThatThrownBy(() -> writer.writeRestricted("x", noPeriod)).hasMessage("table x must have a period column");
  }

  @Test
  void severalTablesWrittenAtOnceAreEachCompleteAndCountedInTheOrderGiven(SparkSession spark) {
    TableWriter writer = new TableWriter(new OutputLayout(output.toString()));
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put("c", spark.range(5).selectExpr("'2016-Q4' as period", "id"));
    tables.put("a", table(spark, "2016-Q4", 7));
    tables.put("b", spark.range(1000).selectExpr("'2016-Q4' as period", "id % 7 as id"));

    Map<String, Long> rows = writer.writeRestricted(tables, 2);

    assertThat(rows).containsExactly(entry("c", 5L), entry("a", 1L), entry("b", 1000L));
    assertThat(spark.read().parquet(output.resolve("restricted/b").toString()).count()).isEqualTo(1000);
    assertThat(spark.read().parquet(output.resolve("restricted/a").toString()).first().<Long>getAs("children_open"))
        .isEqualTo(7L);
  }

  @Test
  void whenOneOfSeveralTablesFailsItsErrorIsThrownAfterTheOthersAreWritten(SparkSession spark) {
    TableWriter writer = new TableWriter(new OutputLayout(output.toString()));
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put("a", table(spark, "2016-Q4", 7));
    tables.put("x", spark.createDataset(List.of("ALL"), Encoders.STRING()).toDF("la_code"));
    tables.put("b", table(spark, "2016-Q4", 8));

    assertThatThrownBy(() -> writer.writeRestricted(tables, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table x must have a period column");
    assertThat(output.resolve("restricted/a/period=2016-Q4")).isDirectory();
    assertThat(output.resolve("restricted/b/period=2016-Q4")).isDirectory();
  }

  private static Dataset<Row> table(SparkSession spark, String period, long children) {
    return spark.sql("select '" + period + "' as period, 'ALL' as la_code, cast(" + children + " as bigint) as children_open");
  }
}
