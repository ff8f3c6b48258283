package org.cseprofile.hotspot;

import java.util.Collection;
import org.apache.spark.sql.Column;

/**
 * The study region as a rectangle of grid cells, by column (west to east) and row (south to north)
 * index, both ends included. An empty region has no cells.
 */
record RegionCells(long minColumn, long minRow, long maxColumn, long maxRow, int cellSizeMetres) {
  static RegionCells empty(int cellSizeMetres) {
    return new RegionCells(0, 0, -1, -1, cellSizeMetres);
  }

  /** The cells overlapping a configured region. */
  static RegionCells of(StudyRegion region, int cellSizeMetres) {
    return new RegionCells(
        Math.floorDiv(region.minEasting(), cellSizeMetres), Math.floorDiv(region.minNorthing(), cellSizeMetres),
        Math.floorDiv(region.maxEasting() - 1, cellSizeMetres), Math.floorDiv(region.maxNorthing() - 1, cellSizeMetres),
        cellSizeMetres);
  }

  /** The smallest rectangle of cells holding every located event of every analysis. */
  static RegionCells boundingBox(Collection<Hotspots.Accounting> analyses, int cellSizeMetres) {
    long[] box = null;
    for (Hotspots.Accounting a : analyses) {
      if (a.box() == null) {
        continue;
      }
      box = box == null ? a.box().clone() : new long[] {
          Math.min(box[0], a.box()[0]), Math.min(box[1], a.box()[1]),
          Math.max(box[2], a.box()[2]), Math.max(box[3], a.box()[3])};
    }
    return box == null ? empty(cellSizeMetres) : new RegionCells(box[0], box[1], box[2], box[3], cellSizeMetres);
  }

  /** Number of cells, empty ones included. */
  long cells() {
    return Math.max(0, maxColumn - minColumn + 1) * Math.max(0, maxRow - minRow + 1);
  }

  /** Whether the cell at ({@code column}, {@code row}) is in the region. */
  Column contains(Column column, Column row) {
    return column.between(minColumn, maxColumn).and(row.between(minRow, maxRow));
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
