package org.cseprofile.hotspot;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cseprofile.table.Columns;

/**
 * The located events of the 12 months to the period end, per layer (incidents, found), re-counted
 * on cells of at least 1 km: what a published map may show once disclosure control has run.
 */
public final class CoarseGrid {
  /** Published cells are at least this wide, so that no cell points to a single street. */
  public static final int MINIMUM_PUBLISHED_METRES = 1000;

  private CoarseGrid() {}

  /** The published cell size for a grid of {@code cellSizeMetres}: the smallest multiple of it of at least 1 km. */
  public static int publishedSize(int cellSizeMetres) {
    if (cellSizeMetres >= MINIMUM_PUBLISHED_METRES) {
      return cellSizeMetres;
    }
    return cellSizeMetres * (int) Math.ceil((double) MINIMUM_PUBLISHED_METRES / cellSizeMetres);
  }

  /**
   * The non-empty coarse cells of {@code hotspotCells} (a {@code hotspot_cells} table at
   * {@code cellSizeMetres}) for {@code period}: {@code layer}, {@code cell_id}, {@code cell_easting},
   * {@code cell_northing}, {@code cell_size_m} and {@code events}.
   */
  public static Dataset<Row> of(Dataset<Row> hotspotCells, String period, int cellSizeMetres) {
    Dataset<Row> cells = hotspotCells
        .filter(col(Columns.PERIOD).equalTo(period)
            .and(col(Columns.TIME_WINDOW).equalTo(TimeWindow.TWELVE_MONTHS.label()))
            .and(col(Columns.LAYER).isin(Layer.INCIDENTS.label(), Layer.FOUND.label()))
            .and(col(Columns.EVENTS).gt(0)));
    int size = publishedSize(cellSizeMetres);
    if (size == cellSizeMetres) {
      return cells.select(col(Columns.LAYER), col(Columns.CELL_ID), col(Columns.CELL_EASTING), col(Columns.CELL_NORTHING),
          lit(size).as(Columns.CELL_SIZE_M), col(Columns.EVENTS).cast("bigint").as(Columns.EVENTS));
    }
    return Grid.coarsen(cells, cellSizeMetres, size, List.of(Columns.LAYER), List.of(Columns.EVENTS));
  }
}
