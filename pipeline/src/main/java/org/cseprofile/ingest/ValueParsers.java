package org.cseprofile.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses raw CSV strings into typed values. Every method returns {@code null} when the text is
 * not valid, so the caller can quarantine the row without ever putting the value in a message.
 */
public final class ValueParsers {

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter UK_DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter ISO_MONTH =
      DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern ISO_DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern UK_DATE_SHAPE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
  private static final Pattern ISO_MONTH_SHAPE = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern MONTH_ONLY = Pattern.compile("\\d{4}-\\d{1,2}|\\d{1,2}/\\d{4}");
  private static final Pattern LA_CODE = Pattern.compile("[EWSN]\\d{8}");
  private static final Pattern EXCEL_NUMBER = Pattern.compile("[+-]?\\d(\\.\\d+)?[eE][+-]\\d+");
  private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,9}(\\.\\d*)?");
  private static final Pattern CIN_FACTOR = Pattern.compile("\\d{1,2}[A-Z]?");

  private ValueParsers() {}

  /** An ISO {@code yyyy-MM-dd} or UK {@code dd/MM/yyyy} date that exists in the calendar. */
  public static LocalDate date(String text) {
    try {
      if (ISO_DATE_SHAPE.matcher(text).matches()) {
        return LocalDate.parse(text, ISO_DATE);
      }
      if (UK_DATE_SHAPE.matcher(text).matches()) {
        return LocalDate.parse(text, UK_DATE);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }

  /**
   * Whether {@code text} is a number in scientific notation as Excel shows long digit strings: one digit, perhaps
   * decimals, {@code E} and a signed exponent ({@code 1.23E+05}). The sign keeps hexadecimal pseudonyms such as
   * {@code 8312e45601234567} out.
   */
  public static boolean excelNumber(String text) {
    return EXCEL_NUMBER.matcher(text).matches();
  }

  /** Whether {@code text} is a month without a day, {@code 2019-01} or {@code 01/2019}, as police.uk writes dates. */
  public static boolean monthOnly(String text) {
    return MONTH_ONLY.matcher(text).matches();
  }

  /** Whether {@code text} is a slash date that exists only month first ({@code 09/30/2016}), not day first. */
  public static boolean monthFirstOnly(String text) {
    java.util.regex.Matcher m = SLASH_DATE.matcher(text);
    if (!m.matches()) {
      return false;
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    int year = Integer.parseInt(m.group(3));
    if (first < 1 || first > 12 || second <= 12) {
      return false;
    }
    try {
      LocalDate.of(year, first, second);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  /** The first day of a month written {@code yyyy-MM}, or of the month of a full date. */
  public static LocalDate month(String text) {
    if (ISO_MONTH_SHAPE.matcher(text).matches()) {
      try {
        return YearMonth.parse(text, ISO_MONTH).atDay(1);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    LocalDate d = date(text);
    return d == null ? null : d.withDayOfMonth(1);
  }

  /** {@code M}, {@code F} or {@code U} from those letters or the CIN census codes 1, 2, 0, 9. */
  public static String gender(String text) {
    return switch (text.toUpperCase(Locale.ROOT)) {
      case "M", "1" -> "M";
      case "F", "2" -> "F";
      case "U", "0", "9" -> "U";
      default -> null;
    };
  }

  /** {@code true} for Y or Yes, {@code false} for N or No, ignoring case. */
  public static Boolean yesNo(String text) {
    return switch (text.toUpperCase(Locale.ROOT)) {
      case "Y", "YES" -> Boolean.TRUE;
      case "N", "NO" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** An ONS area code: a country letter and eight digits, upper-cased. */
  public static String laCode(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    return LA_CODE.matcher(upper).matches() ? upper : null;
  }

  /** A whole number that fits in an int. */
  public static Integer integer(String text) {
    return INTEGER.matcher(text).matches() ? Integer.valueOf(text) : null;
  }

  /** A grid coordinate in metres; a decimal part is truncated towards zero. */
  public static Integer gridMetres(String text) {
    if (!DECIMAL.matcher(text).matches()) {
      return null;
    }
    int dot = text.indexOf('.');
    return Integer.valueOf(dot < 0 ? text : text.substring(0, dot));
  }

  /** The canonical spelling of {@code text} in {@code codes}, matched ignoring case. */
  public static String code(String text, List<String> codes) {
    for (String c : codes) {
      if (c.equalsIgnoreCase(text)) {
        return c;
      }
    }
    return null;
  }

  /** Semicolon-separated codes, each from {@code codes}; blank items are ignored. */
  public static List<String> codeList(String text, List<String> codes) {
    List<String> result = new ArrayList<>();
    for (String item : text.split(";")) {
      String trimmed = item.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      String c = code(trimmed, codes);
      if (c == null) {
        return null;
      }
      if (!result.contains(c)) {
        result.add(c);
      }
    }
    return result;
  }

  /** Semicolon-separated CIN assessment factor codes such as {@code 10A}, upper-cased. */
  public static List<String> cinFactors(String text) {
    List<String> result = new ArrayList<>();
    for (String item : text.split(";")) {
      String trimmed = item.trim().toUpperCase(Locale.ROOT);
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!CIN_FACTOR.matcher(trimmed).matches()) {
        return null;
      }
      if (!result.contains(trimmed)) {
        result.add(trimmed);
      }
    }
    return result;
  }
}
