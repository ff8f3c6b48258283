package org.cseprofile.table;

import java.util.Arrays;
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
   * Writes {@code table} (which must have a {@code period} column) as one sorted file per period,
   * and returns the number of rows written (so the run can verify what it reads back).
   */
  public long writeRestricted(String name, Dataset<Row> table) {
    if (!Arrays.asList(table.columns()).contains(Columns.PERIOD)) {
      throw new IllegalArgumentException("table " + name + " must have a period column");
    }
    Column[] order = Arrays.stream(table.columns()).map(functions::col).toArray(Column[]::new);
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
