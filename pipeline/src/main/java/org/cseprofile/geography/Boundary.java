package org.cseprofile.geography;

import java.io.Serializable;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/** One area of a boundary file: its level, ONS code and name, and its outline in British National Grid metres. */
public record Boundary(BoundaryLevel level, String code, String name, Geometry geometry) implements Serializable {

  public Boundary {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(geometry, "geometry");
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
    if (name == null || name.isBlank()) {
      name = code;
    }
    if (!(geometry instanceof Polygonal)) {
      throw new IllegalArgumentException("geometry must be a polygon or multipolygon (area " + code + ")");
    }
  }
}
