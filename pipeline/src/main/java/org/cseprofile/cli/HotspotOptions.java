package org.cseprofile.cli;

import java.util.Locale;
import org.cseprofile.hotspot.Contiguity;
import org.cseprofile.hotspot.HotspotSettings;
import org.cseprofile.hotspot.MultipleTesting;
import org.cseprofile.hotspot.Neighbourhood;
import org.cseprofile.hotspot.StudyRegion;
import picocli.CommandLine.Option;

/** The {@code --hotspot-*} options: how the hot spot step grids and tests the located events. */
public final class HotspotOptions {

  @Option(names = "--hotspot-cell-size", paramLabel = "METRES",
      defaultValue = "" + HotspotSettings.DEFAULT_CELL_SIZE_METRES,
      description = "Grid cell size for hot spots, in metres (an even number from 10 to 10000). "
          + "Default: ${DEFAULT-VALUE}.")
  int cellSize;

  @Option(names = "--hotspot-neighbourhood", paramLabel = "CONTIGUITY:CELLS", defaultValue = "queen:1",
      description = "Gi* neighbourhood: queen or rook contiguity and its order, 1 to 3 cells. "
          + "Default: ${DEFAULT-VALUE} (the cell and the 8 around it).")
  String neighbourhood;

  @Option(names = "--hotspot-top-cells", paramLabel = "K", defaultValue = "" + HotspotSettings.DEFAULT_TOP_CELLS,
      description = "How many top cells the PAI and the next-period prediction are reported for. "
          + "Default: ${DEFAULT-VALUE}.")
  int topCells;

  @Option(names = "--hotspot-multiple-testing", paramLabel = "fdr|none", defaultValue = "fdr",
      description = "Allowance for testing every cell at once: fdr (false discovery rate) or none. "
          + "Default: ${DEFAULT-VALUE}.")
  String multipleTesting;

  @Option(names = "--hotspot-region", paramLabel = "MINE,MINN,MAXE,MAXN",
      description = "Study region as a British National Grid rectangle in metres "
          + "(default: the partnership's authorities with --boundaries; otherwise the rectangle of the located "
          + "events, less any far from all the others).")
  String region;

  /** The settings these options describe; throws IllegalArgumentException naming the bad option. */
  HotspotSettings settings() {
    HotspotSettings settings;
    try {
      settings = HotspotSettings.DEFAULT.withCellSizeMetres(cellSize).withTopCells(topCells);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--hotspot-cell-size / --hotspot-top-cells: " + e.getMessage(), e);
    }
    settings = settings.withNeighbourhood(neighbourhood()).withMultipleTesting(multipleTesting());
    return region == null ? settings : settings.withRegion(region());
  }

  private Neighbourhood neighbourhood() {
    String[] parts = neighbourhood.trim().toLowerCase(Locale.ROOT).split(":");
    if (parts.length != 2) {
      throw new IllegalArgumentException("--hotspot-neighbourhood must be CONTIGUITY:CELLS, for example queen:1");
    }
    Contiguity contiguity = switch (parts[0]) {
      case "queen" -> Contiguity.QUEEN;
      case "rook" -> Contiguity.ROOK;
      default -> throw new IllegalArgumentException("--hotspot-neighbourhood contiguity must be queen or rook");
    };
    try {
      return new Neighbourhood(contiguity, Integer.parseInt(parts[1]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--hotspot-neighbourhood cells must be a whole number from 1 to "
          + Neighbourhood.MAX_CELLS, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--hotspot-neighbourhood: " + e.getMessage(), e);
    }
  }

  private MultipleTesting multipleTesting() {
    return switch (multipleTesting.trim().toLowerCase(Locale.ROOT)) {
      case "fdr" -> MultipleTesting.FALSE_DISCOVERY_RATE;
      case "none" -> MultipleTesting.NONE;
      default -> throw new IllegalArgumentException("--hotspot-multiple-testing must be fdr or none");
    };
  }

  private StudyRegion region() {
    String[] parts = region.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "--hotspot-region must be four numbers MINE,MINN,MAXE,MAXN (metres on the British National Grid)");
    }
    int[] metres = new int[4];
    for (int i = 0; i < 4; i++) {
      try {
        metres[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--hotspot-region must be four whole numbers of metres", e);
      }
    }
    try {
      return new StudyRegion(metres[0], metres[1], metres[2], metres[3]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--hotspot-region: " + e.getMessage(), e);
    }
  }
}
