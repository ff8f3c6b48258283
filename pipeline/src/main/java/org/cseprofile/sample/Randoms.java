package org.cseprofile.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Deterministic randomness: generators derived from the seed and an item's index (each child,
 * incident and suspect draws its columns from {@link Draws}), so a data set is the same however it is
 * produced and can be streamed; and the distributions the generator draws from.
 */
final class Randoms {
  private Randoms() {}

  /** A generator for item {@code index} of stream {@code stream} under {@code seed}. */
  static SplittableRandom forItem(long seed, long stream, long index) {
    return new SplittableRandom(mix(mix(seed ^ 0x5DEECE66DL) + stream * 0x9E3779B97F4A7C15L + index));
  }

  /** SplitMix64 finaliser: a good 64-bit mixing function. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A 16-hex-digit pseudonym, as an agency's keyed hash would look. */
  static String pseudonym(long seed, long stream, long index) {
    return String.format("%016x", mix(mix(seed + 0x632BE59BD9B4E019L * stream) ^ index));
  }

  /** Index drawn from cumulative-free weights. */
  static int weighted(SplittableRandom rng, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** A uniformly random date in [from, to]. */
  static LocalDate date(SplittableRandom rng, LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return from.plusDays(days <= 0 ? 0 : rng.nextLong(days + 1));
  }

  /** A geometric count with the given mean (at least 0). */
  static int geometric(SplittableRandom rng, double mean) {
    double p = 1.0 / (1.0 + mean);
    return (int) Math.floor(Math.log(1 - rng.nextDouble()) / Math.log(1 - p));
  }

  /** A Poisson count (Knuth's method; fine for the small means used here). */
  static int poisson(SplittableRandom rng, double mean) {
    double limit = Math.exp(-mean);
    double product = rng.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= rng.nextDouble();
      k++;
    }
    return k;
  }

  /** A log-normal number of days with the given median and spread. */
  static long logNormalDays(SplittableRandom rng, double median, double sigma) {
    double z = gaussian(rng);
    return Math.max(1, Math.round(median * Math.exp(sigma * z)));
  }

  /** A standard normal deviate (Box-Muller). */
  static double gaussian(SplittableRandom rng) {
    double u1 = 1 - rng.nextDouble();
    double u2 = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  static boolean chance(SplittableRandom rng, double p) {
    return rng.nextDouble() < p;
  }
}
