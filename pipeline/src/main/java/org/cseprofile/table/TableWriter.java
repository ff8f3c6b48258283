package org.cseprofile.table;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * Writes output tables as plain Parquet, one folder per table, partitioned by period. Writing a
 * period replaces that period's partition only; other periods are left as they are.
 */
public final class TableWriter {

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
    // Cached so the count and the write compute the table once.
    Dataset<Row> cached = table.persist(StorageLevel.MEMORY_AND_DISK());
    long rows = cached.count();
    // Aggregate tables are small: one file per period, rows in a stable order, so reruns compare equal.
    cached.coalesce(1)
        .sortWithinPartitions(order)
        .write()
        .mode(SaveMode.Overwrite)
        .option("partitionOverwriteMode", "dynamic")
        .partitionBy(Columns.PERIOD)
        .parquet(layout.restrictedTable(name).toString());
    cached.unpersist();
    return rows;
  }
}
