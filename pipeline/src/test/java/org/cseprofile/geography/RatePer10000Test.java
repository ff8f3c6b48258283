package org.cseprofile.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RatePer10000Test {

  /**
   * By hand, 20 children among 50,000: rate 20 / 50,000 x 10,000 = 4.0. Byar: lower = 20 (1 - 1/180 - 1.95996 /
   * (3 sqrt 20))^3 = 20 x 0.848359^3 = 12.2114, upper = 21 (1 - 1/189 + 1.95996 / (3 sqrt 21))^3 = 21 x 1.137275^3
   * = 30.8899; per 10,000 of 50,000: divide by 5.
   */
  @Test
  void ratesAndIntervalsByHand() {
    assertThat(RatePer10000.rate(20, 50_000)).isEqualTo(4.0);
    double[] ci = RatePer10000.interval(20, 50_000);
    assertThat(ci[0]).isCloseTo(12.2114 / 5, within(0.0005));
    assertThat(ci[1]).isCloseTo(30.8899 / 5, within(0.0005));
    // No children: the rate is 0 and the upper end that of one more: 1 (1 - 1/9 + 1.95996/3)^3 = 1.542210^3 = 3.6680.
    assertThat(RatePer10000.interval(0, 10_000)).containsExactly(0, RatePer10000.interval(0, 10_000)[1]);
    assertThat(RatePer10000.interval(0, 10_000)[1]).isCloseTo(3.6680, within(0.0005));
  }

  /** Independent cross-check: the exact (Garwood) Poisson limits, found by bisection on the Poisson tail sums. */
  @Test
  void byarIsCloseToTheExactPoissonInterval() {
    for (long count : new long[] {10, 25, 60, 150, 400}) {
      double[] byar = RatePer10000.interval(count, 10_000);
      double lower = bisect(m -> upperTail(count, m) - 0.025, 0, count);
      double upper = bisect(m -> 0.025 - lowerTail(count, m), count, 3.0 * count + 20);
      assertThat(byar[0]).as("lower, %d", count).isCloseTo(lower, within(lower * 0.01));
      assertThat(byar[1]).as("upper, %d", count).isCloseTo(upper, within(upper * 0.01));
    }
  }

  @Test
  void refusesImpossibleCounts() {
    assertThatThrownBy(() -> RatePer10000.rate(-1, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must not be negative, was -1");
    assertThatThrownBy(() -> RatePer10000.interval(1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("population must be at least 1, was 0");
  }

  /** P(X <= k) for X ~ Poisson(mean), summed in logs. */
  private static double lowerTail(long k, double mean) {
    double sum = 0;
    double logTerm = -mean;
    for (long i = 0; i <= k; i++) {
      if (i > 0) {
        logTerm += Math.log(mean) - Math.log(i);
      }
      sum += Math.exp(logTerm);
    }
    return sum;
  }

  /** P(X >= k). */
  private static double upperTail(long k, double mean) {
    return 1 - lowerTail(k - 1, mean);
  }

  private static double bisect(java.util.function.DoubleUnaryOperator f, double low, double high) {
    for (int i = 0; i < 200; i++) {
      double mid = (low + high) / 2;
      if (Math.signum(f.applyAsDouble(mid)) == Math.signum(f.applyAsDouble(low))) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return (low + high) / 2;
  }
}
