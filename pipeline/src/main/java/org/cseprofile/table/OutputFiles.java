package org.cseprofile.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Writes driver-side files (charts, reports) through Hadoop so they land on the same storage as the tables. */
public final class OutputFiles {
  private OutputFiles() {}

  /** Writes {@code bytes} to {@code path}, replacing any file there. */
  public static void write(Configuration hadoop, Path path, byte[] bytes) {
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      try (OutputStream out = fs.create(path, true)) {
        out.write(bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output file " + path, e);
    }
  }

  /**
   * Whether a file or folder name is bookkeeping rather than data, by the Hadoop and Spark convention
   * ({@code _SUCCESS}, {@code _temporary}, {@code .crc} checksums, {@code _staging}).
   */
  public static boolean hidden(String name) {
    return name.startsWith("_") || name.startsWith(".");
  }
}
