package org.cseprofile.run;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;

/** Counts the Spark jobs started while it listens, so a run can say how many jobs each stage took. */
final class SparkJobs extends SparkListener implements AutoCloseable {
  private final SparkContext context;
  private final AtomicLong started = new AtomicLong();

  private SparkJobs(SparkContext context) {
    this.context = context;
  }

  /** Starts counting the jobs of {@code context}. */
  static SparkJobs attach(SparkContext context) {
    SparkJobs jobs = new SparkJobs(context);
    context.addSparkListener(jobs);
    return jobs;
  }

  @Override
  public void onJobStart(SparkListenerJobStart event) {
    started.incrementAndGet();
  }

  /** Jobs started so far (Spark's listener bus delivers events a moment after they happen). */
  long started() {
    return started.get();
  }

  @Override
  public void close() {
    context.removeSparkListener(this);
  }
}
