package org.cseprofile.disclosure;

import java.util.Objects;

/**
 * A measure of a published table and how it is published: a count goes through disclosure
 * control; a share, interval or ratio is recomputed from its published numerator and denominator
 * (so it cannot reveal what they hide); a median is shown only over more children than the
 * policy suppresses.
 */
public record PublishedMeasure(String column, Rule rule, String numerator, String denominator) {

  /** How a measure is published. */
  public enum Rule {
    /** A count: suppressed, rounded or shown under the policy. */
    COUNT,
    /** {@code 100 * numerator / denominator}. */
    PERCENT,
    /** Lower end of the 95% Wilson interval of numerator / denominator, in percent. */
    CI_LOWER,
    /** Upper end of the 95% Wilson interval, in percent. */
    CI_UPPER,
    /** {@code numerator / denominator}, for example episodes per child. */
    RATIO,
    /** A statistic over {@code denominator} children (a median): suppressed when they are few. */
    OVER_CHILDREN,
    /** {@code 10,000 * numerator / denominator}: a count per 10,000 residents. */
    RATE_PER_10000,
    /** Lower end of the 95% interval of a rate per 10,000 (Byar's approximation to the exact Poisson interval). */
    RATE_LOWER,
    /** Upper end of that interval. */
    RATE_UPPER
  }

  public PublishedMeasure {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(rule, "rule");
    if (rule != Rule.COUNT && denominator == null) {
      throw new IllegalArgumentException("denominator must be given for a " + rule + " measure (" + column + ")");
    }
  }

  public static PublishedMeasure count(String column) {
    return new PublishedMeasure(column, Rule.COUNT, null, null);
  }

  public static PublishedMeasure of(String column, Rule rule, String numerator, String denominator) {
    return new PublishedMeasure(column, rule, numerator, denominator);
  }
}
