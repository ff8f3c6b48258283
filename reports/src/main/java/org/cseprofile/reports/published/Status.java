package org.cseprofile.reports.published;

/** The status of a published value, with the UK official-statistics symbol shown in its place. */
public enum Status {
  /** The value is published as it is. */
  SHOWN(""),
  /** Suppressed to protect confidentiality. */
  SUPPRESSED("c"),
  /** Not available (the data needed was not supplied). */
  NOT_AVAILABLE("x"),
  /** Not applicable. */
  NOT_APPLICABLE("z"),
  /** Rounds to zero but is not zero. */
  LOW("low");

  private final String symbol;

  Status(String symbol) {
    this.symbol = symbol;
  }

  /** The symbol printed instead of the value (empty when the value is shown). */
  public String symbol() {
    return symbol;
  }
}
