package org.cseprofile.reports.document;

import java.util.List;

/**
 * The colours of the report's text and the backgrounds they sit on, defined once for the style sheet
 * and for the contrast check (WCAG 2.2, 1.4.3: at least 4.5 to 1 for text).
 */
public final class ReportColours {
  /** Body text. */
  public static final String TEXT = "#222222";
  /** Notes and the cover's small print. */
  public static final String MUTED = "#595959";
  /** Headings and links. */
  public static final String HEADING = "#0060A0";
  /** The protective marking: a darker vermillion than the charts' so that it reads as text. */
  public static final String MARKING = "#A84300";
  /** The page. */
  public static final String PAGE = "#FFFFFF";
  /** Table header cells. */
  public static final String HEADER_FILL = "#EEF2F6";
  /** Table borders (not text). */
  public static final String RULE = "#B0B0B0";

  /** A text colour on a background, as used in the style sheet. */
  public record Pair(String use, String foreground, String background) {}

  /** Every text colour on every background it is drawn on. */
  public static final List<Pair> TEXT_ON_BACKGROUND = List.of(
      new Pair("body text", TEXT, PAGE), new Pair("notes", MUTED, PAGE), new Pair("headings and links", HEADING, PAGE),
      new Pair("protective marking", MARKING, PAGE), new Pair("table headers", TEXT, HEADER_FILL),
      new Pair("links in table headers", HEADING, HEADER_FILL));

  private ReportColours() {}

  /** The contrast ratio of two colours {@code #rrggbb} by the WCAG 2.x formula, from 1 to 21. */
  public static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** The relative luminance of a colour {@code #rrggbb} (WCAG 2.x). */
  public static double luminance(String colour) {
    if (!colour.matches("#[0-9A-Fa-f]{6}")) {
      throw new IllegalArgumentException("colour must be #rrggbb");
    }
    int rgb = Integer.parseInt(colour.substring(1), 16);
    return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
