package org.cseprofile.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares the reference figures (DuckDB's) with ours, statistic by statistic. A cell listed on one
 * side only counts as 0 on the other: our tables list every area and category with zeros, SQL
 * groups only what it sees.
 */
public record Agreement(String statistic, int cells, long total, List<String> differences) {

  public Agreement {
    differences = List.copyOf(differences);
  }

  /** Compares {@code statistic} in the two sets of figures. */
  public static Agreement of(String statistic, Figures reference, Figures ours) {
    Figures expected = reference.of(statistic);
    Figures actual = ours.of(statistic);
    TreeSet<String> keys = new TreeSet<>(expected.cells().keySet());
    keys.addAll(actual.cells().keySet());
    List<String> differences = new ArrayList<>();
    for (String key : keys) {
      long want = expected.cells().getOrDefault(key, 0L);
      long got = actual.cells().getOrDefault(key, 0L);
      if (want != got) {
        differences.add(key.substring(statistic.length() + 1) + ": DuckDB " + want + ", ours " + got);
      }
    }
    if (expected.total() == 0) {
      differences.add("DuckDB counted nothing: the comparison would prove nothing");
    }
    return new Agreement(statistic, keys.size(), expected.total(), differences);
  }

  /** True when every cell agrees. */
  public boolean agrees() {
    return differences.isEmpty();
  }
}
