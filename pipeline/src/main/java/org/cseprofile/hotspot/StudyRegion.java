package org.cseprofile.hotspot;


/**
 * A rectangle of the British National Grid, in metres, inside which hot spots are sought: every
 * grid cell overlapping it is part of the study region, empty or not.
 */
public record StudyRegion(int minEasting, int minNorthing, int maxEasting, int maxNorthing) {
  /** The extent of the British National Grid, in metres. */
  public static final int GRID_MAX_EASTING = 700_000;
  public static final int GRID_MAX_NORTHING = 1_300_000;

  public StudyRegion {
    requireWithin("minEasting", minEasting, GRID_MAX_EASTING);
    requireWithin("maxEasting", maxEasting, GRID_MAX_EASTING);
    requireWithin("minNorthing", minNorthing, GRID_MAX_NORTHING);
    requireWithin("maxNorthing", maxNorthing, GRID_MAX_NORTHING);
    if (maxEasting <= minEasting) {
      throw new IllegalArgumentException(
          "maxEasting must be greater than minEasting (minEasting " + minEasting + ", maxEasting " + maxEasting + ")");
    }
    if (maxNorthing <= minNorthing) {
      throw new IllegalArgumentException("maxNorthing must be greater than minNorthing (minNorthing " + minNorthing
          + ", maxNorthing " + maxNorthing + ")");
    }
  }

  private static void requireWithin(String field, int value, int max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(field + " must be from 0 to " + max + " metres, was " + value);
    }
  }
}
