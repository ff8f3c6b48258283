package org.cseprofile.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where the warm session listens: the Unix domain socket {@value #SOCKET} in a folder only its owner can enter
 * (mode 0700), by default {@code $XDG_RUNTIME_DIR/cse-profile}, else {@code ~/.cse-profile}. Nothing listens on a
 * network port.
 */
public record ServeAddress(Path socket) {
  /** The socket's file name in the default folder. */
  public static final String SOCKET = "serve.sock";
  /** The server's log beside its socket: which command ran, its exit code and time, never an argument or a value. */
  public static final String LOG = "serve.log";
  static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

  public ServeAddress {
    Objects.requireNonNull(socket, "socket");
    socket = socket.toAbsolutePath().normalize();
    if (socket.getParent() == null) {
      throw new IllegalArgumentException("socket must be in a folder, was " + socket);
    }
  }

  /** The default address of this user, from {@code environment} ({@code XDG_RUNTIME_DIR}) and the home folder. */
  public static ServeAddress defaultAddress(Map<String, String> environment) {
    String runtime = environment.get("XDG_RUNTIME_DIR");
    Path folder = runtime != null && !runtime.isBlank() ? Path.of(runtime, "cse-profile")
        : Path.of(System.getProperty("user.home"), ".cse-profile");
    return new ServeAddress(folder.resolve(SOCKET));
  }

  /** The folder holding the socket. */
  public Path folder() {
    return socket.getParent();
  }

  /** The server's log file. */
  public Path log() {
    return folder().resolve(LOG);
  }

  /** Creates the folder owner-only if needed; refuses one that others can enter or that another user owns. */
  void prepare() {
    try {
      if (!Files.exists(folder(), LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(folder().getParent());
        Files.createDirectory(folder(), PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
        Files.setPosixFilePermissions(folder(), OWNER_FOLDER); // whatever the umask
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder " + folder(), e);
    }
    requireOwnerOnly();
  }

  /**
   * Refuses a folder that is a link, that another user owns or that anyone else can enter: a socket there could be
   * another user's, or reachable by one.
   */
  void requireOwnerOnly() {
    try {
      if (Files.isSymbolicLink(folder()) || !Files.isDirectory(folder(), LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalStateException(folder() + " is not a folder");
      }
      String owner = Files.getOwner(folder(), LinkOption.NOFOLLOW_LINKS).getName();
      if (!owner.equals(System.getProperty("user.name"))) {
        throw new IllegalStateException(folder() + " belongs to another user; the warm session's folder must be yours");
      }
      if (!Files.getPosixFilePermissions(folder(), LinkOption.NOFOLLOW_LINKS).equals(OWNER_FOLDER)) {
        throw new IllegalStateException(folder() + " can be entered by other users; its mode must be 0700 (chmod 700 "
            + folder() + ")");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check the folder " + folder(), e);
    }
  }
}
