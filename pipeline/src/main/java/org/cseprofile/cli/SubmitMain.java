package org.cseprofile.cli;

import org.apache.spark.sql.SparkSession;

/**
 * Entry point under {@code spark-submit} (the cluster jar's main class): runs the command line,
 * stops Spark, and returns normally on success, because a driver that calls {@code System.exit}
 * is reported as failed by some cluster managers (YARN). A failure still exits with its code.
 */
public final class SubmitMain {
  private SubmitMain() {}

  public static void main(String[] args) {
    int code = Cli.execute(args, System.out, System.err);
    if (SparkSession.getDefaultSession().isDefined()) {
      SparkSession.getDefaultSession().get().stop();
    }
    if (code != ExitCodes.OK) {
      System.exit(code);
    }
  }
}
