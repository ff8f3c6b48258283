package org.cseprofile.profile;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.cseprofile.table.Columns;

/** Aggregation per local authority and for the partnership as a whole ({@code la_code = ALL}). */
public final class Partnership {
  private Partnership() {}

  /**
   * The rows once under their own authority and once more under {@code ALL}, so that any grouping
   * by {@code la_code} gives every authority and the partnership, and the partnership rows are
   * computed from the rows (a child counted once), not summed from the authorities. Rows without
   * an authority count only towards {@code ALL}.
   */
  public static Dataset<Row> withPartnershipRows(Dataset<Row> rows) {
    return rows.filter(col(Columns.LA_CODE).isNotNull())
        .unionByName(rows.withColumn(Columns.LA_CODE, lit(Columns.PARTNERSHIP)));
  }

  /**
   * Aggregates {@code rows} by {@code period}, {@code la_code} and {@code groupColumns}, for every
   * authority and {@code ALL}.
   */
  public static Dataset<Row> aggregate(Dataset<Row> rows, List<String> groupColumns, Column first, Column... rest) {
    List<Column> keys = new ArrayList<>();
    keys.add(col(Columns.PERIOD));
    keys.add(col(Columns.LA_CODE));
    groupColumns.forEach(c -> keys.add(col(c)));
    return withPartnershipRows(rows).groupBy(keys.toArray(Column[]::new)).agg(first, rest);
  }

  /** {@code grid} (areas and periods) left-joined to per-area counts, with the given count columns 0 where absent. */
  public static Dataset<Row> fill(Dataset<Row> grid, Dataset<Row> counts, List<String> keys, List<String> countColumns) {
    List<Column> output = new ArrayList<>();
    keys.forEach(k -> output.add(col(k)));
    for (String c : countColumns) {
      output.add(coalesce(col(c), lit(0L)).as(c));
    }
    return broadcast(grid).join(counts, keys.toArray(String[]::new), "left")
        .select(output.toArray(Column[]::new));
  }

  /**
   * The areas a table reports on: every local authority that appears in {@code rows}, plus
   * {@code ALL}, as a small local table. Tables list every area even where its count is zero.
   */
  public static Dataset<Row> areas(Dataset<Row> rows) {
    // A handful of codes: collecting them lets every later join broadcast the grid instead of shuffling.
    List<String> codes = new ArrayList<>(rows.select(col(Columns.LA_CODE)).filter(col(Columns.LA_CODE).isNotNull())
        .distinct().as(Encoders.STRING()).collectAsList());
    codes.sort(null);
    codes.add(0, Columns.PARTNERSHIP);
    return rows.sparkSession().createDataset(codes, Encoders.STRING()).toDF(Columns.LA_CODE);
  }
}
