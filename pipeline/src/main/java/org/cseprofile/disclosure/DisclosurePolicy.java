package org.cseprofile.disclosure;

import java.util.Locale;
import java.util.Objects;

/**
 * A statistical disclosure control policy: counts from 1 to {@code largestSuppressed} are
 * suppressed, other counts are rounded to the nearest {@code roundingBase}; zero stays zero.
 */
public record DisclosurePolicy(String name, int largestSuppressed, int roundingBase) {

  /** For partnership boards: counts 1 to 4 suppressed, no rounding. The default. */
  public static final DisclosurePolicy PARTNERSHIP = new DisclosurePolicy("partnership", 4, 1);
  /** For public papers: counts 1 to 7 suppressed, others rounded to the nearest 5. */
  public static final DisclosurePolicy PUBLIC = new DisclosurePolicy("public", 7, 5);

  public DisclosurePolicy {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (largestSuppressed < 0) {
      throw new IllegalArgumentException("largestSuppressed must not be negative, was " + largestSuppressed);
    }
    if (roundingBase < 1) {
      throw new IllegalArgumentException("roundingBase must be at least 1, was " + roundingBase);
    }
  }

  /** The named standard policy ({@code partnership} or {@code public}). */
  public static DisclosurePolicy named(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "partnership" -> PARTNERSHIP;
      case "public" -> PUBLIC;
      default -> throw new IllegalArgumentException("disclosure policy must be partnership or public");
    };
  }

  /** The protective marking printed on outputs made under this policy. */
  public String protectiveMarking() {
    return this.equals(PUBLIC) ? "OFFICIAL" : "OFFICIAL-SENSITIVE";
  }
}
