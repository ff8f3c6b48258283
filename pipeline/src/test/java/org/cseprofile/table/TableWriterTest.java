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

  @Test
  void tablesCollectedTogetherAreTheRowsAndFilesOfEachCollectedAloneFromOneSparkJob(SparkSession spark)
      throws java.util.concurrent.TimeoutException {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    // Every type the profile's tables hold, nulls in a column that sorts (nulls first), two periods, the period
    // column not first, and rows made in reverse of their sorted order: 6 rows, ids 5 down to 0, odd ids in 2016-Q3;
    // id 3's count is null; so the rows sort as 2016-Q3 (ids 1, 3, 5) then 2016-Q4 (ids 0, 2, 4).
    tables.put("mixed", spark.range(6).selectExpr("5 - id as id", "if(id = 2, null, id * 10) as n",
        "cast(id as double) / 3 as share", "date_add(date'2016-10-01', cast(id as int)) as day",
        "array('x', cast(id as string)) as tags", "if((5 - id) % 2 = 0, '2016-Q4', '2016-Q3') as period",
        "if(id = 0, null, 'LA' || cast(id % 2 as string)) as la_code"));
    // No rows: an empty file in the run's period, and no rows kept.
    tables.put("empty", spark.range(3).filter("id > 5").selectExpr("'2016-Q4' as period", "id as children"));
    // Rows whose order is decided by a later column: no la_code first (nulls first), then B before C, then the counts.
    tables.put("counts", spark.range(4).selectExpr("'2016-Q4' as period",
        "case when id = 3 then null when id < 2 then 'C' else 'B' end as la_code", "3 - id as children_open"));

    Map<String, CollectedTable> alone = new LinkedHashMap<>();
    TableWriter aloneWriter = new TableWriter(new OutputLayout(output.resolve("alone").toString()));
    tables.forEach((name, table) -> alone.put(name, aloneWriter.writeCollected(spark, name, table, "2016-Q4")));
    TableWriter together = new TableWriter(new OutputLayout(output.resolve("together").toString()));
    spark.sparkContext().listenerBus().waitUntilEmpty();
    java.util.concurrent.atomic.AtomicInteger jobs = new java.util.concurrent.atomic.AtomicInteger();
    org.apache.spark.scheduler.SparkListener counter = new org.apache.spark.scheduler.SparkListener() {
      @Override
      public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart event) {
        jobs.incrementAndGet();
      }
    };
    spark.sparkContext().addSparkListener(counter);
    Map<String, CollectedTable> collected;
    try {
      collected = together.writeCollected(spark, tables, "2016-Q4");
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      spark.sparkContext().removeSparkListener(counter);
    }

    assertThat(jobs.get()).isEqualTo(1);
    assertThat(collected.keySet()).containsExactly("mixed", "empty", "counts");
    for (String name : tables.keySet()) {
      assertThat(collected.get(name).schema()).isEqualTo(alone.get(name).schema());
      assertThat(collected.get(name).rows()).extracting(Row::toString)
          .containsExactlyElementsOf(alone.get(name).rows().stream().map(Row::toString).toList());
      assertThat(collected.get(name).rows()).extracting(r -> r.<Object>getAs(Columns.PERIOD))
          .containsExactlyElementsOf(alone.get(name).rows().stream().map(r -> r.<Object>getAs(Columns.PERIOD)).toList());
    }
    assertThat(collected.get("mixed").rows()).extracting(r -> r.<Long>getAs("id")).containsExactly(1L, 3L, 5L, 0L, 2L, 4L);
    assertThat(collected.get("mixed").rows().get(1).isNullAt(1)).isTrue();
    assertThat(collected.get("empty").rows()).isEmpty();
    assertThat(collected.get("counts").rows()).extracting(Row::toString)
        .containsExactly("[2016-Q4,null,0]", "[2016-Q4,B,1]", "[2016-Q4,C,2]", "[2016-Q4,C,3]");
    for (String file : List.of("mixed/period=2016-Q3", "mixed/period=2016-Q4", "empty/period=2016-Q4",
        "counts/period=2016-Q4")) {
      String together1 = output.resolve("together/restricted/" + file).toString();
      String alone1 = output.resolve("alone/restricted/" + file).toString();
      assertThat(spark.read().parquet(together1).schema()).isEqualTo(spark.read().parquet(alone1).schema());
      assertThat(spark.read().parquet(together1).collectAsList()).extracting(Row::toString)
          .containsExactlyElementsOf(spark.read().parquet(alone1).collectAsList().stream().map(Row::toString).toList());
    }
  }

  private static Dataset<Row> table(SparkSession spark, String period, long children) {
    return spark.sql("select '" + period + "' as period, 'ALL' as la_code, cast(" + children + " as bigint) as children_open");
  }
}
