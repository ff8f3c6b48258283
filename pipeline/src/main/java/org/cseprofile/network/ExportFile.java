package org.cseprofile.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A group exported for the analyst's link-chart tool, as a local file: owner-only from its creation (never readable
 * by others, even for a moment), replaced whole (a reader never sees half a file), and never under the output
 * folder's {@code published/}, where only what passed disclosure control goes.
 */
public final class ExportFile {
  private ExportFile() {}

  /** Whether {@code file} lies under {@code <output>/published} (links followed where the folders exist). */
  public static boolean isPublished(Path file, String output) {
    Path published = real(Paths.get(output).resolve("published"));
    return real(file).startsWith(published);
  }

  /** Writes {@code text} (UTF-8) to {@code file}, mode 0600 where the file system has modes, replacing it. */
  public static void write(Path file, String text) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    Path folder = target.getParent();
    Path temporary = Files.getFileStore(folder).supportsFileAttributeView("posix")
        ? Files.createTempFile(folder, ".cse-profile-", ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
        : Files.createTempFile(folder, ".cse-profile-", ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** The path with its longest existing ancestor resolved to its real path (links followed), the rest appended. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }
}
