package org.cseprofile.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GiStarTest {
  /**
   * The worked example of docs/metrics.md: a 4 by 4 region (n = 16) holding, row by row from the north,
   * <pre>
   *   0 0 0 0
   *   0 3 1 0
   *   0 2 4 0
   *   0 0 0 1
   * </pre>
   * 11 events, sum of squares 31: mean 11/16, S^2 = 31/16 - (11/16)^2 = 375/256.
   */
  static final GiStar.Region EXAMPLE = new GiStar.Region(16, 11, 31);

  @Test
  void regionMeanAndStandardDeviation() {
    assertThat(EXAMPLE.mean()).isEqualTo(0.6875);
    assertThat(EXAMPLE.standardDeviation()).isCloseTo(Math.sqrt(375) / 16, within(1e-15));
  }

  @Test
  void zWorkedByHand() {
    // The cell holding 2 (second column, third row from the north): its 9 neighbours hold 0+0+0 + 0+3+1 + 0+2+4 = 10.
    // z = (10 - 9 x 11/16) / (sqrt(375)/16 x sqrt((16 x 9 - 81) / 15)) = 3.8125 x 16 / sqrt(375 x 4.2) = 61 / sqrt(1575).
    assertThat(GiStar.z(10, 9, EXAMPLE)).isCloseTo(61 / Math.sqrt(1575), within(1e-12));
    // The south-east corner cell (holding 1): 4 neighbours in the region hold 4 + 0 + 0 + 1 = 5.
    // z = (5 - 4 x 11/16) / (sqrt(375)/16 x sqrt((64 - 16) / 15)) = 2.25 x 16 / sqrt(1200) = 36 / sqrt(1200).
    assertThat(GiStar.z(5, 4, EXAMPLE)).isCloseTo(36 / Math.sqrt(1200), within(1e-12));
    // The north-west corner (empty, empty neighbours): z = -2.75 x 16 / sqrt(1200) = -44 / sqrt(1200).
    assertThat(GiStar.z(0, 4, EXAMPLE)).isCloseTo(-44 / Math.sqrt(1200), within(1e-12));
  }

  @Test
  void undefinedWhereTheVarianceIsZero() {
    assertThat(GiStar.z(9, 9, new GiStar.Region(16, 16, 16))).as("every cell holds 1").isNaN();
    assertThat(GiStar.z(11, 16, EXAMPLE)).as("neighbourhood covers the region").isNaN();
    assertThat(GiStar.z(1, 1, new GiStar.Region(1, 1, 1))).as("one cell").isNaN();
  }

  @Test
  void refusesNegativeTotals() {
    assertThatThrownBy(() -> new GiStar.Region(-1, 0, 0))
        .hasMessage("cells, events and sumOfSquares must not be negative");
  }
}
