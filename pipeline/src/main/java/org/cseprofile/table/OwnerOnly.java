package org.cseprofile.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;

/** Output files readable by their owner alone: folders 0700, files 0600, on any Hadoop file system. */
public final class OwnerOnly {
  /** {@code rwx------}. */
  public static final FsPermission FOLDER = new FsPermission((short) 0700);
  /** {@code rw-------}. */
  public static final FsPermission FILE = new FsPermission((short) 0600);

  private OwnerOnly() {}

  /** Creates {@code folder} and any missing parents, each created one owner-only. */
  public static void mkdirs(FileSystem fs, Path folder) throws IOException {
    if (folder == null || fs.exists(folder)) {
      return;
    }
    mkdirs(fs, folder.getParent());
    fs.mkdirs(folder, FOLDER);
    // mkdirs applies the umask; set the mode explicitly so it does not depend on the caller's umask.
    fs.setPermission(folder, FOLDER);
  }

  /** Makes {@code path} and everything under it owner-only (including local checksum files). */
  public static void seal(FileSystem fs, Path path) {
    FileSystem raw = fs instanceof LocalFileSystem local ? local.getRaw() : fs;
    try {
      sealRecursively(raw, raw.getFileStatus(raw.makeQualified(path)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set permissions under " + path, e);
    }
  }

  private static void sealRecursively(FileSystem fs, FileStatus status) throws IOException {
    if (status.isDirectory()) {
      fs.setPermission(status.getPath(), FOLDER);
      for (FileStatus child : fs.listStatus(status.getPath())) {
        sealRecursively(fs, child);
      }
    } else {
      fs.setPermission(status.getPath(), FILE);
    }
  }
}
