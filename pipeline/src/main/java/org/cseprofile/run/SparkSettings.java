package org.cseprofile.run;

import java.util.Objects;

/**
 * How to start Spark: the master URL (null = the one spark-submit configured, else
 * {@code local[*]}) and the number of shuffle partitions.
 */
public record SparkSettings(String master, int shufflePartitions) {

  /** Enough for county and region data on one machine; adaptive execution merges small partitions. */
  public static final int DEFAULT_SHUFFLE_PARTITIONS = 8;

  public SparkSettings {
    if (master != null && master.isBlank()) {
      throw new IllegalArgumentException("master must not be blank");
    }
    if (shufflePartitions < 1) {
      throw new IllegalArgumentException("shufflePartitions must be at least 1, was " + shufflePartitions);
    }
  }

  /** Embedded Spark on this machine, or spark-submit's master when there is one. */
  public static SparkSettings defaults() {
    return new SparkSettings(null, DEFAULT_SHUFFLE_PARTITIONS);
  }

  /** The master to use: the configured one, spark-submit's, or {@code local[*]}. */
  public String effectiveMaster() {
    return Objects.requireNonNullElseGet(master, () -> System.getProperty("spark.master", "local[*]"));
  }
}
