package org.cseprofile.cli;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/** Feeds Spark's task counts to a live console line while a command runs; detached when closed. */
final class SparkProgress extends SparkListener implements AutoCloseable {
  private final SparkSession spark;
  private final ConsoleListener console;

  private SparkProgress(SparkSession spark, ConsoleListener console) {
    this.spark = spark;
    this.console = console;
  }

  /** Listens to {@code spark} when the console redraws progress in place; otherwise does nothing. */
  static SparkProgress attach(SparkSession spark, ConsoleListener console) {
    SparkProgress progress = new SparkProgress(spark, console);
    if (console.live()) {
      spark.sparkContext().addSparkListener(progress);
    }
    return progress;
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted event) {
    console.tasks(event.stageInfo().numTasks(), 0);
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd event) {
    console.tasks(0, 1);
  }

  @Override
  public void close() {
    if (console.live()) {
      spark.sparkContext().removeSparkListener(this);
    }
  }
}
