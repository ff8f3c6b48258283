package org.cseprofile.hotspot;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.cseprofile.geography.CellMask;

/**
 * The study region as grid cells, by column (west to east) and row (south to north) index: a
 * rectangle, both ends included, and within it, when the region is the partnership's authorities,
 * only the cells of their {@link CellMask}. An empty region has no cells.
 */
record RegionCells(long minColumn, long minRow, long maxColumn, long maxRow, int cellSizeMetres, CellMask mask,
    RegionRule rule) {

  RegionCells {
    Objects.requireNonNull(rule, "rule");
  }

  static RegionCells empty(int cellSizeMetres, RegionRule rule) {
    return new RegionCells(0, 0, -1, -1, cellSizeMetres, null, rule);
  }

  /** The cells overlapping a configured region. */
  static RegionCells of(StudyRegion region, int cellSizeMetres) {
    return new RegionCells(
        Math.floorDiv(region.minEasting(), cellSizeMetres), Math.floorDiv(region.minNorthing(), cellSizeMetres),
        Math.floorDiv(region.maxEasting() - 1, cellSizeMetres), Math.floorDiv(region.maxNorthing() - 1, cellSizeMetres),
        cellSizeMetres, null, RegionRule.CONFIGURED);
  }

  /** The cells of a mask (the partnership's authorities). */
  static RegionCells of(CellMask mask) {
    if (mask.cells() == 0) {
      return empty(mask.cellSizeMetres(), RegionRule.AUTHORITIES);
    }
    return new RegionCells(mask.minColumn(), mask.minRow(), mask.maxColumn(), mask.maxRow(), mask.cellSizeMetres(),
        mask, RegionRule.AUTHORITIES);
  }

  /** A rectangle of cells, {@code box} = min column, min row, max column, max row (null: empty). */
  static RegionCells rectangle(long[] box, int cellSizeMetres, RegionRule rule) {
    return box == null ? empty(cellSizeMetres, rule)
        : new RegionCells(box[0], box[1], box[2], box[3], cellSizeMetres, null, rule);
  }

  /** Number of cells, empty ones included. */
  long cells() {
    if (mask != null) {
      return mask.cells();
    }
    return Math.max(0, maxColumn - minColumn + 1) * Math.max(0, maxRow - minRow + 1);
  }

  /** Whether the cell at ({@code column}, {@code row}) is in the region. */
  Column contains(Column column, Column row) {
    Column inBox = column.between(minColumn, maxColumn).and(row.between(minRow, maxRow));
    if (mask == null) {
      return inBox;
    }
    CellMask cells = mask;
    UserDefinedFunction inMask = udf((UDF2<Long, Long, Boolean>) (c, r) -> c != null && r != null && cells.contains(c, r),
        DataTypes.BooleanType);
    return inBox.and(inMask.apply(column.cast("long"), row.cast("long")).equalTo(lit(true)));
  }

  /** Western edge, metres (null for an empty region). */
  Integer minEasting() {
    return cells() == 0 ? null : Math.toIntExact(minColumn * cellSizeMetres);
  }

  Integer minNorthing() {
    return cells() == 0 ? null : Math.toIntExact(minRow * cellSizeMetres);
  }

  /** Eastern edge, metres (null for an empty region). */
  Integer maxEasting() {
    return cells() == 0 ? null : Math.toIntExact((maxColumn + 1) * cellSizeMetres);
  }

  Integer maxNorthing() {
    return cells() == 0 ? null : Math.toIntExact((maxRow + 1) * cellSizeMetres);
  }
}
