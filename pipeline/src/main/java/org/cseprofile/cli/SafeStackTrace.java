package org.cseprofile.cli;

import java.io.PrintWriter;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.spark.SparkThrowable;

/**
 * A stack trace for a bug report that cannot carry a value from the data: each exception's message is
 * printed only when cse-profile wrote it (its messages name files, lines, columns and rules, never values);
 * a library's message (Spark quotes cell values in its) is replaced by its error class, if it has one.
 */
final class SafeStackTrace {
  static final String WITHHELD = "[message withheld: it may quote values from the data]";

  private SafeStackTrace() {}

  /** Prints {@code e} and its causes and suppressed exceptions, with frames, to {@code out}. */
  static void print(Throwable e, PrintWriter out) {
    print(e, out, "", new IdentityHashMap<>());
    out.flush();
  }

  private static void print(Throwable e, PrintWriter out, String caption, Map<Throwable, Boolean> seen) {
    if (seen.put(e, Boolean.TRUE) != null) {
      out.println(caption + "[circular reference: " + e.getClass().getName() + "]");
      return;
    }
    out.println(caption + e.getClass().getName() + ": " + message(e));
    for (StackTraceElement frame : e.getStackTrace()) {
      out.println("\tat " + frame);
    }
    for (Throwable suppressed : e.getSuppressed()) {
      print(suppressed, out, "Suppressed: ", seen);
    }
    if (e.getCause() != null) {
      print(e.getCause(), out, "Caused by: ", seen);
    }
  }

  /** The message if cse-profile wrote it, else only what kind of error it is. */
  static String message(Throwable e) {
    if (e.getClass().getName().startsWith("org.cseprofile.") || e instanceof picocli.CommandLine.ParameterException) {
      return String.valueOf(e.getMessage());
    }
    if (e instanceof SparkThrowable spark && spark.getCondition() != null) {
      return "[" + spark.getCondition() + "] " + WITHHELD;
    }
    return WITHHELD;
  }
}
