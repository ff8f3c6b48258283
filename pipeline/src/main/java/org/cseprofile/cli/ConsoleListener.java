package org.cseprofile.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import org.cseprofile.run.RunListener;

/** Shows a run's stages and warnings on standard error, with the time each stage started. */
final class ConsoleListener implements RunListener {
  private final PrintWriter err;
  private final Instant started = Instant.now();

  ConsoleListener(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void stage(String name) {
    Duration elapsed = Duration.between(started, Instant.now());
    err.printf("[%3d s] %s%n", elapsed.toSeconds(), name);
    err.flush();
  }

  @Override
  public void warning(String message) {
    err.println("  warning: " + message);
    err.flush();
  }
}
