package org.cseprofile.profile;

/**
 * What the profile does with one child's overlapping missing episodes (one starts before another ends):
 * {@code merge} counts each overlapping group as one spell, {@code keep} counts every episode as recorded.
 */
public enum MissingOverlaps {
  KEEP("keep"), MERGE("merge");

  private final String id;

  MissingOverlaps(String id) {
    this.id = id;
  }

  /** The name used on the command line and in the manifest. */
  public String id() {
    return id;
  }

  /** The choice named {@code id} ({@code keep} or {@code merge}, any case). */
  public static MissingOverlaps of(String id) {
    for (MissingOverlaps o : values()) {
      if (o.id.equalsIgnoreCase(id.trim())) {
        return o;
      }
    }
    throw new IllegalArgumentException("missing overlaps must be keep or merge, was " + id.trim());
  }
}
