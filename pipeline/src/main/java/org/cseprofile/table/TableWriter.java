package org.cseprofile.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.hadoop.fs.Path;

/**
 * Writes output tables as plain Parquet, one folder per table, partitioned by period. Writing a
 * period replaces that period's partition only; other periods are left as they are.
 */
public final class TableWriter {

  private static final String ROWS = "rows";
  /** The one file of a period's partition written from the driver (named like Spark's part files). */
  static final String COLLECTED_FILE = "part-00000.snappy.parquet";
  private final OutputLayout layout;

  public TableWriter(OutputLayout layout) {
    this.layout = layout;
  }

  /**
   * Writes every table of {@code tables} as {@link #writeRestricted} does, up to {@code concurrent} at a
   * time, and returns the rows written per table in the order given. Each write is a few small Spark
   * jobs whose planning and code generation run on one driver thread; writing several at once keeps
   * the cores busy with one table's tasks while the next is planned. When a write fails, the others
   * are waited for and the first failure is thrown.
   */
  public Map<String, Long> writeRestricted(Map<String, Dataset<Row>> tables, int concurrent) {
    return eachTable(tables, concurrent, this::writeRestricted);
  }

  /**
   * Computes every table of {@code tables} on the driver, up to {@code concurrent} at a time, and writes each as
   * {@link #writeCollected(SparkSession, String, Dataset, String)} does; returns them in the order given.
   */
  public Map<String, CollectedTable> writeCollected(SparkSession spark, Map<String, Dataset<Row>> tables, String period,
      int concurrent) {
    return eachTable(tables, concurrent, (name, table) -> writeCollected(spark, name, table, period));
  }

  private static <T> Map<String, T> eachTable(Map<String, Dataset<Row>> tables, int concurrent,
      java.util.function.BiFunction<String, Dataset<Row>, T> action) {
    if (concurrent < 1) {
      throw new IllegalArgumentException("concurrent must be at least 1, was " + concurrent);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrent, Math.max(1, tables.size())), r -> {
      Thread t = new Thread(r, "table-writer");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Map.Entry<String, Future<T>>> pending = new ArrayList<>();
      tables.forEach((name, table) -> pending.add(Map.entry(name, pool.submit(() -> action.apply(name, table)))));
      Map<String, T> rows = new LinkedHashMap<>();
      RuntimeException failure = null;
      for (Map.Entry<String, Future<T>> p : pending) {
        try {
          rows.put(p.getKey(), p.getValue().get());
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = e.getCause() instanceof RuntimeException r ? r
                : new IllegalStateException("writing " + p.getKey() + " failed", e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while writing " + p.getKey(), e);
        }
      }
      if (failure != null) {
        throw failure;
      }
      return rows;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Computes {@code table} (which must have a {@code period} column) in one partition, collects its rows in the order
   * {@link #writeRestricted(String, Dataset)} writes them, and writes one Parquet file per period from the driver
   * ({@link LocalParquet}): no write job, and the rows stay at hand for disclosure control. A table with no rows gets
   * an empty file in {@code period}'s partition, so it can be read and queried. For tables small enough to hold in
   * memory only.
   */
  public CollectedTable writeCollected(SparkSession spark, String name, Dataset<Row> table, String period) {
    List<Row> rows = table.coalesce(1).sortWithinPartitions(order(name, table)).collectAsList();
    StructType schema = nullable(table.schema());
    int periodField = schema.fieldIndex(Columns.PERIOD);
    StructType fileSchema = new StructType(Arrays.stream(schema.fields())
        .filter(f -> !f.name().equals(Columns.PERIOD)).toArray(StructField[]::new));
    Map<String, List<Row>> byPeriod = new LinkedHashMap<>();
    for (Row row : rows) {
      List<Object> values = new ArrayList<>(row.size() - 1);
      for (int i = 0; i < row.size(); i++) {
        if (i != periodField) {
          values.add(row.get(i));
        }
      }
      byPeriod.computeIfAbsent(row.getString(periodField), p -> new ArrayList<>()).add(RowFactory.create(values.toArray()));
    }
    if (byPeriod.isEmpty()) {
      byPeriod.put(period, List.of());
    }
    byPeriod.forEach((label, periodRows) -> LocalParquet.write(spark,
        new Path(layout.restrictedPartition(name, label), COLLECTED_FILE), fileSchema, periodRows));
    return new CollectedTable(schema, rows);
  }

  /** Spark reads every column of a Parquet file as nullable; the rows kept in memory say the same. */
  private static StructType nullable(StructType schema) {
    return new StructType(Arrays.stream(schema.fields())
        .map(f -> new StructField(f.name(), f.dataType(), true, f.metadata())).toArray(StructField[]::new));
  }

  /**
   * The order a table's rows are written in: the period, then every column. The period first: the writer needs rows
   * grouped by the partition column, and when the order does not start with it, Spark sorts by the period alone and
   * drops this sort, leaving rows in the order a shuffle delivered them.
   */
  private static Column[] order(String name, Dataset<Row> table) {
    if (!Arrays.asList(table.columns()).contains(Columns.PERIOD)) {
      throw new IllegalArgumentException("table " + name + " must have a period column");
    }
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(Columns.PERIOD),
            Arrays.stream(table.columns()).filter(c -> !c.equals(Columns.PERIOD)))
        .map(functions::col).toArray(Column[]::new);
  }

  /**
   * Writes {@code table} (which must have a {@code period} column) as one sorted file per period,
   * and returns the number of rows written (so the run can verify what it reads back).
   */
  public long writeRestricted(String name, Dataset<Row> table) {
    Column[] order = order(name, table);
    // Counted as the rows stream into the writer, so the table is computed once.
    Observation written = new Observation("rows written to " + name);
    // Aggregate tables are small: one file per period, rows in a stable order, so reruns compare equal.
    table.observe(written, functions.count(functions.lit(1)).as(ROWS))
        .coalesce(1)
        .sortWithinPartitions(order)
        .write()
        .mode(SaveMode.Overwrite)
        .option("partitionOverwriteMode", "dynamic")
        .partitionBy(Columns.PERIOD)
        .parquet(layout.restrictedTable(name).toString());
    try {
      return ((Number) written.getAsJava().get(ROWS)).longValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting the rows of " + name, e);
    }
  }
}
