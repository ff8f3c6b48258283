package org.cseprofile.hotspot;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Gi* z-score, p-value and confidence class for one analysis (one layer in one time window). The
 * z-score is Getis and Ord's; the p-value is the exact chance of at least the neighbourhood's count
 * under complete spatial randomness (the normal approximation fails for sparse counts); the classes
 * allow for testing every cell of the region. A cell's result depends only on its neighbourhood size
 * and count, so it is computed once for each pair that occurs, on the driver.
 */
final class GiAnalysis {
  /** Two-sided confidence levels of the classes, as ArcGIS's Gi_Bin: 99%, 95%, 90%. */
  private static final double[] ALPHA = {0.01, 0.05, 0.10};
  private static final GiClass[] CLASSES = {GiClass.HOT_99, GiClass.HOT_95, GiClass.HOT_90};
  /** Neighbourhood sums above this would make the tail table too large to hold. */
  static final long MAX_NEIGHBOURHOOD_SUM = 20_000_000;

  /** A neighbourhood: how many region cells it has (the cell included) and how many events they hold. */
  record LocalSum(int cells, long events) {}

  /** The Gi* result of a neighbourhood; {@code z} is NaN where Gi* is undefined. */
  record Result(double z, double p, GiClass giClass) {}

  private GiAnalysis() {}

  /**
   * Results for every neighbourhood in {@code cellsWithNeighbourhood} (how many cells have each), in a region of
   * {@code regionCells} cells where {@code cellsWithCount} says how many cells hold each non-zero count. Cells
   * not in {@code cellsWithNeighbourhood} have no event in their neighbourhood and count as tests with p = 1.
   */
  static Map<LocalSum, Result> results(
      long regionCells, SortedMap<Long, Long> cellsWithCount, Map<LocalSum, Long> cellsWithNeighbourhood,
      MultipleTesting multipleTesting) {
    SortedMap<Long, Long> histogram = new TreeMap<>(cellsWithCount);
    histogram.remove(0L);
    long nonEmpty = histogram.values().stream().mapToLong(Long::longValue).sum();
    if (nonEmpty > regionCells) {
      throw new IllegalArgumentException("more non-empty cells (" + nonEmpty + ") than region cells (" + regionCells + ")");
    }
    long events = 0;
    long squares = 0;
    for (Map.Entry<Long, Long> e : histogram.entrySet()) {
      events += e.getKey() * e.getValue();
      squares += e.getKey() * e.getKey() * e.getValue();
    }
    GiStar.Region region = new GiStar.Region(regionCells, events, squares);

    Map<Integer, Long> largestSum = new HashMap<>();
    for (LocalSum n : cellsWithNeighbourhood.keySet()) {
      largestSum.merge(n.cells(), n.events(), Math::max);
    }
    Map<Integer, double[]> tails = new HashMap<>();
    largestSum.forEach((cells, largest) -> {
      if (largest > MAX_NEIGHBOURHOOD_SUM) {
        throw new IllegalStateException("a neighbourhood holds more than " + MAX_NEIGHBOURHOOD_SUM
            + " events: use smaller cells or a smaller neighbourhood");
      }
      tails.put(cells, BinomialTail.upperTails(region.events(), (double) cells / regionCells, largest.intValue()));
    });

    Map<LocalSum, double[]> zp = new HashMap<>();
    TreeMap<Double, Long> testsWithP = new TreeMap<>();
    long tested = 0;
    for (Map.Entry<LocalSum, Long> e : cellsWithNeighbourhood.entrySet()) {
      LocalSum n = e.getKey();
      double z = GiStar.z(n.events(), n.cells(), region);
      // Two-sided, as ArcGIS reports p: twice the upper tail. Only hot spots are sought.
      double p = Math.min(1, 2 * tails.get(n.cells())[(int) n.events()]);
      zp.put(n, new double[] {z, p});
      testsWithP.merge(p, e.getValue(), Long::sum);
      tested += e.getValue();
    }
    if (regionCells > tested) {
      testsWithP.merge(1.0, regionCells - tested, Long::sum);
    }
    double[] thresholds = new double[ALPHA.length];
    for (int i = 0; i < ALPHA.length; i++) {
      thresholds[i] = multipleTesting == MultipleTesting.FALSE_DISCOVERY_RATE
          ? FalseDiscoveryRate.threshold(testsWithP, ALPHA[i])
          : ALPHA[i];
    }
    Map<LocalSum, Result> results = new HashMap<>();
    zp.forEach((n, v) -> results.put(n, new Result(v[0], v[1], classOf(v[0], v[1], thresholds))));
    return results;
  }

  private static GiClass classOf(double z, double p, double[] thresholds) {
    if (!(z > 0)) {
      return GiClass.NOT_SIGNIFICANT;
    }
    for (int i = 0; i < thresholds.length; i++) {
      if (p <= thresholds[i]) {
        return CLASSES[i];
      }
    }
    return GiClass.NOT_SIGNIFICANT;
  }
}
