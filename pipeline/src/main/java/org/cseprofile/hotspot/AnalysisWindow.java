package org.cseprofile.hotspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cseprofile.period.Period;

/**
 * One span of time analysed: a {@link TimeWindow} ending with the run's period ({@code back} = 0) or
 * {@code back} windows of the same kind before it, for prediction and persistence.
 */
record AnalysisWindow(TimeWindow window, int back, Period dates) {
  /** Periods looked back over for persistence: this one and the three before it. */
  static final int PERSISTENCE_PERIODS = 4;

  AnalysisWindow {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(dates, "dates");
    if (back < 0) {
      throw new IllegalArgumentException("back must not be negative, was " + back);
    }
  }

  /**
   * The windows analysed for {@code period}: the period and the three before it (persistence; the one
   * before also gives the prediction), and the 12 months ending with the period and the 12 before them.
   */
  static List<AnalysisWindow> forPeriod(Period period) {
    List<AnalysisWindow> windows = new ArrayList<>();
    Period dates = TimeWindow.PERIOD.of(period);
    for (int back = 0; back < PERSISTENCE_PERIODS; back++) {
      windows.add(new AnalysisWindow(TimeWindow.PERIOD, back, dates));
      dates = TimeWindow.PERIOD.before(dates);
    }
    Period year = TimeWindow.TWELVE_MONTHS.of(period);
    windows.add(new AnalysisWindow(TimeWindow.TWELVE_MONTHS, 0, year));
    windows.add(new AnalysisWindow(TimeWindow.TWELVE_MONTHS, 1, TimeWindow.TWELVE_MONTHS.before(year)));
    return List.copyOf(windows);
  }
}
