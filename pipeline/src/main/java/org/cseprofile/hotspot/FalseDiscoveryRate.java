package org.cseprofile.hotspot;

import java.util.Map;
import java.util.NavigableMap;

/** The Benjamini-Hochberg step-up rule over many p-values, given as how many tests had each p-value. */
final class FalseDiscoveryRate {
  private FalseDiscoveryRate() {}

  /**
   * The largest p-value still significant at false discovery rate {@code q}: with the {@code m} p-values in
   * ascending order p(1) <= ... <= p(m), the largest p(k) with p(k) <= k q / m; every test with a p-value
   * at or below it is significant. -1 when no test is. {@code testsWithP} must account for all m tests.
   */
  static double threshold(NavigableMap<Double, Long> testsWithP, double q) {
    long m = testsWithP.values().stream().mapToLong(Long::longValue).sum();
    double threshold = -1;
    long rank = 0;
    for (Map.Entry<Double, Long> e : testsWithP.entrySet()) {
      rank += e.getValue(); // tied p-values share the rank of the last of them, the most favourable
      if (e.getKey() <= rank * q / m) {
        threshold = e.getKey();
      }
    }
    return threshold;
  }
}
