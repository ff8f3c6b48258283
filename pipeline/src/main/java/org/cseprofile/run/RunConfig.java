package org.cseprofile.run;

import java.time.LocalDate;
import java.util.Objects;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.period.Period;

/** Everything one profile run needs to know, fixed before it starts. */
public record RunConfig(String input, String output, Period period, LocalDate runDate, DisclosurePolicy policy) {

  public RunConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(policy, "policy");
    if (period.end().isAfter(runDate)) {
      throw new IllegalArgumentException(
          "period must have ended by the run date (period " + period + " ends " + period.end() + ", run date " + runDate + ")");
    }
  }
}
