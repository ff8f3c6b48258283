package org.cseprofile.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The file that marks a folder as a cse-profile output, with the version of its layout. It is written
 * first, into a new or empty folder; a folder that already holds other things and has no marker is
 * refused, so that a run never writes into (or cleans up) a folder of the user's own documents.
 */
public final class OutputMarker {
  /** The marker's name, in the output folder. */
  public static final String FILE = ".cse-profile-output";
  /** The version of the layout described in {@link OutputLayout}. */
  public static final int LAYOUT_VERSION = 1;
  /** What an output written before markers existed holds at its top level. */
  private static final Set<String> LAYOUT_ENTRIES = Set.of("restricted", "published", "runs", "filtered", "_staging");
  private static final ObjectMapper JSON = new ObjectMapper();

  private OutputMarker() {}

  /** {@link #claim(FileSystem, Path)} for the folder {@code root} on its file system. */
  public static void claim(org.apache.hadoop.conf.Configuration hadoop, String root) {
    Path path = new Path(root);
    try {
      claim(path.getFileSystem(hadoop), path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot prepare the output folder " + root, e);
    }
  }

  /**
   * Makes sure {@code root} is a cse-profile output folder: a missing or empty folder is created
   * owner-only and marked; a marked folder is checked for its layout version; an output of an earlier
   * version (only the layout's folders, and a run's manifest) is marked. Anything else is refused with
   * {@link UnusableOutputException}.
   */
  public static void claim(FileSystem fs, Path root) throws IOException {
    Path marker = new Path(root, FILE);
    if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
      throw new UnusableOutputException("the output " + root + " is a file, not a folder: give a new or empty folder, "
          + "or the output folder of an earlier run");
    }
    if (fs.exists(marker)) {
      checkVersion(fs, marker);
      return;
    }
    OwnerOnly.mkdirs(fs, root);
    FileStatus[] entries = fs.listStatus(root);
    if (entries.length > 0 && !earlierOutput(fs, root, entries)) {
      Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
      throw new UnusableOutputException("the output folder " + root + " already holds files that cse-profile did not "
          + "write (for example " + entries[0].getPath().getName() + ") and no " + FILE + " marker; nothing was written, "
          + "so that none of them is replaced or deleted. Give a new or empty folder (it is created if missing), "
          + "or the output folder of an earlier run");
    }
    write(fs, marker);
  }

  /** Whether the folder is an output of a version before markers: only the layout's folders, with a manifest. */
  private static boolean earlierOutput(FileSystem fs, Path root, FileStatus[] entries) throws IOException {
    for (FileStatus entry : entries) {
      if (!entry.isDirectory() || !LAYOUT_ENTRIES.contains(entry.getPath().getName())) {
        return false;
      }
    }
    Path runs = new Path(root, "runs");
    if (!fs.exists(runs)) {
      return false;
    }
    for (FileStatus period : fs.listStatus(runs)) {
      if (fs.exists(new Path(period.getPath(), "manifest.json"))) {
        return true;
      }
    }
    return false;
  }

  /** Without Hadoop's local checksum file: the marker is one small file a person may read and edit. */
  private static FileSystem raw(FileSystem fs) {
    return fs instanceof org.apache.hadoop.fs.LocalFileSystem local ? local.getRaw() : fs;
  }

  private static void write(FileSystem checked, Path marker) throws IOException {
    FileSystem fs = raw(checked);
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("written_by", "cse-profile");
    content.put("layout_version", LAYOUT_VERSION);
    content.put("note", "This folder is a cse-profile output: runs replace and delete the files they wrote here. "
        + "Keep other documents elsewhere.");
    try (OutputStream out = fs.create(marker, true)) {
      out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
    }
    OwnerOnly.set(fs, marker, OwnerOnly.FILE);
  }

  private static void checkVersion(FileSystem checked, Path marker) throws IOException {
    FileSystem fs = raw(checked);
    JsonNode node;
    try (InputStream in = fs.open(marker)) {
      node = JSON.readTree(in);
    } catch (IOException e) {
      throw new UnusableOutputException("the marker " + marker + " is not the JSON cse-profile writes; if the folder "
          + "is a cse-profile output, delete the marker and run again");
    }
    int version = node == null ? -1 : node.path("layout_version").asInt(-1);
    if (version < 1) {
      throw new UnusableOutputException("the marker " + marker + " names no layout_version; if the folder is a "
          + "cse-profile output, delete the marker and run again");
    }
    if (version > LAYOUT_VERSION) {
      throw new UnusableOutputException("the output folder " + marker.getParent() + " was written by a newer "
          + "cse-profile (layout version " + version + "; this one reads " + LAYOUT_VERSION + "): use that version, "
          + "or another output folder");
    }
  }
}
