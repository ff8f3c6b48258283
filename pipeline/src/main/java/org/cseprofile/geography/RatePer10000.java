package org.cseprofile.geography;

/**
 * A count per 10,000 residents with its 95% interval by Byar's method: the approximation to the exact
 * Poisson interval that Public Health England's Fingertips profiles use for crude rates (Breslow and
 * Day 1987). It treats the count as Poisson, which suits events among a large population (children
 * open to CSE concern among all children), stays within about 1% of the exact interval from a count
 * of 10 up, and needs no special functions, so the report and the tests can recompute it by hand.
 */
public final class RatePer10000 {
  /** The 97.5th percentile of the standard normal distribution. */
  static final double Z = 1.959963984540054;
  public static final double PER = 10_000;

  private RatePer10000() {}

  /** {@code count / population * 10,000}. */
  public static double rate(long count, long population) {
    requireValid(count, population);
    return PER * count / population;
  }

  /** Lower and upper ends of the 95% interval of the rate, per 10,000. */
  public static double[] interval(long count, long population) {
    requireValid(count, population);
    double lower = count == 0 ? 0 : count * Math.pow(1 - 1.0 / (9 * count) - Z / (3 * Math.sqrt(count)), 3);
    double o = count + 1;
    double upper = o * Math.pow(1 - 1 / (9 * o) + Z / (3 * Math.sqrt(o)), 3);
    return new double[] {PER * lower / population, PER * upper / population};
  }

  private static void requireValid(long count, long population) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    if (population < 1) {
      throw new IllegalArgumentException("population must be at least 1, was " + population);
    }
  }
}
