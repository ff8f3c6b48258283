package org.cseprofile.ingest;

/**
 * White space as the data contract means it when it says "trimmed": every character with the Unicode
 * White_Space property (as {@code \p{IsWhite_Space}}), so also the no-break spaces U+00A0 and U+202F that
 * Excel and word processors leave, which Java's {@code trim()} and {@code strip()} keep.
 */
public final class WhiteSpace {
  private WhiteSpace() {}

  /** Whether {@code c} has the Unicode White_Space property. */
  public static boolean is(char c) {
    return c >= '\t' && c <= '\r' || c == ' ' || c == '\u0085' || c == '\u00A0' || c == '\u1680'
        || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F'
        || c == '\u3000';
  }

  /** {@code text} without white space at either end. */
  public static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && is(text.charAt(start))) {
      start++;
    }
    while (end > start && is(text.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }
}
