package org.cseprofile.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cseprofile.period.Period;
import org.junit.jupiter.api.Test;

class AnalysisWindowTest {

  @Test
  void aQuarterIsAnalysedWithTheThreeBeforeItAndTwoYears() {
    List<String> windows = AnalysisWindow.forPeriod(Period.parseQuarter("2016-Q1")).stream()
        .map(w -> w.window().label() + " " + w.back() + " " + w.dates().start() + " " + w.dates().end()).toList();

    assertThat(windows).containsExactly(
        "period 0 2016-01-01 2016-03-31",
        "period 1 2015-10-01 2015-12-31",
        "period 2 2015-07-01 2015-09-30",
        "period 3 2015-04-01 2015-06-30",
        "12_months 0 2015-04-01 2016-03-31",
        "12_months 1 2014-04-01 2015-03-31");
  }

  @Test
  void aCustomWindowIsPrecededByOneOfTheSameLength() {
    Period window = Period.window(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 10));
    assertThat(TimeWindow.PERIOD.before(window)).isEqualTo(Period.window(LocalDate.of(2016, 2, 20), LocalDate.of(2016, 2, 29)));
  }
}
