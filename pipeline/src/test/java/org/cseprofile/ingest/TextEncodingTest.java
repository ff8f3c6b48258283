package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

  @Test
  void recognisesTheEncodingsExcelWrites() throws IOException {
    String text = "child_id,platform\nA1,Zoë's café\n";
    assertThat(detect(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(TextEncoding.UTF_8);
    assertThat(detect(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(TextEncoding.UTF_8_BOM);
    assertThat(detect(text.getBytes(Charset.forName("windows-1252")))).isEqualTo(TextEncoding.WINDOWS_1252);
    assertThat(detect(text.getBytes(StandardCharsets.UTF_16))).isEqualTo(TextEncoding.UTF_16);
    assertThat(detect(text.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(TextEncoding.UTF_16);
    assertThat(detect("plain,ascii\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(TextEncoding.UTF_8);
    assertThat(detect(new byte[0])).isEqualTo(TextEncoding.UTF_8);
  }

  @Test
  void aStrayNulByteIsARowsFaultNotUtf16() throws IOException {
    StringBuilder file = new StringBuilder("child_id,contact_date,service\n");
    for (int i = 0; i < 1500; i++) {
      file.append("C").append(i).append(",2016-10-01,other\n");
    }
    file.insert(40, '\u0000');
    assertThat(detect(file.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo(TextEncoding.UTF_8);
    assertThat(detect(new byte[] {'a', 0, 'b', ',', 'c'})).isEqualTo(TextEncoding.UTF_8);
    // UTF-16 without a byte-order mark: every other byte is NUL.
    assertThat(detect("child_id,service\nA1,other\n".getBytes(StandardCharsets.UTF_16BE))).isEqualTo(TextEncoding.UTF_16);
  }

  @Test
  void rejectsBytesNoAcceptedEncodingProduces() throws IOException {
    assertThat(detect(new byte[] {'a', ',', (byte) 0x81, '\n'})).isEqualTo(TextEncoding.UNREADABLE);
    // A UTF-8-encoded surrogate is not valid UTF-8; the same bytes are valid Windows-1252 text.
    assertThat(detect(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isEqualTo(TextEncoding.WINDOWS_1252);
    assertThat(TextEncoding.UNREADABLE.readable()).isFalse();
  }

  @Test
  void aCharacterCutOffAtTheEndOfTheHeadDoesNotCount() throws IOException {
    byte[] cut = {'a', ',', (byte) 0xD0}; // the first byte of a two-byte UTF-8 character
    assertThat(TextEncoding.detectHead(new ByteArrayInputStream(cut))).isEqualTo(TextEncoding.UTF_8);
    assertThat(detect(cut)).as("a whole file ending there is not UTF-8").isEqualTo(TextEncoding.WINDOWS_1252);
  }

  private static TextEncoding detect(byte[] bytes) throws IOException {
    return TextEncoding.detect(new ByteArrayInputStream(bytes));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
