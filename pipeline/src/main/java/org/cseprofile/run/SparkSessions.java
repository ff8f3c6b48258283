package org.cseprofile.run;

import org.apache.spark.sql.SparkSession;

/** Starts (or joins) the SparkSession with the settings every cse-profile job relies on. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * The active session if one is running (tests, spark-submit with a shared session), else a new
   * one. Dates are handled as {@code java.time.LocalDate} and the session time zone is UTC so the
   * same input gives the same tables on every machine.
   */
  public static SparkSession getOrCreate(SparkSettings settings) {
    SparkSession.Builder builder = SparkSession.builder()
        .appName("cse-profile")
        .master(settings.effectiveMaster())
        .config("spark.sql.shuffle.partitions", settings.shufflePartitions())
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.datetime.java8API.enabled", true)
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.ui.showConsoleProgress", false)
        // Outputs are owner-only: files 0600, folders 0700 (the run also sets modes explicitly before publishing).
        .config("spark.hadoop.fs.permissions.umask-mode", "077");
    if (settings.effectiveMaster().startsWith("local")) {
      builder.config("spark.ui.enabled", false)
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    return builder.getOrCreate();
  }
}
