package org.cseprofile.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
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
  void aTableWithoutPeriodIsRefused(SparkSession spark) {
    TableWriter writer = new TableWriter(new OutputLayout(output.toString()));
    Dataset<Row> noPeriod = spark.createDataset(List.of("ALL"), Encoders.STRING()).toDF("la_code");
    assertThatThrownBy(() -> writer.writeRestricted("x", noPeriod)).hasMessage("table x must have a period column");
  }

  private static Dataset<Row> table(SparkSession spark, String period, long children) {
    return spark.sql("select '" + period + "' as period, 'ALL' as la_code, cast(" + children + " as bigint) as children_open");
  }
}
