package org.cseprofile.hotspot;

/** How the study region of a hot spot analysis was chosen (column {@code region_rule} of {@code hotspot_summary}). */
public enum RegionRule {
  /** The rectangle given with {@code --hotspot-region}. */
  CONFIGURED("configured", "the rectangle given with --hotspot-region"),
  /** The cells whose centre lies in one of the partnership's authorities, from the boundary files. */
  AUTHORITIES("authorities", "the partnership's authorities, from the boundary files"),
  /** The smallest rectangle holding the located events, less those far from all the others ({@link StrayEvents}). */
  EVENTS("events", "the smallest rectangle holding the located events, less any far from all the others");

  private final String label;
  private final String description;

  RegionRule(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** The value written in the tables. */
  public String label() {
    return label;
  }

  /** As the report and the run's warnings say it. */
  public String description() {
    return description;
  }
}
