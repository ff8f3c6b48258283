package org.cseprofile.disclosure;

import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.Status;

/** Primary suppression of a single count under a policy. No Spark: the rule is plain arithmetic. */
public final class SmallCountSuppression {
  private SmallCountSuppression() {}

  /** The published form of {@code count}: 0 as 0, small counts suppressed, others rounded. */
  public static PublishedCell publish(long count, DisclosurePolicy policy) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    if (count == 0) {
      return PublishedCell.shown(0);
    }
    if (count <= policy.largestSuppressed()) {
      return PublishedCell.withheld(Status.SUPPRESSED);
    }
    long base = policy.roundingBase();
    long rounded = Math.floorDiv(count + base / 2, base) * base;
    return rounded == 0 ? PublishedCell.withheld(Status.LOW) : PublishedCell.shown(rounded);
  }
}
