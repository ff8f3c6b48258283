package org.cseprofile.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.proj4j.ProjCoordinate;

class BritishNationalGridTest {

  /**
   * Ordnance Survey's worked example of the projection ("A guide to coordinate systems in Great Britain",
   * annexe C): OSGB36 52°39'27.2531"N 1°43'4.5177"E is E 651409.903 N 313177.270, to the millimetre.
   */
  @Test
  void projectsOsWorkedExampleToTheMillimetre() {
    double latitude = 52 + 39 / 60.0 + 27.2531 / 3600;
    double longitude = 1 + 43 / 60.0 + 4.5177 / 3600;
    ProjCoordinate out = new ProjCoordinate();
    BritishNationalGrid.transform(BritishNationalGrid.OSGB36, BritishNationalGrid.OSGB36_NATIONAL_GRID)
        .transform(new ProjCoordinate(longitude, latitude), out);
    assertThat(out.x).isCloseTo(651409.903, within(0.002));
    assertThat(out.y).isCloseTo(313177.270, within(0.002));
  }

  /**
   * OS's example of the datum change: ETRS89 (WGS84 to within a metre in Britain) 52.658007833 N,
   * 1.716073973 E is OSGB36 E 651409.792 N 313177.448 by OS's exact grid transformation; the Helmert
   * shift OS publishes is good to about 5 m.
   */
  @Test
  void convertsOsDatumExampleWithinFiveMetres() {
    double[] grid = BritishNationalGrid.fromWgs84(1.716073973, 52.658007833);
    assertThat(Math.hypot(grid[0] - 651409.792, grid[1] - 313177.448)).isLessThan(5);
  }

  /** OS test point TP01 (Isles of Scilly), from the OSTN15 developer pack: 91492.146, 11318.804. */
  @Test
  void convertsOsTestPointInScillyWithinFiveMetres() {
    double[] grid = BritishNationalGrid.fromWgs84(-6.29977752014, 49.92226393730);
    assertThat(Math.hypot(grid[0] - 91492.146, grid[1] - 11318.804)).isLessThan(5);
  }

  @Test
  void refusesPositionsThatAreNotOnTheGlobe() {
    assertThatThrownBy(() -> BritishNationalGrid.fromWgs84(200, 50)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longitude");
    assertThatThrownBy(() -> BritishNationalGrid.fromWgs84(Double.NaN, 50)).isInstanceOf(IllegalArgumentException.class);
  }
}
