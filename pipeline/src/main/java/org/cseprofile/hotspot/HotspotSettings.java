package org.cseprofile.hotspot;

import java.util.Objects;
import java.util.Optional;

/**
 * How hot spots are sought: grid cell size, Gi* neighbourhood, how many top cells the PAI is
 * reported for, the multiple-testing correction, and the study region (by default chosen by
 * {@link RegionRule}: the partnership's authorities, or the located events less strays).
 */
public record HotspotSettings(
    int cellSizeMetres, Neighbourhood neighbourhood, int topCells, MultipleTesting multipleTesting,
    Optional<StudyRegion> region) {

  public static final int MIN_CELL_SIZE_METRES = 10;
  public static final int MAX_CELL_SIZE_METRES = 10_000;

  /** The default cell size, in metres. */
  public static final int DEFAULT_CELL_SIZE_METRES = 250;
  /** The default number of top cells the PAI and the prediction are reported for. */
  public static final int DEFAULT_TOP_CELLS = 10;
  /** 250 m cells, queen contiguity of order 1, PAI of the top 10 cells, false discovery rate, automatic region. */
  public static final HotspotSettings DEFAULT = new HotspotSettings(
      DEFAULT_CELL_SIZE_METRES, Neighbourhood.QUEEN_1, DEFAULT_TOP_CELLS, MultipleTesting.FALSE_DISCOVERY_RATE,
      Optional.empty());

  public HotspotSettings {
    Objects.requireNonNull(neighbourhood, "neighbourhood");
    Objects.requireNonNull(multipleTesting, "multipleTesting");
    Objects.requireNonNull(region, "region");
    // Even sizes keep cell centres on whole metres.
    if (cellSizeMetres < MIN_CELL_SIZE_METRES || cellSizeMetres > MAX_CELL_SIZE_METRES || cellSizeMetres % 2 != 0) {
      throw new IllegalArgumentException("cellSizeMetres must be an even number of metres from " + MIN_CELL_SIZE_METRES
          + " to " + MAX_CELL_SIZE_METRES + ", was " + cellSizeMetres);
    }
    if (topCells < 1) {
      throw new IllegalArgumentException("topCells must be at least 1, was " + topCells);
    }
  }

  public HotspotSettings withCellSizeMetres(int metres) {
    return new HotspotSettings(metres, neighbourhood, topCells, multipleTesting, region);
  }

  public HotspotSettings withNeighbourhood(Neighbourhood chosen) {
    return new HotspotSettings(cellSizeMetres, chosen, topCells, multipleTesting, region);
  }

  public HotspotSettings withTopCells(int cells) {
    return new HotspotSettings(cellSizeMetres, neighbourhood, cells, multipleTesting, region);
  }

  public HotspotSettings withMultipleTesting(MultipleTesting chosen) {
    return new HotspotSettings(cellSizeMetres, neighbourhood, topCells, chosen, region);
  }

  public HotspotSettings withRegion(StudyRegion chosen) {
    return new HotspotSettings(cellSizeMetres, neighbourhood, topCells, multipleTesting, Optional.of(chosen));
  }
}
