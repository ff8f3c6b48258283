package org.cseprofile.bench;

import java.util.List;
import java.util.Locale;

/**
 * A named size of synthetic data: children on the CSE register over the generator's default window
 * (about twice as many other children appear in the missing extract) and the authorities.
 */
public record Scale(String name, int children, String authorities) {
  /** The three Sussex authorities: one partnership. */
  public static final String COUNTY_AUTHORITIES = "E06000043,E10000011,E10000032";
  /** The 19 upper-tier authorities of the South East region. */
  public static final String REGION_AUTHORITIES = "E06000035,E06000036,E06000037,E06000038,E06000039,E06000040,"
      + "E06000041,E06000042,E06000043,E06000044,E06000045,E06000046,E10000002,E10000011,E10000014,E10000016,"
      + "E10000025,E10000030,E10000032";

  public static final Scale COUNTY = new Scale("county", 600, COUNTY_AUTHORITIES);
  public static final Scale REGION = new Scale("region", 50_000, REGION_AUTHORITIES);
  public static final Scale NATION = new Scale("nation", 1_000_000, "all");
  public static final List<Scale> NAMED = List.of(COUNTY, REGION, NATION);

  public Scale {
    if (children < 1) {
      throw new IllegalArgumentException("children must be at least 1, was " + children);
    }
  }

  /** A named scale, optionally with another number of children ({@code region:200000}). */
  public static Scale parse(String text) {
    String[] parts = text.toLowerCase(Locale.ROOT).split(":", 2);
    Scale named = NAMED.stream().filter(s -> s.name.equals(parts[0])).findFirst().orElseThrow(
        () -> new IllegalArgumentException("scale must be county, region or nation (optionally :CHILDREN), was "
            + text));
    return parts.length == 1 ? named : new Scale(named.name + "-" + Integer.parseInt(parts[1]),
        Integer.parseInt(parts[1]), named.authorities);
  }
}
