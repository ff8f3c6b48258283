package org.cseprofile.profile;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * The 95% Wilson score interval for a proportion, in percent: better than the normal
 * approximation for the small counts and extreme shares of a CSE cohort.
 */
public final class WilsonInterval {
  /** The 97.5th percentile of the standard normal distribution. */
  public static final double Z = 1.959963984540054;

  private WilsonInterval() {}

  /** {@code [lower, upper]} in percent for {@code x} successes out of {@code n}; null when n = 0. */
  public static double[] percent(long x, long n) {
    if (n <= 0) {
      return null;
    }
    double p = (double) x / n;
    double z2 = Z * Z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return new double[] {100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half)};
  }

  /** The lower end, in percent, as a Spark column (null when the denominator is 0 or null). */
  public static Column lower(Column x, Column n) {
    return bound(x, n, -1);
  }

  /** The upper end, in percent, as a Spark column. */
  public static Column upper(Column x, Column n) {
    return bound(x, n, 1);
  }

  /** {@code 100 * x / n}, null when n is 0 or null. */
  public static Column percent(Column x, Column n) {
    return when(n.gt(0), x.cast("double").multiply(100).divide(n));
  }

  private static Column bound(Column x, Column n, int sign) {
    Column nd = n.cast("double");
    Column p = x.cast("double").divide(nd);
    double z2 = Z * Z;
    Column denominator = lit(1).plus(lit(z2).divide(nd));
    Column centre = p.plus(lit(z2).divide(nd.multiply(2))).divide(denominator);
    Column half = lit(Z).multiply(sqrt(p.multiply(lit(1).minus(p)).divide(nd).plus(lit(z2).divide(nd.multiply(nd).multiply(4)))))
        .divide(denominator);
    Column bound = sign < 0
        ? org.apache.spark.sql.functions.greatest(lit(0.0), centre.minus(half))
        : org.apache.spark.sql.functions.least(lit(1.0), centre.plus(half));
    // greatest/least skip nulls, so test for a missing numerator explicitly.
    return when(n.gt(0).and(x.isNotNull()), bound.multiply(100));
  }
}
