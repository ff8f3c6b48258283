package org.cseprofile.catalogue;

/**
 * The sections of the board report, in report order. Each profile table belongs to one; the report
 * (which sees published tables only, never this package) receives the sections as keys with the
 * names of their tables ({@link ProfileCatalogue#sections}).
 */
public enum ReportSection {
  COHORT("cohort"),
  DEMOGRAPHICS("demographics"),
  VULNERABILITIES("vulnerabilities"),
  MISSING("missing"),
  INCIDENTS("incidents"),
  PERPETRATORS("perpetrators"),
  AGENCY_PERFORMANCE("agency_performance"),
  CROSS_BORDER("cross_border"),
  LINKS("links");

  private final String key;

  ReportSection(String key) {
    this.key = key;
  }

  /** The section's key as the report knows it. */
  public String key() {
    return key;
  }
}
