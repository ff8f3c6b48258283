package org.cseprofile.table;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** A restricted table as written from the driver: its schema (with the period column) and its rows, in file order. */
public record CollectedTable(StructType schema, List<Row> rows) {

  public CollectedTable {
    Objects.requireNonNull(schema, "schema");
    rows = List.copyOf(rows);
  }

  /**
   * The rows as a Dataset held in the driver: filtering and selecting columns of it needs no Spark job, so what was
   * just written is used again without reading it back.
   */
  public Dataset<Row> dataset(SparkSession spark) {
    return spark.createDataFrame(rows, schema);
  }
}
