package org.cseprofile.hotspot;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cseprofile.table.Columns;

/**
 * The square grid events are counted on: cells of a given size in metres, aligned on the origin of
 * the British National Grid, so a cell's south-west corner is a multiple of the size and cells of
 * one size nest exactly inside cells of any multiple of it.
 */
public final class Grid {
  private static final String COARSE_COLUMN = "_coarse_column";
  private static final String COARSE_ROW = "_coarse_row";

  private Grid() {}

  /** The index of the grid column (from an easting) or row (from a northing) holding {@code metres}. */
  public static Column index(Column metres, int cellSizeMetres) {
    return floor(metres.divide(cellSizeMetres));
  }

  /** The cell identifier {@code E<easting>-N<northing>-<size>m}, from the south-west corner. */
  public static Column cellId(Column column, Column row, int cellSizeMetres) {
    return concat(lit("E"), column.multiply(cellSizeMetres).cast("string"), lit("-N"),
        row.multiply(cellSizeMetres).cast("string"), lit("-" + cellSizeMetres + "m"));
  }

  /** The easting (from a column index) or northing (from a row index) of the cell's centre, in metres. */
  static Column centre(Column index, int cellSizeMetres) {
    return index.multiply(cellSizeMetres).plus(cellSizeMetres / 2).cast("int");
  }

  /**
   * Re-counts a table of grid cells on coarser cells, for publication (small counts are less
   * disclosive, and a coarse cell no longer points to one address). {@code cells} must have the
   * columns {@code cell_easting} and {@code cell_northing} (cell centres, from cells of
   * {@code cellSizeMetres}); rows are grouped by {@code keys} and the coarse cell, and the
   * {@code counts} columns summed. The result has {@code keys}, {@code cell_id}, {@code cell_easting},
   * {@code cell_northing}, {@code cell_size_m} and {@code counts}, each count a bigint.
   */
  public static Dataset<Row> coarsen(
      Dataset<Row> cells, int cellSizeMetres, int coarseSizeMetres, List<String> keys, List<String> counts) {
    if (coarseSizeMetres <= cellSizeMetres || coarseSizeMetres % cellSizeMetres != 0 || coarseSizeMetres % 2 != 0) {
      throw new IllegalArgumentException("coarseSizeMetres must be an even number of metres, a multiple of the cell size "
          + cellSizeMetres + " m and greater than it, was " + coarseSizeMetres);
    }
    List<Column> groups = new ArrayList<>();
    keys.forEach(k -> groups.add(col(k)));
    groups.add(index(col(Columns.CELL_EASTING), coarseSizeMetres).as(COARSE_COLUMN));
    groups.add(index(col(Columns.CELL_NORTHING), coarseSizeMetres).as(COARSE_ROW));
    Column[] sums = counts.stream().map(c -> sum(col(c)).cast("bigint").as(c)).toArray(Column[]::new);
    List<Column> selected = new ArrayList<>();
    keys.forEach(k -> selected.add(col(k)));
    selected.add(cellId(col(COARSE_COLUMN), col(COARSE_ROW), coarseSizeMetres).as(Columns.CELL_ID));
    selected.add(centre(col(COARSE_COLUMN), coarseSizeMetres).as(Columns.CELL_EASTING));
    selected.add(centre(col(COARSE_ROW), coarseSizeMetres).as(Columns.CELL_NORTHING));
    selected.add(lit(coarseSizeMetres).as(Columns.CELL_SIZE_M));
    counts.forEach(c -> selected.add(col(c)));
    return cells.groupBy(groups.toArray(Column[]::new))
        .agg(sums[0], java.util.Arrays.copyOfRange(sums, 1, sums.length))
        .select(selected.toArray(Column[]::new));
  }
}
