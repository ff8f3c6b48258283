package org.cseprofile.hotspot;

/** The located events a hot spot analysis counts. */
public enum Layer {
  /** Police CSE incidents with a location (online incidents are counted apart, never mapped). */
  INCIDENTS("incidents"),
  /** Places where children who had gone missing were found. */
  FOUND("found"),
  /** Both together. */
  COMBINED("combined");

  private final String label;

  Layer(String label) {
    this.label = label;
  }

  /** The value written in the output tables. */
  public String label() {
    return label;
  }
}
