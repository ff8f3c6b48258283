package org.cseprofile.table;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads a restricted table: its Parquet files only, so a stray file in its folder (a README.txt) is ignored. */
public final class RestrictedTables {
  private RestrictedTables() {}

  /** Every period of the table in {@code folder} ({@code restricted/<table>}), with its {@code period} column. */
  public static Dataset<Row> read(SparkSession spark, Path folder) {
    return spark.read().option("pathGlobFilter", "*.parquet").parquet(folder.toString());
  }
}
