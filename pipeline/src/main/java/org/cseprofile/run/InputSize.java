package org.cseprofile.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;

/**
 * How a run uses Spark, chosen from the size of its input files. A small input (county-sized: a few megabytes) costs
 * what Spark's jobs cost, not what its rows cost: it is run with adaptive execution off (each adaptive stage is a Spark
 * job of its own) and one shuffle partition per {@link #BYTES_PER_PARTITION}, and its tables are computed on the
 * driver and written without a write job, and with no broadcast joins (each broadcast is a Spark job too; with one
 * shuffle partition a sort-merge join of a few thousand rows costs less than the job), and with its expressions and
 * operators interpreted rather than compiled (generating and compiling Java for every stage of every query cost more
 * processor time than evaluating a few thousand rows). Larger inputs keep the session's settings
 * (docs/performance.md).
 */
record InputSize(long bytes) {
  /** Up to this many bytes of extracts, an input is small (the county benchmark is 1 MB, region 83 MB). */
  static final long SMALL_BYTES = 32L << 20;
  /** Shuffle partitions of a small input: one per this many bytes of extracts. */
  static final long BYTES_PER_PARTITION = 8L << 20;

  private static final String ADAPTIVE = "spark.sql.adaptive.enabled";
  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  private static final String BROADCAST_THRESHOLD = "spark.sql.autoBroadcastJoinThreshold";
  private static final String NO_HINTS = "spark.sql.optimizer.disableHints";
  private static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";
  /** Spark's choice between generated and interpreted expressions (CODEGEN_ONLY, FALLBACK or NO_CODEGEN). */
  private static final String CODEGEN_FACTORY = "spark.sql.codegen.factoryMode";

  InputSize {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must not be negative, was " + bytes);
    }
  }

  /** Whether the input is small enough to run as described above. */
  boolean small() {
    return bytes <= SMALL_BYTES;
  }

  /** Shuffle partitions for a small input: at least one, never more than {@code configured}. */
  int shufflePartitions(int configured) {
    return (int) Math.max(1, Math.min(configured, (bytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION));
  }

  /**
   * Sets the session for this input; closing the result puts back the settings it had, so a test's or a warm
   * session's next run starts from them.
   */
  Settings apply(SparkSession spark) {
    RuntimeConfig conf = spark.conf();
    Map<String, String> before = new LinkedHashMap<>();
    before.put(ADAPTIVE, conf.get(ADAPTIVE));
    before.put(SHUFFLE_PARTITIONS, conf.get(SHUFFLE_PARTITIONS));
    before.put(BROADCAST_THRESHOLD, conf.get(BROADCAST_THRESHOLD));
    before.put(NO_HINTS, conf.get(NO_HINTS));
    before.put(WHOLE_STAGE_CODEGEN, conf.get(WHOLE_STAGE_CODEGEN));
    before.put(CODEGEN_FACTORY, conf.get(CODEGEN_FACTORY));
    if (small()) {
      conf.set(ADAPTIVE, "false");
      conf.set(BROADCAST_THRESHOLD, "-1");
      conf.set(NO_HINTS, "true");
      conf.set(WHOLE_STAGE_CODEGEN, "false");
      conf.set(CODEGEN_FACTORY, "NO_CODEGEN");
      conf.set(SHUFFLE_PARTITIONS, Integer.toString(shufflePartitions(Integer.parseInt(before.get(SHUFFLE_PARTITIONS)))));
    }
    return () -> before.forEach(conf::set);
  }

  /** Session settings to put back. */
  interface Settings extends AutoCloseable {
    @Override
    void close();
  }
}
