package org.cseprofile.disclosure;

import java.util.Objects;

/**
 * What a reader of a publication can work out about a withheld cell: it lies between
 * {@code lower} and {@code upper} (null: no upper limit). {@code implied} cells are not published
 * at all (so may be zero); the others are suppressed ({@code c}, so at least 1). An interval that
 * is not {@code exact} is values the reader cannot rule out, already wide enough: the true one is
 * at least as wide.
 */
public record CellInterval(CellRef cell, long lower, Long upper, boolean implied, boolean exact) {

  /** An exact interval. */
  public CellInterval(CellRef cell, long lower, Long upper, boolean implied) {
    this(cell, lower, upper, implied, true);
  }

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
   * Whether the interval is too narrow for the policy: narrower than {@code largestSuppressed}
   * while reaching down into the small counts (1 to {@code largestSuppressed}). An interval that may
   * be zero (an implied cell) or lies wholly above the small counts (a large cell suppressed only to
   * protect another) tells a reader nothing that could have been suppressed; every primary
   * suppressed cell reaches into the small counts, so for it this is the width rule alone.
   */
  public boolean exposed(DisclosurePolicy policy) {
    int required = policy.largestSuppressed();
    if (upper == null || upper - lower >= required) {
      return false;
    }
    return lower >= 1 && lower <= required;
  }

  @Override
  public String toString() {
    return cell + " in [" + lower + ", " + (upper == null ? "inf" : upper) + "]" + (exact ? "" : " or wider");
  }
}
