package org.cseprofile.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class BinomialTailTest {

  @Test
  void smallCaseWorkedByHand() {
    // 3 events, each in the neighbourhood with probability 1/4: P(X >= 1) = 1 - (3/4)^3 = 37/64,
    // P(X >= 2) = 3 (1/4)^2 (3/4) + (1/4)^3 = 10/64, P(X >= 3) = 1/64.
    double[] tail = BinomialTail.upperTails(3, 0.25, 3);

    assertThat(tail[0]).isEqualTo(1.0);
    assertThat(tail[1]).isCloseTo(37.0 / 64, within(1e-15));
    assertThat(tail[2]).isCloseTo(10.0 / 64, within(1e-15));
    assertThat(tail[3]).isCloseTo(1.0 / 64, within(1e-15));
  }

  @Test
  void matchesExactRationalArithmetic() {
    // Neighbourhoods of W = 9 and 4 cells in regions of 1,600 and 81,984 cells, with sparse and dense events.
    long[][] cases = {{40, 9, 1600}, {600, 9, 1600}, {137, 9, 81984}, {800, 4, 81984}};
    for (long[] c : cases) {
      long trials = c[0];
      long cells = c[1];
      long region = c[2];
      int maxSum = (int) Math.min(trials, 60);
      double[] tail = BinomialTail.upperTails(trials, (double) cells / region, maxSum);
      double[] exact = exactTails(trials, cells, region, maxSum);
      for (int s = 0; s <= maxSum; s++) {
        // Relative error under 1e-11, even for tails of 1e-190 (where log-space rounding adds up).
        assertThat(tail[s]).as("N=%d W=%d n=%d s=%d", trials, cells, region, s)
            .isCloseTo(exact[s], within(exact[s] * 1e-11));
      }
    }
  }

  @Test
  void degenerateProbabilities() {
    assertThat(BinomialTail.upperTails(5, 0, 2)).containsExactly(1, 0, 0);
    assertThat(BinomialTail.upperTails(2, 1, 3)).containsExactly(1, 1, 1, 0);
    assertThat(BinomialTail.upperTails(0, 0.5, 1)).containsExactly(1, 0);
  }

  @Test
  void refusesImpossibleArguments() {
    assertThatThrownBy(() -> BinomialTail.upperTails(-1, 0.5, 1)).hasMessage("trials must not be negative, was -1");
    assertThatThrownBy(() -> BinomialTail.upperTails(3, 1.5, 1)).hasMessage("q must be a probability, was 1.5");
    assertThatThrownBy(() -> BinomialTail.upperTails(3, 0.5, -1)).hasMessage("maxSum must not be negative, was -1");
  }

  /** For each s, the sum over k >= s of C(N, k) W^k (n - W)^(N - k) / n^N, in whole numbers. */
  private static double[] exactTails(long trials, long cells, long region, int maxSum) {
    int n = (int) trials;
    BigInteger[] rest = new BigInteger[n + 1];
    rest[0] = BigInteger.ONE;
    for (int j = 1; j <= n; j++) {
      rest[j] = rest[j - 1].multiply(BigInteger.valueOf(region - cells));
    }
    BigInteger[] terms = new BigInteger[n + 1];
    BigInteger choose = BigInteger.ONE;
    BigInteger power = BigInteger.ONE;
    for (int k = 0; k <= n; k++) {
      terms[k] = choose.multiply(power).multiply(rest[n - k]);
      choose = choose.multiply(BigInteger.valueOf(trials - k)).divide(BigInteger.valueOf(k + 1));
      power = power.multiply(BigInteger.valueOf(cells));
    }
    BigDecimal denominator = new BigDecimal(BigInteger.valueOf(region).pow(n));
    double[] tails = new double[maxSum + 1];
    BigInteger suffix = BigInteger.ZERO;
    for (int k = n; k >= 0; k--) {
      suffix = suffix.add(terms[k]);
      if (k <= maxSum) {
        tails[k] = new BigDecimal(suffix).divide(denominator, MathContext.DECIMAL128).doubleValue();
      }
    }
    return tails;
  }
}
