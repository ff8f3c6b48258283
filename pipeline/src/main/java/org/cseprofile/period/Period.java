package org.cseprofile.period;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period: a calendar quarter written {@code YYYY-Qn}, or an inclusive date window. */
public record Period(String label, LocalDate start, LocalDate end) {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  public Period {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (label.isBlank()) {
      throw new IllegalArgumentException("label must not be blank");
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end must not be before start (start " + start + ", end " + end + ")");
    }
  }

  /** The calendar quarter {@code quarter} (1 to 4) of {@code year}. */
  public static Period quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
    }
    LocalDate start = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
    return new Period(year + "-Q" + quarter, start, start.plusMonths(3).minusDays(1));
  }

  /** The calendar quarter containing {@code date}. */
  public static Period quarterContaining(LocalDate date) {
    return quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /** The latest quarter that has fully ended before {@code runDate}. */
  public static Period latestCompleteQuarter(LocalDate runDate) {
    return quarterContaining(runDate).previous();
  }

  /** Parses a quarter label such as {@code 2016-Q4}. */
  public static Period parseQuarter(String text) {
    Matcher m = QUARTER.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("period must be a quarter written YYYY-Qn, for example 2016-Q4");
    }
    return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** An arbitrary inclusive window, labelled {@code from_to} in ISO dates. */
  public static Period window(LocalDate from, LocalDate to) {
    return new Period(from + "_" + to, from, to);
  }

  /** Parses an ISO date, naming the option in the error. */
  public static LocalDate parseDate(String option, String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException(option + " must be a date written yyyy-MM-dd");
    }
  }

  /** Whether this period is exactly one calendar quarter. */
  public boolean isQuarter() {
    return QUARTER.matcher(label).matches() && equals(parseQuarter(label));
  }

  /** The quarter before this one; only defined for quarters. */
  public Period previous() {
    requireQuarter();
    return quarterContaining(start.minusDays(1));
  }

  /** This quarter and the {@code count - 1} quarters before it, oldest first. */
  public List<Period> trailingQuarters(int count) {
    requireQuarter();
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    List<Period> quarters = new ArrayList<>();
    Period p = this;
    for (int i = 0; i < count; i++) {
      quarters.add(0, p);
      p = p.previous();
    }
    return List.copyOf(quarters);
  }

  /** Number of days in the period, both ends included. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** Whether an interval [from, to] (to null = still open) overlaps this period. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !from.isAfter(end) && (to == null || !to.isBefore(start));
  }

  /** Whether {@code date} falls in the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  private void requireQuarter() {
    if (!isQuarter()) {
      throw new IllegalStateException("period " + label + " is not a calendar quarter");
    }
  }

  @Override
  public String toString() {
    return label;
  }
}
