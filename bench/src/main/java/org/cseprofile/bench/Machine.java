package org.cseprofile.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a benchmark ran on: cores, memory, JDK, and how busy it was. */
final class Machine {
  private Machine() {}

  static String describe() {
    return Runtime.getRuntime().availableProcessors() + " cores, " + memory() + ", Java "
        + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
  }

  /** The 1, 5 and 15 minute load averages, or "unknown". */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kib = Long.parseLong(line.replaceAll("\\D", ""));
          return String.format(java.util.Locale.UK, "%.1f GiB RAM", kib / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // fall through
    }
    return "RAM unknown";
  }
}
