package org.cseprofile.disclosure;

import java.util.Objects;

/**
 * What a reader of a publication can work out about a withheld cell: it lies between
 * {@code lower} and {@code upper} (null: no upper limit). {@code implied} cells are not published
 * at all (so may be zero); the others are suppressed ({@code c}, so at least 1).
 */
public record CellInterval(CellRef cell, long lower, Long upper, boolean implied) {

  public CellInterval {
    Objects.requireNonNull(cell, "cell");
    if (upper != null && upper < lower) {
      throw new IllegalArgumentException("upper must not be below lower for " + cell);
    }
  }

  /** {@code upper - lower}, or null when there is no upper limit. */
  public Long width() {
    return upper == null ? null : upper - lower;
  }

  /**
   * Whether the interval is too narrow for the policy: a suppressed cell must keep a width of at
   * least {@code largestSuppressed}; an implied cell only matters when it is known to be a small
   * non-zero count (an interval that may be zero, or lies above the small counts, gives nothing away).
   */
  public boolean exposed(DisclosurePolicy policy) {
    int required = policy.largestSuppressed();
    if (upper == null || upper - lower >= required) {
      return false;
    }
    return !implied || (lower >= 1 && lower <= required);
  }

  @Override
  public String toString() {
    return cell + " in [" + lower + ", " + (upper == null ? "inf" : upper) + "]";
  }
}
