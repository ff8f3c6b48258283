package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** "Trimmed" in the data contract is Unicode White_Space, checked against Java's own property class. */
class WhiteSpaceTest {

  @Test
  void isExactlyTheUnicodeWhiteSpaceProperty() {
    Pattern white = Pattern.compile("\\p{IsWhite_Space}");
    for (int c = 0; c <= 0xFFFF; c++) {
      assertThat(WhiteSpace.is((char) c)).as("U+%04X", c).isEqualTo(white.matcher(String.valueOf((char) c)).matches());
    }
  }

  @Test
  void trimsBothEndsOnly() {
    assertThat(WhiteSpace.trim("\u202F\u00A0 a b\t\u3000")).isEqualTo("a b");
    assertThat(WhiteSpace.trim("\u2028")).isEmpty();
    assertThat(WhiteSpace.trim("ab")).isEqualTo("ab");
  }
}
