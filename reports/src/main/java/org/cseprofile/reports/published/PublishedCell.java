package org.cseprofile.reports.published;

import java.util.Objects;

/** One published value: a number when shown, otherwise only its status symbol. */
public record PublishedCell(Double value, Status status) {

  public PublishedCell {
    Objects.requireNonNull(status, "status");
    if ((value != null) != (status == Status.SHOWN)) {
      throw new IllegalArgumentException("value must be present exactly when status is SHOWN, status was " + status);
    }
    if (value != null && (value.isNaN() || value.isInfinite())) {
      throw new IllegalArgumentException("value must be a finite number");
    }
  }

  public static PublishedCell shown(double value) {
    return new PublishedCell(value, Status.SHOWN);
  }

  public static PublishedCell withheld(Status status) {
    return new PublishedCell(null, status);
  }

  public boolean isShown() {
    return status == Status.SHOWN;
  }

  /** The value, or 0 for a withheld value (for drawing only; never for arithmetic). */
  public double valueOrZero() {
    return value == null ? 0 : value;
  }
}
