package org.cseprofile.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import org.cseprofile.run.RunListener;

/**
 * Shows a run's progress and warnings on standard error. On a terminal ({@link Display#LIVE}) one
 * line is redrawn in place: elapsed time, stage, and Spark tasks done of those started. Otherwise
 * ({@link Display#LINES}: cron, systemd, a log file) each stage is one plain line with the time it started.
 */
final class ConsoleListener implements RunListener {
  /** How progress is drawn. */
  enum Display {
    /** A terminal: a line redrawn in place. */
    LIVE,
    /** Not a terminal: one line per stage. */
    LINES
  }

  private static final long REDRAW_MILLIS = 250;
  private static final String CLEAR_LINE = "\r\033[K";

  private final PrintWriter err;
  private final Display display;
  private final Instant started = Instant.now();
  private String stage = "";
  private String unit = "";
  private long done;
  private long total;
  private long lastDrawn;

  ConsoleListener(PrintWriter err, Display display) {
    this.err = err;
    this.display = display;
  }

  /** Whether progress is redrawn in place. */
  boolean live() {
    return display == Display.LIVE;
  }

  @Override
  public synchronized void stage(String name) {
    stage = name;
    done = 0;
    total = 0;
    if (live()) {
      if (lastDrawn > 0) {
        err.println();
      }
      draw();
    } else {
      err.printf("[%3d s] %s%n", elapsed(), name);
      err.flush();
    }
  }

  /** Spark tasks: {@code started} more were submitted, {@code finished} more completed. */
  synchronized void tasks(long started, long finished) {
    progress("Spark tasks", done + finished, total + started);
  }

  /** Progress of the current stage: {@code done} of {@code total} {@code unit} (shown on a terminal only). */
  synchronized void progress(String unitName, long doneSoFar, long totalSoFar) {
    unit = unitName;
    done = doneSoFar;
    total = totalSoFar;
    if (live() && System.currentTimeMillis() - lastDrawn >= REDRAW_MILLIS) {
      draw();
    }
  }

  @Override
  public synchronized void warning(String message) {
    if (live()) {
      err.print(CLEAR_LINE);
    }
    err.println("  warning: " + message);
    if (live() && !stage.isEmpty()) {
      draw();
    } else {
      err.flush();
    }
  }

  /** The run has ended: closes the live line and says how long it took. */
  synchronized void finish() {
    if (live()) {
      err.print(CLEAR_LINE);
    }
    err.printf("[%3d s] done%n", elapsed());
    err.flush();
  }

  private void draw() {
    String tasks = total == 0 ? "" : String.format("  (%s %d/%d)", unit, done, total);
    err.print(CLEAR_LINE + String.format("[%3d s] %s%s", elapsed(), stage, tasks));
    err.flush();
    lastDrawn = System.currentTimeMillis();
  }

  private long elapsed() {
    return Duration.between(started, Instant.now()).toSeconds();
  }
}
