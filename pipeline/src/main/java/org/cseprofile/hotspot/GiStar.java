package org.cseprofile.hotspot;

/**
 * The Getis-Ord Gi* z-score with binary weights (Ord and Getis 1995), exactly as ArcGIS Hot Spot
 * Analysis computes it: the neighbourhood sum standardised by its mean and variance when the
 * region's cell values are placed at random over its cells.
 */
public final class GiStar {
  private GiStar() {}

  /**
   * The region's cell values: {@code cells} cells (empty ones included) holding {@code events} events in all,
   * with {@code sumOfSquares} the sum over cells of the squared count.
   */
  public record Region(long cells, long events, long sumOfSquares) {
    public Region {
      if (cells < 0 || events < 0 || sumOfSquares < 0) {
        throw new IllegalArgumentException("cells, events and sumOfSquares must not be negative");
      }
    }

    /** Mean events per cell, X-bar. */
    public double mean() {
      return (double) events / cells;
    }

    /** Standard deviation of events per cell with divisor n, S in Getis and Ord's notation. */
    public double standardDeviation() {
      // (n * sum x^2 - (sum x)^2) / n^2 without cancellation: both products are exact in long arithmetic.
      long numerator = Math.subtractExact(Math.multiplyExact(cells, sumOfSquares), Math.multiplyExact(events, events));
      return Math.sqrt((double) numerator) / cells;
    }
  }

  /**
   * Gi* of a cell whose {@code neighbours} neighbourhood cells (itself included) hold {@code neighbourhoodSum}
   * events: {@code (sum - mean * W) / (S * sqrt((n * W - W^2) / (n - 1)))}. NaN where it is undefined: a
   * region of fewer than two cells, every cell holding the same count, or a neighbourhood covering the region.
   */
  public static double z(long neighbourhoodSum, long neighbours, Region region) {
    long n = region.cells();
    if (n < 2 || neighbours < 1 || neighbours >= n) {
      return Double.NaN;
    }
    double s = region.standardDeviation();
    if (!(s > 0)) {
      return Double.NaN;
    }
    double w = neighbours;
    double denominator = s * Math.sqrt((n * w - w * w) / (n - 1));
    return (neighbourhoodSum - region.mean() * w) / denominator;
  }
}
