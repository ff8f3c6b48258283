package org.cseprofile.cli;

import org.cseprofile.run.SparkSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by every command that runs Spark. */
public final class SparkOptions {

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master URL. Default: the one spark-submit set, else local[*] (all cores of this machine).")
  String master;

  @Option(names = "--shuffle-partitions", paramLabel = "N", defaultValue = "" + SparkSettings.DEFAULT_SHUFFLE_PARTITIONS,
      description = "Spark SQL shuffle partitions (default: ${DEFAULT-VALUE}). Raise for national data on a cluster.")
  int shufflePartitions;

  @Mixin
  VerboseOption verbose;

  /** The Spark settings these options describe. */
  SparkSettings settings() {
    return new SparkSettings(master, shufflePartitions);
  }
}
