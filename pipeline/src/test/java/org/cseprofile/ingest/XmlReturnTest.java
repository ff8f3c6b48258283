package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SSDA903 XML return: episodes read with StAX, and hostile files refused unread with bounded memory. */
class XmlReturnTest {
  /** Two children, three episodes; the return names its authority. */
  static final String RETURN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <EXPSSDA903>
        <HEADER><LA>E10000011</LA></HEADER>
        <CHILD>
          <HEADER><CHILDID>c1</CHILDID><SEX>2</SEX><DOB>15/03/2002</DOB>
            <AMISSING><MISSING>M</MISSING><MIS_START>01/11/2016</MIS_START><MIS_END>03/11/2016</MIS_END></AMISSING>
            <AMISSING>
              <MISSING>A</MISSING><MIS_START>2016-12-10</MIS_START><MIS_END/>
            </AMISSING>
            <AREVIEW><REVIEW>01/12/2016</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
          </HEADER>
        </CHILD>
        <CHILD>
          <HEADER><CHILDID>x9</CHILDID><DOB>01/01/2001</DOB>
            <AMISSING><MISSING>A</MISSING><MIS_START>10/12/2016</MIS_START></AMISSING></HEADER>
          <EPISODE><DECOM>01/10/2016</DECOM><RNE>P</RNE></EPISODE>
        </CHILD>
      </EXPSSDA903>
      """;

  @TempDir
  Path work;

  @Test
  void readsEachEpisodeWithItsChildAndLineAndTheReturnsAuthority() throws Exception {
    List<XmlReturn.Episode> episodes = new ArrayList<>();
    String la = XmlReturn.read(stream(RETURN), episodes::add);

    assertThat(la).isEqualTo("E10000011");
    assertThat(episodes).extracting(e -> e.line() + " " + e.values().get("CHILD") + " " + e.values().get("DOB") + " "
        + e.values().get("MISSING") + " " + e.values().get("MIS_START") + " " + e.values().getOrDefault("MIS_END", "-"))
        .containsExactly("6 c1 15/03/2002 M 01/11/2016 03/11/2016", "7 c1 15/03/2002 A 2016-12-10 ",
            "15 x9 01/01/2001 A 10/12/2016 -");
    assertThat(XmlReturn.countEpisodes(stream(RETURN))).isEqualTo(3);
  }

  @Test
  void billionLaughsIsRefusedAtItsDoctype() {
    String laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
         <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
         <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
         <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
         <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
         <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <EXPSSDA903><CHILD><HEADER><CHILDID>&lol9;</CHILDID></HEADER></CHILD></EXPSSDA903>
        """;
    XmlReturn.Refused refused = refused(stream(laughs));
    assertThat(refused.rule()).isEqualTo(Rule.XML_DOCTYPE);
  }

  @Test
  void anExternalEntityIsRefusedAndItsFileNeverReachesTheEpisodes() throws IOException {
    Path secret = Files.writeString(work.resolve("secret.txt"), "SECRET-VALUE");
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<EXPSSDA903><CHILD><HEADER><CHILDID>&xxe;</CHILDID><AMISSING>"
        + "<MISSING>M</MISSING><MIS_START>01/11/2016</MIS_START></AMISSING></HEADER></CHILD></EXPSSDA903>";
    List<XmlReturn.Episode> seen = new ArrayList<>();
    XmlReturn.Refused refused = catchThrowableOfType(XmlReturn.Refused.class, () -> XmlReturn.read(stream(xxe), seen::add));

    assertThat(refused.rule()).isEqualTo(Rule.XML_DOCTYPE);
    assertThat(refused.line()).isEqualTo(2);
    assertThat(seen).isEmpty();
    assertThat(refused.getMessage()).doesNotContain("SECRET");
  }

  @Test
  void aHundredMegabyteTextNodeIsRefusedAfterReadingLessThanAMegabyte() {
    long size = 100L * 1024 * 1024;
    byte[] head = "<EXPSSDA903><CHILD><HEADER><CHILDID>".getBytes(StandardCharsets.US_ASCII);
    long[] served = {0};
    InputStream huge = new InputStream() {
      @Override
      public int read() {
        if (served[0] >= size) {
          return -1;
        }
        long i = served[0]++;
        return i < head.length ? head[(int) i] : 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int n = 0;
        while (n < len) {
          int c = read();
          if (c < 0) {
            return n == 0 ? -1 : n;
          }
          b[off + n++] = (byte) c;
        }
        return n;
      }
    };
    XmlReturn.Refused refused = refused(huge);

    assertThat(refused.rule()).isEqualTo(Rule.INVALID_XML);
    assertThat(refused.getMessage()).contains("more than 64 KB of text");
    assertThat(served[0]).isLessThan(1024 * 1024);
  }

  @Test
  void aTruncatedFileIsRefusedNamingTheLineAndElement() {
    String truncated = RETURN.substring(0, RETURN.indexOf("<MIS_END/>"));
    XmlReturn.Refused refused = refused(stream(truncated));

    assertThat(refused.rule()).isEqualTo(Rule.INVALID_XML);
    assertThat(refused.line()).isEqualTo(8);
    assertThat(refused.element()).isEqualTo("AMISSING");
  }

  private static XmlReturn.Refused refused(InputStream in) {
    return catchThrowableOfType(XmlReturn.Refused.class, () -> XmlReturn.read(in, e -> { }));
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
