package org.cseprofile.hotspot;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The automatic study region without boundaries: located events far from all the others (a crime
 * geocoded to the wrong end of the country, a default location) must not stretch it. The rule:
 * events are counted on 5 km squares; squares within two squares of each other (a gap of at most
 * one empty square, about 5 to 10 km) are linked, and linked squares form groups. A group holding
 * fewer than a tenth of the located events of the two years analysed is left out, unless it is the
 * largest; the region is the smallest rectangle of cells holding the events of the groups kept.
 * Work is one aggregation to 5 km squares (a few thousand at most for England), then plain Java.
 */
final class StrayEvents {
  static final int SQUARE_METRES = 5_000;
  // Wide enough that a rural market town 20 km from the next event stays in the region (a narrower link
  // made such towns "strays" once they held under a tenth of the events); a mis-geocoded crime is
  // usually hundreds of km away.
  static final int LINK_SQUARES = 5;
  static final double MINIMUM_SHARE = 0.10;

  private static final String SQUARE_COLUMN = "_square_column";
  private static final String SQUARE_ROW = "_square_row";
  private static final String EVENTS = "_events";
  private static final String MIN_COLUMN = "_min_column";
  private static final String MIN_ROW = "_min_row";
  private static final String MAX_COLUMN = "_max_column";
  private static final String MAX_ROW = "_max_row";

  /** One 5 km square: its events and the cells (columns, rows) they fall in. */
  record Square(long column, long row, long events, long minColumn, long minRow, long maxColumn, long maxRow) {}

  /** The rectangle of cells holding the events kept (null when there are none) and how many were left out. */
  record Core(long[] box, long leftOut) {}

  private StrayEvents() {}

  /** The core of {@code located}, events with {@code easting} and {@code northing} columns, on cells of {@code size}. */
  static Core core(Dataset<Row> located, String easting, String northing, int size) {
    List<Square> squares = new ArrayList<>();
    located.groupBy(Grid.index(col(easting), SQUARE_METRES).as(SQUARE_COLUMN),
            Grid.index(col(northing), SQUARE_METRES).as(SQUARE_ROW))
        .agg(count(lit(1)).as(EVENTS), min(Grid.index(col(easting), size)).as(MIN_COLUMN),
            min(Grid.index(col(northing), size)).as(MIN_ROW), max(Grid.index(col(easting), size)).as(MAX_COLUMN),
            max(Grid.index(col(northing), size)).as(MAX_ROW))
        .collectAsList()
        .forEach(r -> squares.add(new Square(r.<Long>getAs(SQUARE_COLUMN), r.<Long>getAs(SQUARE_ROW),
            r.<Long>getAs(EVENTS), r.<Long>getAs(MIN_COLUMN), r.<Long>getAs(MIN_ROW), r.<Long>getAs(MAX_COLUMN),
            r.<Long>getAs(MAX_ROW))));
    return core(squares);
  }

  /** The rule on squares already counted. */
  static Core core(List<Square> squares) {
    if (squares.isEmpty()) {
      return new Core(null, 0);
    }
    List<Square> sorted = new ArrayList<>(squares);
    sorted.sort(java.util.Comparator.comparingLong(Square::column).thenComparingLong(Square::row));
    Map<List<Long>, Integer> at = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      at.put(List.of(sorted.get(i).column(), sorted.get(i).row()), i);
    }
    int[] parent = new int[sorted.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < sorted.size(); i++) {
      Square s = sorted.get(i);
      for (long dc = -LINK_SQUARES; dc <= LINK_SQUARES; dc++) {
        for (long dr = -LINK_SQUARES; dr <= LINK_SQUARES; dr++) {
          Integer j = at.get(List.of(s.column() + dc, s.row() + dr));
          if (j != null) {
            parent[find(parent, i)] = find(parent, j);
          }
        }
      }
    }
    Map<Integer, Long> groupEvents = new HashMap<>();
    long total = 0;
    for (int i = 0; i < sorted.size(); i++) {
      groupEvents.merge(find(parent, i), sorted.get(i).events(), Long::sum);
      total += sorted.get(i).events();
    }
    // The largest group is always kept (ties: the one of the westernmost, then southernmost, square).
    int largest = -1;
    for (int i = 0; i < sorted.size(); i++) {
      int g = find(parent, i);
      if (largest < 0 || groupEvents.get(g) > groupEvents.get(largest)) {
        largest = g;
      }
    }
    long[] box = null;
    long leftOut = 0;
    for (int i = 0; i < sorted.size(); i++) {
      int g = find(parent, i);
      Square s = sorted.get(i);
      if (g != largest && groupEvents.get(g) < MINIMUM_SHARE * total) {
        leftOut += s.events();
        continue;
      }
      box = box == null ? new long[] {s.minColumn(), s.minRow(), s.maxColumn(), s.maxRow()} : new long[] {
          Math.min(box[0], s.minColumn()), Math.min(box[1], s.minRow()),
          Math.max(box[2], s.maxColumn()), Math.max(box[3], s.maxRow())};
    }
    return new Core(box, leftOut);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
