package org.cseprofile.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void quartersAreCalendarQuarters() {
    Period q4 = Period.parseQuarter("2016-Q4");
    assertThat(q4.start()).isEqualTo(LocalDate.of(2016, 10, 1));
    assertThat(q4.end()).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(q4.days()).isEqualTo(92);
    assertThat(Period.parseQuarter("2016-Q1").end()).isEqualTo(LocalDate.of(2016, 3, 31));
    assertThat(q4.isQuarter()).isTrue();
    assertThat(Period.window(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)).isQuarter()).isFalse();
  }

  @Test
  void latestCompleteQuarterIsTheOneBeforeTheRunDatesQuarter() {
    assertThat(Period.latestCompleteQuarter(LocalDate.of(2026, 11, 23)).label()).isEqualTo("2026-Q3");
    assertThat(Period.latestCompleteQuarter(LocalDate.of(2017, 1, 1)).label()).isEqualTo("2016-Q4");
    assertThat(Period.latestCompleteQuarter(LocalDate.of(2016, 12, 31)).label()).isEqualTo("2016-Q3");
  }

  @Test
  void trailingQuartersAreOldestFirst() {
    assertThat(Period.parseQuarter("2016-Q2").trailingQuarters(4)).extracting(Period::label)
        .containsExactly("2015-Q3", "2015-Q4", "2016-Q1", "2016-Q2");
  }

  @Test
  void overlapAndContainment() {
    Period q4 = Period.parseQuarter("2016-Q4");
    assertThat(q4.overlaps(LocalDate.of(2016, 9, 1), null)).isTrue();
    assertThat(q4.overlaps(LocalDate.of(2016, 9, 1), LocalDate.of(2016, 9, 30))).isFalse();
    assertThat(q4.overlaps(LocalDate.of(2016, 9, 1), LocalDate.of(2016, 10, 1))).isTrue();
    assertThat(q4.overlaps(LocalDate.of(2017, 1, 1), null)).isFalse();
    assertThat(q4.contains(LocalDate.of(2016, 12, 31))).isTrue();
  }

  @Test
  void badInputIsRejectedWithTheFieldNamed() {
    assertThatThrownBy(() -> Period.parseQuarter("2016-Q5"))
        .hasMessage("period must be a quarter written YYYY-Qn, for example 2016-Q4");
    assertThatThrownBy(() -> Period.parseQuarter("Q4 2016")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Period("x", LocalDate.of(2016, 2, 1), LocalDate.of(2016, 1, 1)))
        .hasMessageStartingWith("end must not be before start");
    assertThatThrownBy(() -> Period.parseDate("--from", "01/01/2016")).hasMessage("--from must be a date written yyyy-MM-dd");
    assertThatThrownBy(() -> Period.window(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)).previous())
        .isInstanceOf(IllegalStateException.class);
  }
}
