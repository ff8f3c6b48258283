package org.cseprofile.reports.published;

/** What a published measure holds, so it is written and printed the right way. */
public enum MeasureKind {
  /** A whole number of children, episodes, incidents or suspects: disclosure-controlled. */
  COUNT,
  /** A percentage (0 to 100), computed from published counts. */
  PERCENT,
  /** Any other number with a fraction: a ratio, a median number of days. */
  DECIMAL
}
