package org.cseprofile.reports.chart;

import java.util.Objects;

/** The footnote every chart carries: where the numbers come from, the period, and the disclosure policy. */
public record ChartNote(String source, String period, String policy, String extra) {

  public ChartNote {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(policy, "policy");
  }

  public ChartNote(String source, String period, String policy) {
    this(source, period, policy, null);
  }

  /** The footnote as printed under the chart. */
  public String text() {
    String base = "Source: " + source + ". Period: " + period + ". Disclosure policy: " + policy + ".";
    return extra == null ? base : base + " " + extra;
  }
}
