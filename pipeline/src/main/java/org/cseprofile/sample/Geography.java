package org.cseprofile.sample;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Where synthetic events happen: a British National Grid box per local authority, with a few
 * hotspot centres (town centres, transport hubs) where most located incidents cluster. The three
 * Sussex authorities use real town centres; others get boxes derived from their code.
 */
final class Geography {
  /** Standard deviation, in metres, of incident locations around a hotspot centre. */
  static final double CLUSTER_SPREAD_METRES = 120;
  /** Share of located incidents that fall in a hotspot rather than anywhere in the authority. */
  static final double CLUSTERED_SHARE = 0.7;

  /** A box of easting/northing in metres, and its hotspot centres. */
  record Area(int minEasting, int maxEasting, int minNorthing, int maxNorthing, List<int[]> hotspots) {}

  private static final Map<String, Area> SUSSEX = Map.of(
      "E06000043", new Area(526000, 537000, 103500, 111000, List.of(
          new int[] {531250, 104250}, // Brighton centre
          new int[] {528750, 104750}, // Hove
          new int[] {531250, 105750})), // Brighton station
      "E10000011", new Area(538000, 598000, 98000, 130000, List.of(
          new int[] {581750, 109250}, // Hastings
          new int[] {561250, 99250}, // Eastbourne
          new int[] {541750, 110250})), // Lewes
      "E10000032", new Area(476000, 535000, 98000, 140000, List.of(
          new int[] {527250, 136250}, // Crawley
          new int[] {514750, 102750}, // Worthing
          new int[] {493250, 99250}, // Bognor Regis
          new int[] {486250, 104750}))); // Chichester

  private Geography() {}

  /** The area of {@code laCode}. */
  static Area area(String laCode) {
    Area known = SUSSEX.get(laCode);
    if (known != null) {
      return known;
    }
    SplittableRandom rng = new SplittableRandom(Randoms.mix(laCode.hashCode()));
    int width = 15000 + rng.nextInt(30000);
    int height = 15000 + rng.nextInt(30000);
    int minE = 150000 + rng.nextInt(450000);
    int minN = 30000 + rng.nextInt(600000);
    int spots = 2 + rng.nextInt(3);
    List<int[]> hotspots = new java.util.ArrayList<>();
    for (int i = 0; i < spots; i++) {
      hotspots.add(new int[] {minE + 2000 + rng.nextInt(width - 4000), minN + 2000 + rng.nextInt(height - 4000)});
    }
    return new Area(minE, minE + width, minN, minN + height, List.copyOf(hotspots));
  }

  /** A location in {@code area}: near a hotspot with probability {@link #CLUSTERED_SHARE}. */
  static int[] location(SplittableRandom rng, Area area) {
    if (Randoms.chance(rng, CLUSTERED_SHARE)) {
      int[] centre = area.hotspots().get(rng.nextInt(area.hotspots().size()));
      return new int[] {
          clamp(centre[0] + (int) Math.round(Randoms.gaussian(rng) * CLUSTER_SPREAD_METRES), area.minEasting(), area.maxEasting()),
          clamp(centre[1] + (int) Math.round(Randoms.gaussian(rng) * CLUSTER_SPREAD_METRES), area.minNorthing(), area.maxNorthing())};
    }
    return new int[] {
        area.minEasting() + rng.nextInt(area.maxEasting() - area.minEasting()),
        area.minNorthing() + rng.nextInt(area.maxNorthing() - area.minNorthing())};
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
