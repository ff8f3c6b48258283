package org.cseprofile.profile;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.cseprofile.table.Columns;

/** Long tables of counts by category: one row per area, period, breakdown and category, zeros included. */
public final class Breakdowns {
  private Breakdowns() {}

  /**
   * The categories of each breakdown of a table, in the order the table lists them:
   * {@code ordered(name1, categories1, name2, categories2, ...)}.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, List<String>> ordered(Object... namesAndCategories) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndCategories.length; i += 2) {
      map.put((String) namesAndCategories[i], List.copyOf((List<String>) namesAndCategories[i + 1]));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Counts {@code rows} (tagged with {@code period}) for every breakdown, per area and for the
   * partnership. The result has columns {@code period, la_code, [extraKeys...], breakdown, category,
   * <countColumn>}, listing every category of every breakdown for every row of {@code grid} (areas,
   * periods and the extra keys), with 0 where nothing is counted.
   *
   * @param count aggregate expression giving the count, for example {@code count_distinct(child_id)}
   */
  public static Dataset<Row> count(Dataset<Row> rows, Dataset<Row> grid, List<String> extraKeys,
      List<Breakdown> breakdowns, String countColumn, Column count) {
    return countPerArea(Partnership.withPartnershipRows(rows), grid, extraKeys, breakdowns, countColumn, count);
  }

  /**
   * As {@link #count}, for rows that already carry their {@code ALL} copies (see
   * {@link Partnership#withPartnershipRows}), as when per-area attributes were computed first.
   */
  public static Dataset<Row> countPerArea(Dataset<Row> expanded, Dataset<Row> grid, List<String> extraKeys,
      List<Breakdown> breakdowns, String countColumn, Column count) {
    List<String> keys = new ArrayList<>(List.of(Columns.PERIOD, Columns.LA_CODE));
    keys.addAll(extraKeys);
    Dataset<Row> result = null;
    for (Breakdown b : breakdowns) {
      List<Column> groupBy = new ArrayList<>(keys.stream().map(c -> col(c)).toList());
      groupBy.add(b.category().as(Columns.CATEGORY));
      Dataset<Row> counts = expanded.groupBy(groupBy.toArray(Column[]::new)).agg(count.as(countColumn));
      Dataset<Row> categories = expanded.sparkSession()
          .createDataset(b.categories(), Encoders.STRING()).toDF(Columns.CATEGORY);
      List<String> joinKeys = new ArrayList<>(keys);
      joinKeys.add(Columns.CATEGORY);
      List<Column> output = new ArrayList<>(keys.stream().map(c -> col(c)).toList());
      output.add(lit(b.name()).as(Columns.BREAKDOWN));
      output.add(col(Columns.CATEGORY));
      output.add(coalesce(col(countColumn), lit(0L)).as(countColumn));
      // The grid (areas x periods x categories) is small: a few hundred rows at most.
      Dataset<Row> table = broadcast(grid.crossJoin(categories))
          .join(counts, joinKeys.toArray(String[]::new), "left")
          .select(output.toArray(Column[]::new));
      result = result == null ? table : result.unionByName(table);
    }
    return result;
  }

  /**
   * {@code table} with the counts of the named breakdowns null (not available): their column was not supplied,
   * so a 0 would claim a count nobody made.
   */
  public static Dataset<Row> notSupplied(Dataset<Row> table, List<String> breakdowns, String countColumn) {
    if (breakdowns.isEmpty()) {
      return table;
    }
    return table.withColumn(countColumn, when(col(Columns.BREAKDOWN).isin(breakdowns.toArray()),
        lit(null).cast("bigint")).otherwise(col(countColumn)));
  }

  /**
   * {@code table} with every value in {@code columns} null of the column's own type (not available, published
   * {@code x}): the extract they are computed from was not supplied, so a 0 would claim a count nobody made.
   */
  public static Dataset<Row> notAvailable(Dataset<Row> table, List<String> columns) {
    Dataset<Row> result = table;
    for (String column : columns) {
      result = result.withColumn(column, lit(null).cast(table.schema().apply(column).dataType()));
    }
    return result;
  }
}
