package org.cseprofile.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * An owner-only (0700) folder for Spark's local and temporary files (shuffle blocks, spills), which hold
 * values from the extracts: under the output folder's {@code _staging/} for a run, so that the next run
 * deletes what a killed one left, else a private folder in the system's temporary folder. Deleted when
 * the process ends normally.
 */
public final class Scratch {
  /** Written into every scratch folder: the host and process it belongs to. */
  static final String MARKER = ".cse-profile-scratch";
  private static final String PREFIX = "spark-";

  private Scratch() {}

  /**
   * A new scratch folder in the staging area of the local output folder {@code root} (the output folder
   * {@code output} and {@code root}, a folder inside it for a filtered run, are claimed as outputs first, see
   * {@link OutputMarker}); a private one in the temporary folder when the output is not local.
   */
  public static Path forOutput(String output, String root, org.apache.hadoop.conf.Configuration hadoop) {
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(root);
      FileSystem fs = path.getFileSystem(hadoop);
      if (!(fs instanceof org.apache.hadoop.fs.LocalFileSystem || fs instanceof org.apache.hadoop.fs.RawLocalFileSystem)) {
        return privateTemporary();
      }
      OutputMarker.claim(fs, new org.apache.hadoop.fs.Path(output));
      OutputMarker.claim(fs, path);
      OutputLayout layout = new OutputLayout(root);
      OwnerOnly.mkdirs(fs, layout.staging());
      Path staging = Paths.get(fs.makeQualified(layout.staging()).toUri());
      Path folder = staging.resolve(PREFIX + ProcessHandle.current().pid() + "-"
          + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24)));
      Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Files.writeString(folder.resolve(MARKER), OutputLock.hostName() + "\n" + ProcessHandle.current().pid() + "\n",
          StandardCharsets.UTF_8);
      deleteOnExit(folder);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch folder under " + root, e);
    }
  }

  /** A new private (0700) folder in the system's temporary folder, deleted when the process ends. */
  public static Path privateTemporary() {
    try {
      Path folder = Files.createTempDirectory("cse-profile-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      deleteOnExit(folder);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a private temporary folder", e);
    }
  }

  /**
   * Deletes {@code entry} of a staging folder if it is a scratch folder of a process of this host that has ended;
   * returns whether it is a scratch folder at all (a live one is left alone).
   */
  static boolean removeIfStale(FileSystem fs, FileStatus entry) throws IOException {
    org.apache.hadoop.fs.Path marker = new org.apache.hadoop.fs.Path(entry.getPath(), MARKER);
    if (!entry.isDirectory() || !entry.getPath().getName().startsWith(PREFIX) || !fs.exists(marker)) {
      return false;
    }
    String[] owner;
    try (var in = fs.open(marker)) {
      owner = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
    }
    boolean sameHost = owner.length >= 2 && owner[0].equals(OutputLock.hostName());
    long pid = sameHost ? parsePid(owner[1]) : -1;
    if (sameHost && pid > 0 && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
      fs.delete(entry.getPath(), true);
    }
    return true;
  }

  private static long parsePid(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Deletes the folder and everything in it now. */
  public static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // Spark may still be removing its own files; a later run removes what is left
    }
  }

  private static void deleteOnExit(Path folder) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "cse-profile-scratch-cleanup"));
  }
}
