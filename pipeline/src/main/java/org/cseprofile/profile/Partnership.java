package org.cseprofile.profile;

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
   * Aggregates {@code rows} grouped by {@code la_code} plus {@code groupColumns}, and again with
   * every row counted under {@code ALL}. The partnership row is computed from the rows, not
   * summed from the authorities, so distinct counts stay distinct.
   */
  public static Dataset<Row> aggregate(Dataset<Row> rows, List<String> groupColumns, Column first, Column... rest) {
    List<Column> keys = new ArrayList<>();
    keys.add(col(Columns.LA_CODE));
    groupColumns.forEach(c -> keys.add(col(c)));
    Column[] keyArray = keys.toArray(Column[]::new);
    Dataset<Row> perAuthority = rows.groupBy(keyArray).agg(first, rest);
    Dataset<Row> partnership = rows.withColumn(Columns.LA_CODE, lit(Columns.PARTNERSHIP))
        .groupBy(keyArray).agg(first, rest);
    return perAuthority.unionByName(partnership);
  }

  /**
   * The areas a table reports on: every local authority that appears in {@code rows}, plus
   * {@code ALL}. Tables list every area even where its count is zero.
   */
  public static Dataset<Row> areas(Dataset<Row> rows) {
    Dataset<Row> all = rows.sparkSession()
        .createDataset(List.of(Columns.PARTNERSHIP), Encoders.STRING()).toDF(Columns.LA_CODE);
    return rows.select(col(Columns.LA_CODE)).distinct().unionByName(all);
  }
}
