package org.cseprofile.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Passes a run's progress on to another listener and times each stage, from its start to the next one's, counting
 * the Spark jobs each started.
 */
final class StageTimings implements RunListener {
  private final RunListener next;
  private final List<String> names = new ArrayList<>();
  private final List<Long> starts = new ArrayList<>();
  private final List<Long> jobStarts = new ArrayList<>();
  private LongSupplier jobs = () -> 0;

  StageTimings(RunListener next) {
    this.next = next;
  }

  /** Forgets earlier runs' stages. */
  void restart(LongSupplier jobsStarted) {
    names.clear();
    starts.clear();
    jobStarts.clear();
    jobs = jobsStarted;
  }

  @Override
  public void stage(String name) {
    names.add(name);
    starts.add(System.nanoTime());
    jobStarts.add(jobs.getAsLong());
    next.stage(name);
  }

  @Override
  public void warning(String message) {
    next.warning(message);
  }

  /** Seconds spent in each stage so far, in order; the current stage counts up to now. */
  Map<String, Double> seconds() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    long now = System.nanoTime();
    for (int i = 0; i < names.size(); i++) {
      long end = i + 1 < starts.size() ? starts.get(i + 1) : now;
      double s = Duration.ofNanos(end - starts.get(i)).toMillis() / 1000.0;
      seconds.merge(names.get(i), s, Double::sum);
    }
    return seconds;
  }

  /** Spark jobs started in each stage so far, in order. */
  Map<String, Long> jobs() {
    Map<String, Long> counts = new LinkedHashMap<>();
    long now = jobs.getAsLong();
    for (int i = 0; i < names.size(); i++) {
      long end = i + 1 < jobStarts.size() ? jobStarts.get(i + 1) : now;
      counts.merge(names.get(i), end - jobStarts.get(i), Long::sum);
    }
    return counts;
  }
}
