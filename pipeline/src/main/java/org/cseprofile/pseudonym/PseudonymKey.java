package org.cseprofile.pseudonym;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.cseprofile.ingest.InputException;

/**
 * The key shared by every agency of a partnership, from which pseudonyms are made. It is read from
 * a file only its owner can read, or from an environment variable; never from the command line.
 * It must be at least {@value #MINIMUM_BYTES} bytes. Only its fingerprint is ever shown or recorded.
 */
public final class PseudonymKey {
  /** The shortest key accepted: 256 bits, the output size of SHA-256. */
  public static final int MINIMUM_BYTES = 32;
  private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private final byte[] bytes;

  private PseudonymKey(byte[] bytes, String source) {
    if (bytes.length < MINIMUM_BYTES) {
      throw new InputException("the key from " + source + " is " + bytes.length + " bytes; at least " + MINIMUM_BYTES
          + " are needed (make one with: openssl rand -base64 48)");
    }
    this.bytes = bytes.clone();
  }

  /**
   * The key in {@code file}: its bytes, less one final line break. Refused when the file can be
   * read or changed by anyone but its owner (on file systems with POSIX permissions).
   */
  public static PseudonymKey fromFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputException("key file " + file + " does not exist or is not a file");
    }
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      if (permissions.stream().anyMatch(OTHERS::contains)) {
        throw new InputException("key file " + file + " can be read or changed by other users (permissions "
            + PosixFilePermissions.toString(permissions) + "); make it private with: chmod 600 " + file);
      }
    } catch (UnsupportedOperationException e) {
      // No POSIX permissions here (for example Windows): the folder's access control protects the file.
    } catch (IOException e) {
      throw new InputException("cannot read the permissions of key file " + file);
    }
    try {
      return new PseudonymKey(withoutFinalLineBreak(Files.readAllBytes(file)), "key file " + file);
    } catch (IOException e) {
      throw new InputException("cannot read key file " + file);
    }
  }

  /** The key in environment variable {@code name} (its UTF-8 bytes), looked up in {@code environment}. */
  public static PseudonymKey fromEnvironment(String name, Map<String, String> environment) {
    String value = environment.get(name);
    if (value == null || value.isEmpty()) {
      throw new InputException("environment variable " + name + " is not set; it must hold the key");
    }
    return new PseudonymKey(value.getBytes(StandardCharsets.UTF_8), "environment variable " + name);
  }

  /** A key from raw bytes (at least 32). */
  public static PseudonymKey of(byte[] bytes) {
    return new PseudonymKey(bytes, "the caller");
  }

  /**
   * The first 16 hex digits of the SHA-256 of the key: agencies compare it to check they hold the
   * same key. It does not reveal the key.
   */
  public String fingerprint() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  byte[] bytes() {
    return bytes.clone();
  }

  private static byte[] withoutFinalLineBreak(byte[] content) {
    int end = content.length;
    if (end > 0 && content[end - 1] == '\n') {
      end--;
      if (end > 0 && content[end - 1] == '\r') {
        end--;
      }
    }
    return Arrays.copyOf(content, end);
  }

  @Override
  public String toString() {
    return "PseudonymKey[fingerprint=" + fingerprint() + "]";
  }
}
