package org.cseprofile.hotspot;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cseprofile.table.Columns;

/**
 * The located events of the 12 months to the period end, per layer (incidents, found), re-counted
 * on cells of at least 1 km, coarser for a study region too wide to draw on one page: what a
 * published map may show once disclosure control has run.
 */
public final class CoarseGrid {
  /** Published cells are at least this wide, so that no cell points to a single street. */
  public static final int MINIMUM_PUBLISHED_METRES = 1000;

  /**
   * The most squares the study region's bounding rectangle may hold at the published size. The map is an 800 x 480
   * point chart whose plotting area is 699 x 319 points, printed 160 x 96 mm in the report: a plotting area about
   * 64 mm high. 20,000 squares is about 140 by 140, so a square is still about 0.45 mm in the report (0.8 mm in the
   * chart's own PDF), about the finest a printed map shows as distinct squares, and far fewer of them hold events;
   * drawing stays in seconds (25,994 squares: 21 s to SVG, 74 s to PDF on a loaded machine, against 77 s and
   * 242 s for 189,225). A county (a few thousand squares of 1 km) stays at 1 km; an extent of 650 x 1,000 km goes
   * to 6 km (18,203 squares).
   */
  public static final long MAXIMUM_SQUARES = 20_000;

  private CoarseGrid() {}

  /**
   * A rectangle of the British National Grid, in metres (the study region's bounding rectangle, from
   * {@code hotspot_summary}): west and south edges included, east and north edges excluded.
   */
  public record Extent(long minEasting, long minNorthing, long maxEasting, long maxNorthing) {
    public Extent {
      if (minEasting < 0 || minNorthing < 0) {
        throw new IllegalArgumentException("minEasting and minNorthing must be at least 0 metres, were " + minEasting
            + " and " + minNorthing);
      }
      if (maxEasting <= minEasting || maxNorthing <= minNorthing) {
        throw new IllegalArgumentException("maxEasting and maxNorthing must be greater than minEasting and minNorthing"
            + " (" + minEasting + ", " + minNorthing + " to " + maxEasting + ", " + maxNorthing + ")");
      }
    }

    /** The squares of {@code sizeMetres}, aligned on the grid's origin, that overlap the rectangle. */
    public long squares(int sizeMetres) {
      long columns = Math.floorDiv(maxEasting - 1, sizeMetres) - Math.floorDiv(minEasting, sizeMetres) + 1;
      long rows = Math.floorDiv(maxNorthing - 1, sizeMetres) - Math.floorDiv(minNorthing, sizeMetres) + 1;
      return columns * rows;
    }
  }

  /** The published cell size for a grid of {@code cellSizeMetres}: the smallest multiple of it of at least 1 km. */
  public static int publishedSize(int cellSizeMetres) {
    if (cellSizeMetres >= MINIMUM_PUBLISHED_METRES) {
      return cellSizeMetres;
    }
    return cellSizeMetres * (int) Math.ceil((double) MINIMUM_PUBLISHED_METRES / cellSizeMetres);
  }

  /**
   * The published cell size for a grid of {@code cellSizeMetres} over a study region of {@code extent} (none: an
   * empty region): {@link #publishedSize(int)}, or, when the extent would hold more than {@link #MAXIMUM_SQUARES}
   * squares of it, its smallest whole multiple that brings the extent down to at most that many (1 km squares
   * become 2, 3, 4, 5 km..., never 4.25 km, so the key reads in whole kilometres and every published square is
   * still a whole number of analysis cells).
   */
  public static int publishedSize(int cellSizeMetres, Optional<Extent> extent) {
    int smallest = publishedSize(cellSizeMetres);
    if (extent.isEmpty()) {
      return smallest;
    }
    int size = smallest;
    while (extent.get().squares(size) > MAXIMUM_SQUARES) {
      size += smallest;
    }
    return size;
  }

  /**
   * The study region's bounding rectangle for {@code period}, from a {@code hotspot_summary} table (the same on
   * every row of the period); none when the region is empty or the period has no row.
   */
  public static Optional<Extent> extent(Dataset<Row> hotspotSummary, String period) {
    List<Row> rows = hotspotSummary.filter(col(Columns.PERIOD).equalTo(period))
        .select(Columns.REGION_MIN_EASTING, Columns.REGION_MIN_NORTHING, Columns.REGION_MAX_EASTING,
            Columns.REGION_MAX_NORTHING)
        .limit(1).collectAsList();
    if (rows.isEmpty() || rows.get(0).anyNull()) {
      return Optional.empty();
    }
    Row r = rows.get(0);
    return Optional.of(new Extent(r.<Number>getAs(0).longValue(), r.<Number>getAs(1).longValue(),
        r.<Number>getAs(2).longValue(), r.<Number>getAs(3).longValue()));
  }

  /**
   * The non-empty coarse cells of {@code hotspotCells} (a {@code hotspot_cells} table at
   * {@code cellSizeMetres}) for {@code period}, on cells of {@link #publishedSize(int)}: {@code layer},
   * {@code cell_id}, {@code cell_easting}, {@code cell_northing}, {@code cell_size_m} and {@code events}.
   */
  public static Dataset<Row> of(Dataset<Row> hotspotCells, String period, int cellSizeMetres) {
    return of(hotspotCells, period, cellSizeMetres, Optional.empty());
  }

  /**
   * As {@link #of(Dataset, String, int)}, on cells of {@link #publishedSize(int, Optional)} for the study region's
   * {@code extent}.
   */
  public static Dataset<Row> of(Dataset<Row> hotspotCells, String period, int cellSizeMetres, Optional<Extent> extent) {
    Dataset<Row> cells = hotspotCells
        .filter(col(Columns.PERIOD).equalTo(period)
            .and(col(Columns.TIME_WINDOW).equalTo(TimeWindow.TWELVE_MONTHS.label()))
            .and(col(Columns.LAYER).isin(Layer.INCIDENTS.label(), Layer.FOUND.label()))
            .and(col(Columns.EVENTS).gt(0)));
    int size = publishedSize(cellSizeMetres, extent);
    if (size == cellSizeMetres) {
      return cells.select(col(Columns.LAYER), col(Columns.CELL_ID), col(Columns.CELL_EASTING), col(Columns.CELL_NORTHING),
          lit(size).as(Columns.CELL_SIZE_M), col(Columns.EVENTS).cast("bigint").as(Columns.EVENTS));
    }
    return Grid.coarsen(cells, cellSizeMetres, size, List.of(Columns.LAYER), List.of(Columns.EVENTS));
  }
}
