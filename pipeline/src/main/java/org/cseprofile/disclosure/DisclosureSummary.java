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

  /** One line for the analyst. */
  public String describe() {
    return "disclosure policy " + policy + ": " + primary + " small counts suppressed, " + secondary
        + " more suppressed so they cannot be worked out; audit of " + audited + " withheld cells "
        + (passed ? "passed" : "FAILED");
  }
}
