package org.cseprofile.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A command line as sent to a warm session, which runs in another working folder: the values of path options made
 * absolute (those naming another file system, {@code hdfs://...}, are left as they are), and the options choosing the
 * session left out.
 */
public final class ServedArguments {
  private ServedArguments() {}

  /**
   * {@code args} with the value of every option of {@code pathOptions} resolved against {@code workingFolder}, and
   * every option of {@code dropped} (each with one value) removed.
   */
  public static List<String> of(List<String> args, Set<String> pathOptions, Set<String> dropped, Path workingFolder) {
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      if (dropped.contains(name)) {
        if (equals < 0 || !arg.startsWith("--")) {
          i++; // its value follows
        }
        continue;
      }
      if (pathOptions.contains(name)) {
        if (name.equals(arg)) {
          sent.add(arg);
          if (i + 1 < args.size()) {
            sent.add(absolute(args.get(++i), workingFolder));
          }
        } else {
          sent.add(name + "=" + absolute(arg.substring(equals + 1), workingFolder));
        }
        continue;
      }
      sent.add(arg);
    }
    return sent;
  }

  private static String absolute(String path, Path workingFolder) {
    if (path.isEmpty() || path.contains("://") || path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*")) {
      return path;
    }
    return workingFolder.resolve(path).normalize().toString();
  }
}
