package org.cseprofile.reports.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a map is drawn on: the outlines of the authorities and their wards (public reference geography,
 * British National Grid metres, already simplified for drawing), where to label them, where the
 * boundaries come from, and the study region the hot spot analysis used. No statistics.
 *
 * @param source the boundaries' source and licence as printed under a map, or null without boundaries
 * @param region the study region as the report states it
 */
public record MapBackground(List<Area> areas, String source, String region) {
  /** No boundaries. */
  public static final MapBackground NONE = new MapBackground(List.of(), null, null);

  /** One area: {@code level} is authority, ward or lsoa; rings are closed, outer rings and holes alike. */
  public record Area(String level, String code, String name, List<double[][]> rings, double labelEasting,
      double labelNorthing, double squareMetres) {
    public Area {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      rings = List.copyOf(rings);
    }

    public boolean isAuthority() {
      return level.equals("authority");
    }
  }

  public MapBackground {
    areas = List.copyOf(areas);
  }

  /** Whether there is anything to draw. */
  public boolean hasAreas() {
    return !areas.isEmpty();
  }
}
