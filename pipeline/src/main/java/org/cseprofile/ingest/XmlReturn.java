package org.cseprofile.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the missing episodes of an SSDA903 return in the DfE's XML layout with the JDK's streaming reader
 * (StAX): {@code EXPSSDA903/CHILD}, whose {@code HEADER} gives {@code CHILDID} and {@code DOB} and holds one
 * {@code AMISSING} element per episode ({@code MISSING}, {@code MIS_START}, {@code MIS_END}, and optionally the
 * other columns of the CSV table under the same names), as the DfE's Expanded SSDA903 return lays it out (see
 * docs/data-contract.md for the source). An {@code LA} element directly under the root (or its {@code HEADER})
 * names the authority of the whole return.
 *
 * <p>Safe on hostile files: a document type declaration is refused before anything it declares is used
 * (no DTD, so no entity expansion and no external entity is ever read), and no element may hold more than
 * {@link #MAX_TEXT} characters of text, so memory stays bounded whatever the file. Errors name the line and
 * the element, never a value.
 */
public final class XmlReturn {
  /** The element of one missing episode; rows read are these elements, counted from the raw bytes. */
  public static final String EPISODE = "AMISSING";
  /** The most characters of text any one element may hold (a date or code needs a few). */
  public static final int MAX_TEXT = 64 * 1024;
  private static final String CHILD = "CHILD";
  private static final String HEADER = "HEADER";
  private static final String CHILD_ID = "CHILDID";
  private static final String DOB = "DOB";
  private static final String LA = "LA";

  /** One episode as the CSV table would hold it: header name to text (blank when absent), and its line. */
  public record Episode(long line, Map<String, String> values) {}

  /** Why a file cannot be read as a return: the rule, the line (0 when unknown) and the element (or null). */
  public static final class Refused extends Exception {
    private final transient Rule rule;
    private final long line;
    private final String element;

    Refused(Rule rule, long line, String element, String reason) {
      super(reason);
      this.rule = rule;
      this.line = line;
      this.element = element;
    }

    public Rule rule() {
      return rule;
    }

    public long line() {
      return line;
    }

    public String element() {
      return element;
    }
  }

  private XmlReturn() {}

  /** A StAX factory with DTDs and external entities off (XXE), entity references not replaced, text in chunks. */
  static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("external entities are not read");
    });
    return f;
  }

  /**
   * Streams the episodes of {@code in} to {@code episodes}, and returns the authority code the return
   * names for all its episodes (null when it names none). Fails on the first thing that makes the file unsafe
   * or not XML, having read nothing outside it.
   */
  public static String read(InputStream in, Consumer<Episode> episodes) throws Refused {
    XMLStreamReader r = null;
    List<String> path = new ArrayList<>();
    String returnLa = null;
    String childId = "";
    String dob = "";
    Map<String, String> episode = null;
    long episodeLine = 0;
    StringBuilder text = new StringBuilder();
    try {
      r = factory().createXMLStreamReader(new TextRunLimit(in));
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD -> throw new Refused(Rule.XML_DOCTYPE, r.getLocation().getLineNumber(), null,
              "a document type declaration (DOCTYPE)");
          case XMLStreamConstants.ENTITY_REFERENCE -> throw new Refused(Rule.XML_DOCTYPE,
              r.getLocation().getLineNumber(), path.isEmpty() ? null : path.get(path.size() - 1), "an entity reference");
          case XMLStreamConstants.START_ELEMENT -> {
            String name = r.getLocalName();
            path.add(name);
            text.setLength(0);
            if (name.equals(CHILD)) {
              childId = "";
              dob = "";
            } else if (name.equals(EPISODE)) {
              episode = new HashMap<>();
              episodeLine = r.getLocation().getLineNumber();
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (text.length() + r.getTextLength() > MAX_TEXT) {
              throw new Refused(Rule.INVALID_XML, r.getLocation().getLineNumber(), path.get(path.size() - 1),
                  "an element holding more than " + MAX_TEXT / 1024 + " KB of text");
            }
            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          }
          case XMLStreamConstants.END_ELEMENT -> {
            String name = r.getLocalName();
            String value = text.toString().strip();
            text.setLength(0);
            String parent = path.size() >= 2 ? path.get(path.size() - 2) : null;
            if (name.equals(EPISODE) && episode != null) {
              episode.put("CHILD", childId);
              episode.put(DOB, dob);
              episodes.accept(new Episode(episodeLine, episode));
              episode = null;
            } else if (episode != null && EPISODE.equals(parent)) {
              episode.put(name, value);
            } else if (HEADER.equals(parent) && path.size() >= 3 && CHILD.equals(path.get(path.size() - 3))) {
              if (name.equals(CHILD_ID)) {
                childId = value;
              } else if (name.equals(DOB)) {
                dob = value;
              }
            } else if (name.equals(LA) && (path.size() == 2 || path.size() == 3 && HEADER.equals(parent))) {
              returnLa = value.isEmpty() ? null : value;
            }
            path.remove(path.size() - 1);
          }
          default -> { }
        }
      }
      return returnLa;
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      if (TextRunLimit.exceeded(e)) {
        throw new Refused(Rule.INVALID_XML, line, path.isEmpty() ? null : path.get(path.size() - 1),
            "an element holding more than " + MAX_TEXT / 1024 + " KB of text");
      }
      // The parser's own message can quote the file: say only where it stopped.
      throw new Refused(Rule.INVALID_XML, line, path.isEmpty() ? null : path.get(path.size() - 1),
          "XML that is not well formed (a truncated file, or text that is not XML)");
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // Closing a reader that already failed: nothing more to say.
        }
      }
    }
  }

  /**
   * Stops a file with a run of text far longer than any element may hold before the XML reader buffers it:
   * the JDK's reader may gather a whole text node in memory before reporting any of it.
   */
  private static final class TextRunLimit extends java.io.FilterInputStream {
    private static final String MESSAGE = "text run limit";
    private long run;

    TextRunLimit(InputStream in) {
      super(in);
    }

    static boolean exceeded(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof IOException && MESSAGE.equals(t.getMessage())) {
          return true;
        }
        if (t instanceof XMLStreamException x && x.getNestedException() != null && x.getNestedException() != t.getCause()
            && exceeded(x.getNestedException())) {
          return true;
        }
      }
      return false;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        check((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      for (int i = off; i < off + n; i++) {
        check(b[i]);
      }
      return n;
    }

    private void check(byte b) throws IOException {
      run = b == '<' || b == '>' ? 0 : run + 1;
      // Four bytes per character at most in UTF-8: a longer run cannot fit in one element's text.
      if (run > 4L * MAX_TEXT) {
        throw new IOException(MESSAGE);
      }
    }
  }

  /** Counts the episode elements of a file from its raw bytes, independently of the XML reader. */
  public static long countEpisodes(InputStream in) throws IOException {
    byte[] tag = ("<" + EPISODE).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] buffer = new byte[1 << 16];
    long count = 0;
    int matched = 0;
    boolean afterTag = false;
    int n;
    while ((n = in.read(buffer)) > 0) {
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        if (afterTag) {
          // <AMISSING> or <AMISSING ...>, not <AMISSINGX>.
          if (b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
            count++;
          }
          afterTag = false;
        }
        if (b == tag[matched]) {
          matched++;
          if (matched == tag.length) {
            afterTag = true;
            matched = 0;
          }
        } else {
          matched = b == tag[0] ? 1 : 0;
        }
      }
    }
    return count;
  }
}
