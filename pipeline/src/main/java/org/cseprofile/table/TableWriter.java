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
import org.apache.spark.sql.functions;

/**
 * Writes output tables as plain Parquet, one folder per table, partitioned by period. Writing a
 * period replaces that period's partition only; other periods are left as they are.
 */
public final class TableWriter {

  private static final String ROWS = "rows";
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
    if (concurrent < 1) {
      throw new IllegalArgumentException("concurrent must be at least 1, was " + concurrent);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrent, Math.max(1, tables.size())), r -> {
      Thread t = new Thread(r, "table-writer");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Map.Entry<String, Future<Long>>> pending = new ArrayList<>();
      tables.forEach((name, table) -> pending.add(Map.entry(name, pool.submit(() -> writeRestricted(name, table)))));
      Map<String, Long> rows = new LinkedHashMap<>();
      RuntimeException failure = null;
      for (Map.Entry<String, Future<Long>> p : pending) {
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
   * Writes {@code table} (which must have a {@code period} column) as one sorted file per period,
   * and returns the number of rows written (so the run can verify what it reads back).
   */
  public long writeRestricted(String name, Dataset<Row> table) {
    if (!Arrays.asList(table.columns()).contains(Columns.PERIOD)) {
      throw new IllegalArgumentException("table " + name + " must have a period column");
    }
    // The period first: the writer needs rows grouped by the partition column, and when the order does not start
    // with it, Spark sorts by the period alone and drops this sort, leaving rows in the order a shuffle delivered them.
    Column[] order = java.util.stream.Stream.concat(java.util.stream.Stream.of(Columns.PERIOD),
            Arrays.stream(table.columns()).filter(c -> !c.equals(Columns.PERIOD)))
        .map(functions::col).toArray(Column[]::new);
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
