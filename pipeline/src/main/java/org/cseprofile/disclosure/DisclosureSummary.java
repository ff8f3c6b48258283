package org.cseprofile.disclosure;

import java.util.Objects;

/** What disclosure control did in a run: cells suppressed as small, cells suppressed to protect them, the audit. */
public record DisclosureSummary(String policy, int primary, int secondary, int rounds, int audited, boolean passed) {

  public DisclosureSummary {
    Objects.requireNonNull(policy, "policy");
  }

  /** The summary of a protection. */
  public static DisclosureSummary of(DisclosurePolicy policy, Protection protection) {
    return new DisclosureSummary(policy.name(), protection.primary().size(), protection.secondary().size(),
        protection.rounds(), protection.audit().intervals().size(), protection.audit().passes());
  }

  /** The summary of several protections of one run (the profile's, the places'), added up. */
  public static DisclosureSummary of(DisclosurePolicy policy, java.util.List<Protection> protections) {
    DisclosureSummary sum = new DisclosureSummary(policy.name(), 0, 0, 0, 0, true);
    for (Protection p : protections) {
      DisclosureSummary one = of(policy, p);
      sum = new DisclosureSummary(policy.name(), sum.primary + one.primary, sum.secondary + one.secondary,
          Math.max(sum.rounds, one.rounds), sum.audited + one.audited, sum.passed && one.passed);
    }
    return sum;
  }

  /** One line for the analyst. */
  public String describe() {
    return "disclosure policy " + policy + ": " + primary + " small counts suppressed, " + secondary
        + " more suppressed so they cannot be worked out; audit of " + audited + " withheld cells "
        + (passed ? "passed" : "FAILED");
  }
}
