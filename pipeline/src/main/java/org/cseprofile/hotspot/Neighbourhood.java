package org.cseprofile.hotspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Gi* neighbourhood of a grid cell: the cells within {@code cells} steps under a contiguity,
 * the cell itself included, all with weight 1 (binary weights).
 */
public record Neighbourhood(Contiguity contiguity, int cells) {
  /** The largest neighbourhood radius accepted: 3 cells (a 7 by 7 square under queen contiguity). */
  public static final int MAX_CELLS = 3;

  /** The default: the cell and the 8 cells around it (queen contiguity of order 1). */
  public static final Neighbourhood QUEEN_1 = new Neighbourhood(Contiguity.QUEEN, 1);

  /** A cell's position relative to the centre cell, in cells east and north. */
  public record Offset(int east, int north) {}

  public Neighbourhood {
    Objects.requireNonNull(contiguity, "contiguity");
    if (cells < 1 || cells > MAX_CELLS) {
      throw new IllegalArgumentException("cells must be from 1 to " + MAX_CELLS + ", was " + cells);
    }
  }

  /** Every offset in the neighbourhood, the centre (0, 0) included, west to east within south to north. */
  public List<Offset> offsets() {
    List<Offset> offsets = new ArrayList<>();
    for (int north = -cells; north <= cells; north++) {
      for (int east = -cells; east <= cells; east++) {
        boolean inside = contiguity == Contiguity.QUEEN || Math.abs(east) + Math.abs(north) <= cells;
        if (inside) {
          offsets.add(new Offset(east, north));
        }
      }
    }
    return List.copyOf(offsets);
  }

  /** How the neighbourhood is written in the output tables, for example {@code queen 1}. */
  public String label() {
    return contiguity.label() + " " + cells;
  }
}
