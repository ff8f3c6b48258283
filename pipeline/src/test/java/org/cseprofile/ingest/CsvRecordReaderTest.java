package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The record reader's framing, line numbers and recovery, each checked against the independent counter. */
class CsvRecordReaderTest {

  @Test
  void splitsRecordsOnEveryKindOfLineBreakWithPhysicalLineNumbers() throws IOException {
    assertThat(read("h1,h2\na,b\r\nc,d\re,f")).containsExactly("1:[h1, h2]", "2:[a, b]", "3:[c, d]", "4:[e, f]");
  }

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
    assertThat(read("h1,h2\r\n\"a,1\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",x\r\nnext,y\r\n")).containsExactly(
        "1:[h1, h2]", "2:[a,1, say \"hi\"]", "3:[two\r\nlines, x]", "5:[next, y]");
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() throws IOException {
    assertThat(read("h\nsize 5'10\" tall\n a \"b\",c\n")).containsExactly(
        "1:[h]", "2:[size 5'10\" tall]", "3:[ a \"b\", c]");
  }

  @Test
  void blankLinesAndLinesOfOnlyCommasAreNotRecords() throws IOException {
    assertThat(read("\n\nh1,h2\n\n  \t\n,,\n a,b\n\r\n\r\n")).containsExactly("3:[h1, h2]", "7:[ a, b]");
    assertThat(read("")).isEmpty();
    assertThat(read("\r\n\r\n")).isEmpty();
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(read(concat(bom, "h\r\nx\r\n".getBytes(StandardCharsets.UTF_8)))).containsExactly("1:[h]", "2:[x]");
    assertThat(read(bom)).isEmpty();
  }

  @Test
  void spacesAfterAClosingQuoteAreAllowedButTextIsNot() throws IOException {
    assertThat(read("h1,h2\n\"a\"  ,\"b\"\t\n\"a\"x,b\nc,d\n")).containsExactly(
        "1:[h1, h2]", "2:[a, b]", "3:malformed_quotes", "4:[c, d]");
  }

  @Test
  void anUnclosedQuoteLosesOnlyItsOwnLine() throws IOException {
    assertThat(read("h1,h2\na,\"open\nb,c\nd,e\n")).containsExactly(
        "1:[h1, h2]", "2:malformed_quotes", "3:[b, c]", "4:[d, e]");
    // Closed by the next quote in the file, which shows text after it: the lines in between are read again.
    assertThat(read("h1,h2\r\na,\"open\r\nb,c\r\n\r\nd,\"e\"\r\n")).containsExactly(
        "1:[h1, h2]", "2:malformed_quotes", "3:[b, c]", "5:[d, e]");
    // The last line of a file without a final line break.
    assertThat(read("h1,h2\na,b\nc,\"d")).containsExactly("1:[h1, h2]", "2:[a, b]", "3:malformed_quotes");
  }

  @Test
  void aMultiLineRecordBrokenOnALaterLineIsReportedAtItsFirstLine() throws IOException {
    assertThat(read("h1,h2\na,\"one\ntwo\"x,y\nz,w\n")).containsExactly(
        "1:[h1, h2]", "2:malformed_quotes", "3:[two\"x, y]", "4:[z, w]");
  }

  @Test
  void aRecordLongerThanTheLimitIsQuarantinedAndReadingGoesOn() throws IOException {
    String longValue = "x".repeat(CsvRecordReader.MAX_RECORD_BYTES);
    assertThat(read("h\n" + longValue + "\nok\n")).containsExactly("1:[h]", "2:row_too_long", "3:[ok]");
    assertThat(read("h\n\"" + longValue + "\nok\n")).containsExactly("1:[h]", "2:malformed_quotes", "3:[ok]");
    assertThat(read("h\n\"a\n" + longValue + "\nok\n")).containsExactly(
        "1:[h]", "2:malformed_quotes", "3:row_too_long", "4:[ok]");
  }

  @Test
  void windows1252BytesAreDecodedWithTheGivenCharset() throws IOException {
    Charset cp1252 = Charset.forName("windows-1252");
    assertThat(read("h\nZoë\n".getBytes(cp1252), cp1252)).containsExactly("1:[h]", "2:[Zoë]");
  }

  @Test
  void counterAgreesWithTheReaderOnTrickyInputs() throws IOException {
    for (String text : List.of("", "h", "h\n", "h\nx", "\"h\"\n\"\"", "h\n\"\"\"\n\"", "h\n\"a\"\"\"b\n\"c\nd\"\"\n",
        "h\n\"a\r\nb\r\n\"c\"\r\n\"d", "h\n\"x\n\"y\n\"z\n1\n2\n", "h\n\"a\n\"b\"c\n\"d\ne\"f\ng\n")) {
      assertThat(count(text.getBytes(StandardCharsets.UTF_8)))
          .as(text.replace("\n", "\\n").replace("\r", "\\r"))
          .isEqualTo(Math.max(0, read(text).size() - 1));
    }
  }

  static List<String> read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> read(byte[] bytes) throws IOException {
    return read(bytes, StandardCharsets.UTF_8);
  }

  /** Reads {@code bytes} and checks that the counter, fed the same bytes, counts the same rows. */
  static List<String> read(byte[] bytes, Charset charset) throws IOException {
    RecordCounter counter = new RecordCounter();
    List<String> records = new ArrayList<>();
    try (InputStream in = counter.wrap(new ByteArrayInputStream(bytes));
        CsvRecordReader reader = new CsvRecordReader(in, charset)) {
      for (RawRecord r = reader.next(); r != null; r = reader.next()) {
        records.add(r.line() + ":" + (r.readable() ? r.fields().toString() : r.rule().id()));
      }
    }
    assertThat(counter.rows()).as("rows counted independently").isEqualTo(Math.max(0, records.size() - 1));
    return records;
  }

  static long count(byte[] bytes) {
    RecordCounter counter = new RecordCounter();
    // Odd chunk sizes, so state carried across chunk boundaries is exercised.
    for (int i = 0; i < bytes.length; i += 3) {
      counter.update(bytes, i, Math.min(3, bytes.length - i));
    }
    return counter.rows();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
