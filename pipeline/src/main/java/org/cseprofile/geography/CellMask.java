package org.cseprofile.geography;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The grid cells whose centre lies inside an area (the partnership's authorities, as a study region),
 * stored as runs of columns per row: compact at any size (a row of England at 10 m holds a few runs,
 * not 60,000 cells) and quick to test. Made by a scanline over the area's edges with the even-odd
 * rule, so holes and islands come out right.
 */
public final class CellMask implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int cellSizeMetres;
  private final long firstRow;
  /** Per row from {@code firstRow}: first and last column of each run, in order. */
  private final long[][] runs;
  private final long cells;
  private final long minColumn;
  private final long maxColumn;

  private CellMask(int cellSizeMetres, long firstRow, long[][] runs) {
    this.cellSizeMetres = cellSizeMetres;
    this.firstRow = firstRow;
    this.runs = runs;
    long count = 0;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long[] row : runs) {
      for (int i = 0; i < row.length; i += 2) {
        count += row[i + 1] - row[i] + 1;
        min = Math.min(min, row[i]);
        max = Math.max(max, row[i + 1]);
      }
    }
    this.cells = count;
    this.minColumn = min;
    this.maxColumn = max;
  }

  /** The cells of {@code cellSizeMetres} whose centre lies in {@code area} (a polygon or multipolygon). */
  public static CellMask of(Geometry area, int cellSizeMetres) {
    if (cellSizeMetres < 1) {
      throw new IllegalArgumentException("cellSizeMetres must be at least 1, was " + cellSizeMetres);
    }
    double size = cellSizeMetres;
    Map<Long, List<Double>> crossings = new TreeMap<>();
    for (int g = 0; g < area.getNumGeometries(); g++) {
      if (!(area.getGeometryN(g) instanceof Polygon polygon)) {
        continue;
      }
      List<LineString> rings = new ArrayList<>();
      rings.add(polygon.getExteriorRing());
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        rings.add(polygon.getInteriorRingN(h));
      }
      for (LineString ring : rings) {
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
          double y1 = c[i].y;
          double y2 = c[i + 1].y;
          if (y1 == y2) {
            continue;
          }
          double low = Math.min(y1, y2);
          double high = Math.max(y1, y2);
          // Rows whose centre line y = (row + 0.5) * size lies in [low, high): each edge crosses it once.
          long first = (long) Math.ceil(low / size - 0.5);
          long last = (long) Math.ceil(high / size - 0.5) - 1;
          for (long row = first; row <= last; row++) {
            double y = (row + 0.5) * size;
            double x = c[i].x + (y - y1) * (c[i + 1].x - c[i].x) / (y2 - y1);
            crossings.computeIfAbsent(row, r -> new ArrayList<>()).add(x);
          }
        }
      }
    }
    if (crossings.isEmpty()) {
      return new CellMask(cellSizeMetres, 0, new long[0][]);
    }
    long firstRow = crossings.keySet().iterator().next();
    long lastRow = ((TreeMap<Long, List<Double>>) crossings).lastKey();
    long[][] runs = new long[Math.toIntExact(lastRow - firstRow + 1)][];
    Arrays.fill(runs, new long[0]);
    crossings.forEach((row, xs) -> {
      double[] sorted = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      List<long[]> rowRuns = new ArrayList<>();
      for (int k = 0; k + 1 < sorted.length; k += 2) {
        // Columns whose centre x = (column + 0.5) * size lies in [left, right).
        long from = (long) Math.ceil(sorted[k] / size - 0.5);
        long to = (long) Math.ceil(sorted[k + 1] / size - 0.5) - 1;
        if (to < from) {
          continue;
        }
        if (!rowRuns.isEmpty() && rowRuns.get(rowRuns.size() - 1)[1] >= from - 1) {
          rowRuns.get(rowRuns.size() - 1)[1] = Math.max(rowRuns.get(rowRuns.size() - 1)[1], to);
        } else {
          rowRuns.add(new long[] {from, to});
        }
      }
      long[] flat = new long[rowRuns.size() * 2];
      for (int r = 0; r < rowRuns.size(); r++) {
        flat[2 * r] = rowRuns.get(r)[0];
        flat[2 * r + 1] = rowRuns.get(r)[1];
      }
      runs[Math.toIntExact(row - firstRow)] = flat;
    });
    int start = 0;
    int end = runs.length;
    while (start < end && runs[start].length == 0) {
      start++;
    }
    while (end > start && runs[end - 1].length == 0) {
      end--;
    }
    return new CellMask(cellSizeMetres, firstRow + start, Arrays.copyOfRange(runs, start, end));
  }

  /** Whether the cell at ({@code column}, {@code row}) is in the mask. */
  public boolean contains(long column, long row) {
    long i = row - firstRow;
    if (i < 0 || i >= runs.length) {
      return false;
    }
    long[] r = runs[(int) i];
    int low = 0;
    int high = r.length / 2 - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (column < r[2 * mid]) {
        high = mid - 1;
      } else if (column > r[2 * mid + 1]) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Number of cells in the mask. */
  public long cells() {
    return cells;
  }

  public int cellSizeMetres() {
    return cellSizeMetres;
  }

  /** Westernmost column of the mask (meaningless when it is empty). */
  public long minColumn() {
    return minColumn;
  }

  public long maxColumn() {
    return maxColumn;
  }

  /** Southernmost row of the mask. */
  public long minRow() {
    return firstRow;
  }

  public long maxRow() {
    return firstRow + runs.length - 1;
  }
}
