package org.cseprofile.bench;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter such as {@code 2016-Q4}, the period the benchmark profiles. */
public record Quarter(String label, LocalDate start, LocalDate end) {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  /** Parses {@code YYYY-Qn}. */
  public static Quarter parse(String label) {
    Matcher m = QUARTER.matcher(label);
    if (!m.matches()) {
      throw new IllegalArgumentException("period must be a quarter such as 2016-Q4, was " + label);
    }
    LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
    return new Quarter(label, start, start.plusMonths(3).minusDays(1));
  }
}
