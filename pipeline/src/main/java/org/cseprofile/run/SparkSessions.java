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
    return getOrCreate(settings, null);
  }

  /** Whether {@link #getOrCreate} would start a local session (none is running yet). */
  public static boolean startsLocally(SparkSettings settings) {
    return settings.effectiveMaster().startsWith("local") && SparkSession.getDefaultSession().isEmpty();
  }

  /**
   * The same, with Spark's local and temporary files (shuffle blocks and spills, which hold values of the
   * extracts) in the owner-only folder {@code scratch} ({@link org.cseprofile.table.Scratch}); without one,
   * in a private folder of the system's temporary folder. Only a session started here uses it.
   */
  public static SparkSession getOrCreate(SparkSettings settings, java.nio.file.Path scratch) {
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
    // Any SQL over a path (parquet.`/etc`, text.`~/extracts/x.csv`) is refused: query reads its views only.
    builder.config("spark.sql.runSQLOnFiles", false);
    if (startsLocally(settings)) {
      java.nio.file.Path folder = scratch != null ? scratch : org.cseprofile.table.Scratch.privateTemporary();
      builder.config("spark.local.dir", folder.resolve("local").toString())
          .config("spark.hadoop.hadoop.tmp.dir", folder.resolve("hadoop").toString());
      // Read once by the JDK, on first use: set before Spark (or anything else) makes a temporary file.
      System.setProperty("java.io.tmpdir", folder.toString());
    }
    if (settings.effectiveMaster().startsWith("local")) {
      builder.config("spark.ui.enabled", false)
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    return builder.getOrCreate();
  }
}
