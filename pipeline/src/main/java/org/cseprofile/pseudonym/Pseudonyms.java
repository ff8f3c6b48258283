package org.cseprofile.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.cseprofile.ingest.WhiteSpace;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonyms: HMAC-SHA256 of the normalised identifier under the shared key, as 64 lower-case hex
 * digits. Every agency holding the key gets the same pseudonym for the same identifier; without
 * the key a pseudonym cannot be recomputed from a guessed identifier.
 */
public final class Pseudonyms {
  private static final String ALGORITHM = "HmacSHA256";
  private final Mac mac;

  public Pseudonyms(PseudonymKey key) {
    this.mac = mac(key.bytes());
  }

  /**
   * An identifier as it is hashed: every white space character (Unicode White_Space, so also tab, no-break
   * space U+00A0 and narrow no-break space U+202F; see {@link WhiteSpace}) and hyphen removed, upper-cased.
   * {@code " ab-12 34 "} becomes {@code "AB1234"}.
   */
  public static String normalise(String identifier) {
    StringBuilder b = new StringBuilder(identifier.length());
    for (char c : identifier.toCharArray()) {
      if (!WhiteSpace.is(c) && c != '-') {
        b.append(c);
      }
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }

  /** The pseudonym of an identifier, or null when it is blank (a blank is never hashed). */
  public String pseudonym(String identifier) {
    String normalised = normalise(identifier);
    return normalised.isEmpty() ? null : hex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
  }

  /** HMAC-SHA256 of {@code message} under {@code key} as lower-case hex (keys of any length, as RFC 2104 allows). */
  public static String hmacSha256Hex(byte[] key, byte[] message) {
    return hex(mac(key).doFinal(message));
  }

  private static Mac mac(byte[] key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
