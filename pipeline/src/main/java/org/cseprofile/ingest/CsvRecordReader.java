package org.cseprofile.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the bytes of a CSV file into records and fields (RFC 4180: comma, double quote, CRLF, LF or
 * CR line breaks) with exact physical line numbers, and never loses a line to broken quoting: a record
 * whose quoting is broken is reported as its first line only, with {@link Rule#MALFORMED_QUOTES}, and
 * reading resumes on the next line. Commons CSV cannot resume after a quoting error, hence this reader.
 *
 * <p>Framing rules (mirrored independently by {@link RecordCounter}): a double quote opens a quoted field
 * only as the first character of a field; inside it {@code ""} is a quote and a lone {@code "} closes it;
 * after the closing quote only spaces or tabs may come before the comma or line break. Elsewhere a quote is
 * an ordinary character. A record holding only spaces, tabs and commas is a blank line and is skipped. A
 * leading UTF-8 byte-order mark is skipped. A record longer than {@link #MAX_RECORD_BYTES} is broken too
 * ({@code malformed_quotes} if a quoted field is open, else {@code row_too_long}), which bounds memory.
 */
public final class CsvRecordReader implements Closeable {
  /** The longest record read; longer ones are quarantined. No valid extract row comes near it. */
  public static final int MAX_RECORD_BYTES = 1 << 20;

  static final int CR = '\r';
  static final int LF = '\n';
  static final int QUOTE = '"';
  static final int COMMA = ',';

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_SEEN = 3;
  private static final int AFTER_QUOTE = 4;
  /** Returned internally for a blank line. */
  private static final RawRecord BLANK = new RawRecord(0, List.of(), null);

  private final InputStream in;
  private final Charset charset;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkEnd;
  private boolean started;
  private byte[] replay = new byte[0];
  private int replayPos;

  /** Physical line of the next byte. */
  private long line = 1;
  /** The previous byte was CR, so an LF now belongs to the same line break. */
  private boolean afterCr;

  private byte[] field = new byte[256];
  private int fieldLength;
  private final List<String> fields = new ArrayList<>();
  /** Bytes after the record's first line break, kept to re-read them if the record proves broken. */
  private byte[] capture = new byte[0];
  private int captureLength;
  private boolean capturing;
  private boolean firstBreakWasCr;

  /** Reads {@code in} (UTF-8 or Windows-1252; both keep CR, LF, comma and quote as single ASCII bytes). */
  public CsvRecordReader(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
  }

  /** The next non-blank record, or null at the end of the file. */
  public RawRecord next() throws IOException {
    RawRecord record;
    do {
      record = readRecord();
    } while (record == BLANK);
    return record;
  }

  private RawRecord readRecord() throws IOException {
    long start = line;
    fields.clear();
    fieldLength = 0;
    capturing = false;
    captureLength = 0;
    boolean content = false;
    long recordBytes = 0;
    int state = FIELD_START;
    while (true) {
      int b = read();
      if (b < 0) {
        if (state == QUOTED) {
          return broken(start, Rule.MALFORMED_QUOTES, b);
        }
        if (!content) {
          return recordBytes == 0 ? null : BLANK;
        }
        endField();
        return new RawRecord(start, fields, null);
      }
      if (capturing) {
        appendCapture(b);
      }
      if (++recordBytes > MAX_RECORD_BYTES) {
        return broken(start, state == QUOTED ? Rule.MALFORMED_QUOTES : Rule.ROW_TOO_LONG, b);
      }
      switch (state) {
        case FIELD_START -> {
          if (b == QUOTE) {
            state = QUOTED;
            content = true;
          } else if (b == COMMA) {
            endField();
          } else if (b == CR || b == LF) {
            return endRecord(start, content);
          } else {
            append(b);
            state = UNQUOTED;
            content |= !isSpace(b);
          }
        }
        case UNQUOTED -> {
          if (b == COMMA) {
            endField();
            state = FIELD_START;
          } else if (b == CR || b == LF) {
            return endRecord(start, content);
          } else {
            append(b);
            content |= !isSpace(b);
          }
        }
        case QUOTED -> {
          if (b == QUOTE) {
            state = QUOTE_SEEN;
          } else {
            append(b);
            if ((b == CR || b == LF) && !capturing) {
              capturing = true;
              firstBreakWasCr = b == CR;
            }
          }
        }
        case QUOTE_SEEN, AFTER_QUOTE -> {
          if (b == QUOTE && state == QUOTE_SEEN) {
            append(b);
            state = QUOTED;
          } else if (b == COMMA) {
            endField();
            state = FIELD_START;
          } else if (b == CR || b == LF) {
            return endRecord(start, content);
          } else if (isSpace(b)) {
            state = AFTER_QUOTE;
          } else {
            return broken(start, Rule.MALFORMED_QUOTES, b);
          }
        }
        default -> throw new IllegalStateException("unknown state " + state);
      }
    }
  }

  private RawRecord endRecord(long start, boolean content) {
    if (!content) {
      return BLANK;
    }
    endField();
    return new RawRecord(start, fields, null);
  }

  /**
   * The record starting on line {@code start} is broken at byte {@code b}: it is reported as that line
   * only. If it already spans several lines, the bytes after its first line are read again; otherwise
   * the rest of the current line is skipped.
   */
  private RawRecord broken(long start, Rule rule, int b) throws IOException {
    if (capturing) {
      byte[] rest = Arrays.copyOf(capture, captureLength + replay.length - replayPos);
      System.arraycopy(replay, replayPos, rest, captureLength, replay.length - replayPos);
      replay = rest;
      replayPos = 0;
      line = start + 1;
      afterCr = firstBreakWasCr;
      capturing = false;
    } else {
      while (b >= 0 && b != CR && b != LF) {
        b = read();
      }
    }
    return new RawRecord(start, null, rule);
  }

  private int read() throws IOException {
    int b;
    if (replayPos < replay.length) {
      b = replay[replayPos++] & 0xFF;
    } else {
      if (chunkPos == chunkEnd && !fill()) {
        return -1;
      }
      b = chunk[chunkPos++] & 0xFF;
    }
    if (b == CR) {
      line++;
      afterCr = true;
    } else {
      if (b == LF && !afterCr) {
        line++;
      }
      afterCr = false;
    }
    return b;
  }

  private boolean fill() throws IOException {
    if (!started) {
      started = true;
      int n = in.readNBytes(chunk, 0, 3);
      chunkPos = n == 3 && isBom(chunk) ? 3 : 0;
      chunkEnd = n;
      if (chunkPos < chunkEnd) {
        return true;
      }
    }
    int n;
    do {
      n = in.read(chunk, 0, chunk.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    chunkPos = 0;
    chunkEnd = n;
    return true;
  }

  /** Whether {@code bytes} starts with the UTF-8 byte-order mark. */
  static boolean isBom(byte[] bytes) {
    return (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  private void append(int b) {
    if (fieldLength == field.length) {
      field = Arrays.copyOf(field, field.length * 2);
    }
    field[fieldLength++] = (byte) b;
  }

  private void appendCapture(int b) {
    if (captureLength == capture.length) {
      capture = Arrays.copyOf(capture, Math.max(256, capture.length * 2));
    }
    capture[captureLength++] = (byte) b;
  }

  private void endField() {
    fields.add(new String(field, 0, fieldLength, charset));
    fieldLength = 0;
  }

  static boolean isSpace(int b) {
    return b == ' ' || b == '\t';
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
