package org.cseprofile.table;

import java.util.regex.Pattern;

/**
 * Which files in a period's units (see {@link OutputLayout}) cse-profile writes, by their path relative to the
 * output folder: a run replaces and deletes these, and leaves anything else where it is.
 */
public final class ProductFiles {
  /** Spark's part files and commit markers, and Hadoop's checksums of any of them. */
  private static final Pattern TABLE_FILE = Pattern.compile("restricted/[^/]+/period=[^/]+/(part-[^/]+|_SUCCESS)");
  private static final Pattern PUBLISHED_FILE = Pattern.compile(
      "published/[^/]+/(tables/[^/]+\\.(csv|parquet)|charts/[^/]+\\.(png|pdf)|report\\.pdf|maps/boundaries\\.geojson)");
  private static final Pattern RUN_FILE = Pattern.compile("runs/[^/]+/manifest\\.json");

  private ProductFiles() {}

  /** Whether cse-profile writes a file at {@code relative} (a path under the output folder, with / separators). */
  public static boolean written(String relative) {
    String path = withoutChecksum(relative);
    return TABLE_FILE.matcher(path).matches() || PUBLISHED_FILE.matcher(path).matches()
        || RUN_FILE.matcher(path).matches();
  }

  /** Hadoop's local file system keeps {@code .<name>.crc} beside each file it writes. */
  private static String withoutChecksum(String relative) {
    int slash = relative.lastIndexOf('/');
    String name = relative.substring(slash + 1);
    if (name.startsWith(".") && name.endsWith(".crc") && name.length() > 5) {
      return relative.substring(0, slash + 1) + name.substring(1, name.length() - 4);
    }
    return relative;
  }
}
