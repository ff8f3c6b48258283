package org.cseprofile.hotspot;

import java.time.LocalDate;
import org.cseprofile.period.Period;

/** The two spans of time hot spots are sought over: the run's period, and the 12 months ending with it. */
public enum TimeWindow {
  /** The period itself (a quarter: counts are small, hot spots are recent). */
  PERIOD("period"),
  /** The 12 months ending on the period's last day (counts large enough for stable hot spots). */
  TWELVE_MONTHS("12_months");

  private final String label;

  TimeWindow(String label) {
    this.label = label;
  }

  /** The value written in the output tables. */
  public String label() {
    return label;
  }

  /** The dates of this window for {@code period}. */
  public Period of(Period period) {
    return this == PERIOD ? period : Period.window(period.end().minusYears(1).plusDays(1), period.end());
  }

  /** The window of the same kind just before {@code window}: the previous quarter, or the previous 12 months. */
  public Period before(Period window) {
    if (this == TWELVE_MONTHS) {
      return Period.window(window.start().minusYears(1), window.start().minusDays(1));
    }
    if (window.isQuarter()) {
      return window.previous();
    }
    LocalDate end = window.start().minusDays(1);
    return Period.window(end.minusDays(window.days() - 1), end);
  }
}
