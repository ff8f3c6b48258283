package org.cseprofile.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.cseprofile.ingest.InputException;
import org.junit.jupiter.api.Test;

class PseudonymsTest {
  static final byte[] KEY = "k".repeat(32).getBytes(StandardCharsets.US_ASCII);

  /** RFC 4231, HMAC-SHA-256 test cases 1, 2, 3, 4, 6 and 7 (case 5 tests truncation, which we do not use). */
  @Test
  void hmacMatchesTheRfc4231TestVectors() {
    assertThat(hmac(repeat(0x0b, 20), ascii("Hi There")))
        .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    assertThat(hmac(ascii("Jefe"), ascii("what do ya want for nothing?")))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    assertThat(hmac(repeat(0xaa, 20), repeat(0xdd, 50)))
        .isEqualTo("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    assertThat(hmac(HexFormat.of().parseHex("0102030405060708090a0b0c0d0e0f10111213141516171819"), repeat(0xcd, 50)))
        .isEqualTo("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    assertThat(hmac(repeat(0xaa, 131), ascii("Test Using Larger Than Block-Size Key - Hash Key First")))
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    assertThat(hmac(repeat(0xaa, 131), ascii("This is a test using a larger than block-size key and a larger than "
        + "block-size data. The key needs to be hashed before being used by the HMAC algorithm.")))
        .isEqualTo("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
  }

  /** Unicode white space anywhere (U+202F, U+00A0, U+3000 ...) is removed, checked against javax.crypto directly. */
  @Test
  void everyUnicodeWhiteSpaceIsTrimmedAsAnIndependentHmacShows() throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
    String expected = HexFormat.of().formatHex(mac.doFinal("AB1234".getBytes(StandardCharsets.UTF_8)));
    Pseudonyms pseudonyms = new Pseudonyms(PseudonymKey.of(KEY));

    for (String written : new String[] {"\u202FAB1234\u202F", "\u00A0ab1234", "AB1234\u3000", "\u2007AB 12\u200934\t",
        "\u205Fab-1234\u2028"}) {
      assertThat(pseudonyms.pseudonym(written)).as("%s", written.codePoints().mapToObj(c -> String.format("U+%04X", c))
          .toList()).isEqualTo(expected);
    }
    assertThat(pseudonyms.pseudonym("\u202F\u00A0")).isNull();
  }

  @Test
  void pseudonymIsTheKeyedHashOfTheNormalisedIdentifierAndNotItsPlainHash() throws Exception {
    Pseudonyms pseudonyms = new Pseudonyms(PseudonymKey.of(KEY));

    String pseudonym = pseudonyms.pseudonym(" ab-12 34 ");

    // Computed independently (Python hmac) for key 'k' x 32 and message AB1234.
    assertThat(pseudonym).isEqualTo("66a548781dc5deb7d586257790a5e351bf715b2c6522b329b0baa2f095fc3e0b");
    String plainSha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ascii("AB1234")));
    assertThat(pseudonym).isNotEqualTo(plainSha256);
    assertThat(pseudonyms.pseudonym("AB1234")).isEqualTo(pseudonym);
    assertThat(pseudonyms.pseudonym("ab\u00a01234")).isEqualTo(pseudonym);
    assertThat(new Pseudonyms(PseudonymKey.of(repeat('j', 32))).pseudonym("AB1234")).isNotEqualTo(pseudonym);
  }

  @Test
  void blankIdentifiersAreNeverHashed() {
    Pseudonyms pseudonyms = new Pseudonyms(PseudonymKey.of(KEY));
    assertThat(pseudonyms.pseudonym("")).isNull();
    assertThat(pseudonyms.pseudonym(" - ")).isNull();
  }

  @Test
  void normalisationTrimsRemovesSpacesAndHyphensAndUpperCases() {
    assertThat(Pseudonyms.normalise("  943 476-5919\t")).isEqualTo("9434765919");
    assertThat(Pseudonyms.normalise("c-00017 x")).isEqualTo("C00017X");
  }

  @Test
  void nhsNumbersPassTheModulus11Check() {
    assertThat(NhsNumbers.valid("9434765919")).isTrue();
    assertThat(NhsNumbers.valid("4010232137")).isTrue();
    assertThat(NhsNumbers.valid("9434765918")).as("wrong check digit").isFalse();
    assertThat(NhsNumbers.valid("1234567890")).as("check digit would be 10").isFalse();
    assertThat(NhsNumbers.valid("1234567891")).as("check digit would be 10").isFalse();
    assertThat(NhsNumbers.valid("0000000000")).as("check digit 11 counts as 0").isTrue();
    assertThat(NhsNumbers.valid("943476591")).as("nine digits").isFalse();
    assertThat(NhsNumbers.valid("94347659190")).as("eleven digits").isFalse();
    assertThat(NhsNumbers.valid("943476591X")).isFalse();
  }

  @Test
  void datesOfBirthAreCutToTheMonthAndPostcodesToTheSector() {
    assertThat(Degrade.MONTH.apply("2003-05-17")).isEqualTo("2003-05");
    assertThat(Degrade.MONTH.apply("17/05/2003")).isEqualTo("2003-05");
    assertThat(Degrade.MONTH.apply("2003-05")).isEqualTo("2003-05");
    assertThat(Degrade.MONTH.apply("31/02/2003")).isNull();
    assertThat(Degrade.SECTOR.apply("BN1 1AA")).isEqualTo("BN1 1");
    assertThat(Degrade.SECTOR.apply("rh10 9ab")).isEqualTo("RH10 9");
    assertThat(Degrade.SECTOR.apply("SW1A1AA")).isEqualTo("SW1A 1");
    assertThat(Degrade.SECTOR.apply("BN1 1")).isEqualTo("BN1 1");
    assertThat(Degrade.SECTOR.apply("Brighton")).isNull();
    assertThat(Degrade.SECTOR.apply("BN11")).as("district or sector: ambiguous without the space").isNull();
  }

  @Test
  void keysShorterThan32BytesOrFromAnUnsetVariableAreRefused() {
    assertThatThrownBy(() -> PseudonymKey.of(repeat('k', 31))).isInstanceOf(InputException.class)
        .hasMessage("the key from the caller is 31 bytes; at least 32 are needed (make one with: openssl rand -base64 48)");
    assertThatThrownBy(() -> PseudonymKey.fromEnvironment("CSE_KEY", Map.of())).isInstanceOf(InputException.class)
        .hasMessage("environment variable CSE_KEY is not set; it must hold the key");
    assertThat(PseudonymKey.fromEnvironment("CSE_KEY", Map.of("CSE_KEY", "k".repeat(32))).fingerprint())
        .isEqualTo(PseudonymKey.of(KEY).fingerprint()).hasSize(16);
  }

  @Test
  void theKeyIsNeverShownOnlyItsFingerprint() {
    PseudonymKey key = PseudonymKey.of(KEY);
    assertThat(key.toString()).doesNotContain("kkkk").contains(key.fingerprint());
  }

  private static String hmac(byte[] key, byte[] message) {
    return Pseudonyms.hmacSha256Hex(key, message);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] repeat(int value, int count) {
    byte[] b = new byte[count];
    Arrays.fill(b, (byte) value);
    return b;
  }
}
