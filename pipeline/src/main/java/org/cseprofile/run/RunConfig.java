package org.cseprofile.run;

import java.time.LocalDate;
import java.util.Objects;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.period.Period;
import org.cseprofile.profile.ProfileSettings;

/** Everything one profile run needs to know, fixed before it starts. */
public record RunConfig(
    String input, String output, Period period, LocalDate runDate, DisclosurePolicy policy, ProfileSettings profile) {

  /** A run with the default profile settings. */
  public RunConfig(String input, String output, Period period, LocalDate runDate, DisclosurePolicy policy) {
    this(input, output, period, runDate, policy, ProfileSettings.DEFAULTS);
  }

  public RunConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(profile, "profile");
    if (period.end().isAfter(runDate)) {
      throw new IllegalArgumentException(
          "period must have ended by the run date (period " + period + " ends " + period.end() + ", run date " + runDate + ")");
    }
  }
}
