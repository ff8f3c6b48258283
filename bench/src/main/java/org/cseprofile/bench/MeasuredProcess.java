package org.cseprofile.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command (its output to a log file, never to the console: a run prints restricted counts)
 * and measures its wall time and peak resident memory, read from the kernel's high-water mark
 * ({@code VmHWM} in {@code /proc/<pid>/status}) while it runs, and the processor time it used (user and
 * system, as last seen before it ended: on a shared machine a steadier figure than wall time).
 */
public record MeasuredProcess(int exitCode, double seconds, long peakRssKib, double cpuSeconds) {
  private static final Pattern HIGH_WATER = Pattern.compile("(?m)^VmHWM:\\s+(\\d+)\\s+kB");

  /** Runs {@code command} to completion, polling its memory high-water mark every 100 ms. */
  public static MeasuredProcess run(List<String> command, Path log) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
      long start = System.nanoTime();
      Path status = Path.of("/proc", Long.toString(process.pid()), "status");
      long peak = 0;
      java.time.Duration cpu = java.time.Duration.ZERO;
      while (process.isAlive()) {
        peak = Math.max(peak, peakKib(status));
        java.util.Optional<java.time.Duration> used = process.info().totalCpuDuration();
        if (used.isPresent() && used.get().compareTo(cpu) > 0) {
          cpu = used.get();
        }
        Thread.sleep(100);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new MeasuredProcess(process.waitFor(), seconds, peak, cpu.toMillis() / 1000.0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + command.get(0), e);
    }
  }

  /** The process's peak resident memory so far, or 0 when it is gone or the system does not say. */
  static long peakKib(Path status) {
    try {
      return parsePeakKib(Files.readString(status));
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  /** {@code VmHWM} from the text of a {@code /proc/<pid>/status} file, 0 when absent. */
  static long parsePeakKib(String statusText) {
    Matcher m = HIGH_WATER.matcher(statusText);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }
}
