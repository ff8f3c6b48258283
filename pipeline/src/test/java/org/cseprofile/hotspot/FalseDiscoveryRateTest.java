package org.cseprofile.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FalseDiscoveryRateTest {

  @Test
  void benjaminiHochbergWorkedByHand() {
    // m = 10 at q = 0.05: the k-th smallest p must be <= 0.005 k. p(1) = 0.001 <= 0.005 and p(2) = 0.008 <= 0.010;
    // p(3) = 0.039 > 0.015 and no later p(k) is under 0.005 k, so the first two are significant.
    TreeMap<Double, Long> tests = new TreeMap<>();
    for (double p : new double[] {0.001, 0.008, 0.039, 0.041, 0.042, 0.061, 0.074, 0.205, 0.212, 0.216}) {
      tests.merge(p, 1L, Long::sum);
    }
    assertThat(FalseDiscoveryRate.threshold(tests, 0.05)).isEqualTo(0.008);
    // At q = 0.10 the limit is 0.01 k: p(5) = 0.042 <= 0.05 is the last under it (p(6) = 0.061 > 0.06).
    assertThat(FalseDiscoveryRate.threshold(tests, 0.10)).isEqualTo(0.042);
  }

  @Test
  void tiedPValuesShareTheRankOfTheLastOfThem() {
    // Three cells at p = 0.012 among 10: rank 3, limit 3 x 0.05 / 10 = 0.015, so all three are significant,
    // although the first alone (limit 0.005) would not be.
    TreeMap<Double, Long> tests = new TreeMap<>();
    tests.put(0.012, 3L);
    tests.put(1.0, 7L);
    assertThat(FalseDiscoveryRate.threshold(tests, 0.05)).isEqualTo(0.012);
  }

  @Test
  void nothingSignificantGivesMinusOne() {
    TreeMap<Double, Long> tests = new TreeMap<>();
    tests.put(0.02, 1L);
    tests.put(1.0, 99L);
    // 0.02 > 1 x 0.05 / 100
    assertThat(FalseDiscoveryRate.threshold(tests, 0.05)).isEqualTo(-1);
  }
}
