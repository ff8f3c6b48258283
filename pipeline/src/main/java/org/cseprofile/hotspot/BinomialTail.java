package org.cseprofile.hotspot;

/**
 * The upper tail of the binomial distribution: the chance that a neighbourhood holds at least
 * {@code s} of {@code trials} events when each event falls in it independently with probability
 * {@code q} (complete spatial randomness over the study region, given the number of events).
 */
final class BinomialTail {
  /** Probabilities below e^-40 (4e-18) of the largest one summed are left out. */
  private static final double NEGLIGIBLE_LOG = 40;

  private BinomialTail() {}

  /** {@code tail[s]} = P(X >= s) for X ~ Binomial(trials, q), for {@code s} from 0 to {@code maxSum}. */
  static double[] upperTails(long trials, double q, int maxSum) {
    if (trials < 0) {
      throw new IllegalArgumentException("trials must not be negative, was " + trials);
    }
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("q must be a probability, was " + q);
    }
    if (maxSum < 0) {
      throw new IllegalArgumentException("maxSum must not be negative, was " + maxSum);
    }
    double[] tails = new double[maxSum + 1];
    tails[0] = 1;
    if (q == 0 || trials == 0) {
      return tails; // X is 0
    }
    if (q == 1) {
      for (int s = 1; s <= Math.min(maxSum, trials); s++) {
        tails[s] = 1; // X is trials
      }
      return tails;
    }
    // Probabilities from k = 0 up, each from the last in log space (no overflow or underflow on the way),
    // until they are negligible (e^-40 of the largest at or above maxSum, past the mean); then summed from the
    // top so that even tiny tails keep their relative precision.
    double mean = trials * q;
    double logOdds = Math.log(q) - Math.log1p(-q);
    double logPmf = trials * Math.log1p(-q);
    double logPeak = Double.NEGATIVE_INFINITY;
    double[] pmf = new double[Math.max(16, maxSum + 1)];
    int k = 0;
    while (true) {
      if (k == pmf.length) {
        pmf = java.util.Arrays.copyOf(pmf, 2 * pmf.length);
      }
      pmf[k] = Math.exp(logPmf);
      if (k >= maxSum) {
        logPeak = Math.max(logPeak, logPmf);
      }
      if (k == trials || k > maxSum && k > mean && logPmf < logPeak - NEGLIGIBLE_LOG) {
        break;
      }
      logPmf += Math.log((double) (trials - k)) - Math.log(k + 1.0) + logOdds;
      k++;
    }
    double sum = 0;
    for (int j = k; j >= 1; j--) {
      sum += pmf[j];
      if (j <= maxSum) {
        tails[j] = Math.min(1, sum);
      }
    }
    return tails;
  }
}
