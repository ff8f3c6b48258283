package org.cseprofile.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CellMaskTest {

  /**
   * By hand: a 1 km square from (1000, 1000) to (2000, 2000) on 250 m cells holds the 4 x 4 cells whose centres
   * (1125 ... 1875) lie inside: columns and rows 4 to 7. A 500 m hole from (1250, 1250) to (1750, 1750) takes the
   * 2 x 2 cells centred at 1375 and 1625: 12 cells remain.
   */
  @Test
  void holdsTheCellsWhoseCentreIsInside() throws ParseException {
    CellMask square = CellMask.of(new WKTReader().read("POLYGON ((1000 1000, 2000 1000, 2000 2000, 1000 2000, 1000 1000))"),
        250);
    assertThat(square.cells()).isEqualTo(16);
    assertThat(new long[] {square.minColumn(), square.minRow(), square.maxColumn(), square.maxRow()})
        .containsExactly(4, 4, 7, 7);
    CellMask ring = CellMask.of(new WKTReader().read("POLYGON ((1000 1000, 2000 1000, 2000 2000, 1000 2000, 1000 1000), "
        + "(1250 1250, 1750 1250, 1750 1750, 1250 1750, 1250 1250))"), 250);
    assertThat(ring.cells()).isEqualTo(12);
    assertThat(ring.contains(5, 5)).isFalse();
    assertThat(ring.contains(4, 5)).isTrue();
    assertThat(ring.contains(8, 5)).isFalse();
    assertThat(CellMask.of(new WKTReader().read("POLYGON EMPTY"), 250).cells()).isZero();
  }

  /** Independent cross-check: every cell of a jagged multipolygon, tested one by one with JTS's point locator. */
  @Test
  void agreesWithPointInPolygonCellByCell() throws ParseException {
    SplittableRandom rng = new SplittableRandom(16);
    StringBuilder wkt = new StringBuilder("MULTIPOLYGON (((");
    int n = 40;
    for (int i = 0; i <= n; i++) {
      double angle = 2 * Math.PI * (i % n) / n;
      double radius = (i % n == 0 ? 8000 : 5000 + rng.nextInt(4000));
      if (i == n) {
        radius = 8000;
      }
      wkt.append(String.format(java.util.Locale.ROOT, "%s%.1f %.1f", i == 0 ? "" : ", ", 20000 + radius * Math.cos(angle),
          20000 + radius * Math.sin(angle)));
    }
    wkt.append(")), ((40000 40000, 43000 40000, 43000 41000, 40000 40000)))");
    Geometry area = new WKTReader().read(wkt.toString());
    IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(area);
    CellMask mask = CellMask.of(area, 250);
    long inside = 0;
    for (long column = 0; column < 200; column++) {
      for (long row = 0; row < 200; row++) {
        int location = locator.locate(new Coordinate((column + 0.5) * 250, (row + 0.5) * 250));
        if (location == Location.BOUNDARY) {
          inside += mask.contains(column, row) ? 1 : 0;
          continue; // a centre exactly on an edge may go either way
        }
        boolean in = location == Location.INTERIOR;
        assertThat(mask.contains(column, row)).as("cell %d, %d", column, row).isEqualTo(in);
        inside += in ? 1 : 0;
      }
    }
    assertThat(mask.cells()).isEqualTo(inside);
  }
}
