package org.cseprofile.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
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
    if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
      Files.createDirectories(Paths.get(fs.makeQualified(folder).toUri()));
    } else {
      fs.mkdirs(folder, FOLDER);
    }
    // mkdirs applies the umask; set the mode explicitly so it does not depend on the caller's umask.
    set(fs, folder, FOLDER);
  }

  /** Sets a mode; on the local file system through the JDK (Hadoop without native code forks chmod per file). */
  static void set(FileSystem fs, Path path, FsPermission permission) throws IOException {
    if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
      try {
        Files.setPosixFilePermissions(Paths.get(fs.makeQualified(path).toUri()),
            PosixFilePermissions.fromString(permission.toString()));
        return;
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: let Hadoop do what it can
      }
    }
    fs.setPermission(path, permission);
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
      set(fs, status.getPath(), FOLDER);
      for (FileStatus child : fs.listStatus(status.getPath())) {
        sealRecursively(fs, child);
      }
    } else {
      set(fs, status.getPath(), FILE);
    }
  }
}
