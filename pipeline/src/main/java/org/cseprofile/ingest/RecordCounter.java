package org.cseprofile.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the data rows of a CSV file from its raw bytes, independently of the parser, as the bytes
 * stream past on their way to it: the rows-read side of the accounting identity. It applies the framing
 * rules documented on {@link CsvRecordReader} with its own small state machine and no buffering. Where
 * the parser re-reads the lines after a broken multi-line record, the counter has instead been following
 * those lines all along with a shadow counter started at the record's second line, and adopts it.
 */
public final class RecordCounter {
  private static final int START = 0;
  private static final int PLAIN = 1;
  private static final int IN_QUOTES = 2;
  private static final int CLOSED = 3;
  private static final int CLOSED_SPACE = 4;
  private static final int SKIP_LINE = 5;

  private final Machine main = new Machine();
  /** The first bytes, held until we know whether they are a UTF-8 byte-order mark. */
  private final byte[] head = new byte[3];
  private int headLength;
  private boolean finished;

  /** Feeds the next bytes of the file. */
  public void update(byte[] bytes, int offset, int length) {
    if (finished) {
      throw new IllegalStateException("update after finish");
    }
    int i = offset;
    while (headLength < head.length && i < offset + length) {
      head[headLength++] = bytes[i++];
      if (headLength == head.length) {
        releaseHead();
      }
    }
    for (; i < offset + length; i++) {
      main.step(bytes[i] & 0xFF);
    }
  }

  /** Data rows in the file: records after the header. Call at the end of the file. */
  public long rows() {
    if (!finished) {
      finished = true;
      if (headLength < head.length) {
        releaseHead();
      }
      main.finish();
    }
    return Math.max(0, main.records - 1);
  }

  /** A byte-order mark is not part of any record; other first bytes are ordinary bytes. */
  private void releaseHead() {
    if (headLength == head.length && CsvRecordReader.isBom(head)) {
      return;
    }
    for (int k = 0; k < headLength; k++) {
      main.step(head[k] & 0xFF);
    }
  }

  /** Counts every byte read through {@code in}, which must be read to its end. */
  public InputStream wrap(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          update(new byte[] {(byte) b}, 0, 1);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          update(b, off, n);
        }
        return n;
      }

      @Override
      public long skip(long n) {
        throw new UnsupportedOperationException("a counted stream cannot skip bytes");
      }
    };
  }

  /** One reading of the bytes: records completed, and the state of the record in progress. */
  private static final class Machine {
    long records;
    int state = START;
    boolean content;
    boolean spansLines;
    long bytes;
    /** Reads on from this record's second line, in case this record proves broken. */
    Machine shadow;

    void step(int b) {
      if (shadow != null) {
        shadow.step(b);
      }
      boolean lineBreak = b == '\r' || b == '\n';
      if (state == SKIP_LINE) {
        if (lineBreak) {
          reset();
        }
        return;
      }
      if (++bytes > CsvRecordReader.MAX_RECORD_BYTES) {
        broken(lineBreak);
        return;
      }
      switch (state) {
        case START, PLAIN -> {
          if (b == '"' && state == START) {
            state = IN_QUOTES;
            content = true;
          } else if (b == ',') {
            state = START;
          } else if (lineBreak) {
            complete();
          } else {
            state = PLAIN;
            content |= b != ' ' && b != '\t';
          }
        }
        case IN_QUOTES -> {
          if (b == '"') {
            state = CLOSED;
          } else if (lineBreak && !spansLines) {
            spansLines = true;
            shadow = new Machine();
          }
        }
        case CLOSED, CLOSED_SPACE -> {
          if (b == '"' && state == CLOSED) {
            state = IN_QUOTES;
          } else if (b == ',') {
            state = START;
          } else if (lineBreak) {
            complete();
          } else if (b == ' ' || b == '\t') {
            state = CLOSED_SPACE;
          } else {
            broken(false);
          }
        }
        default -> throw new IllegalStateException("unknown state " + state);
      }
    }

    /** A record ended at a line break outside quotes; a blank one is not a record. */
    private void complete() {
      if (content) {
        records++;
      }
      reset();
    }

    /** The record in progress is broken: it counts as one record, its first line. */
    private void broken(boolean atLineBreak) {
      records++;
      if (shadow != null) {
        Machine s = shadow;
        records += s.records;
        state = s.state;
        content = s.content;
        spansLines = s.spansLines;
        bytes = s.bytes;
        shadow = s.shadow;
      } else if (atLineBreak) {
        reset();
      } else {
        state = SKIP_LINE;
      }
    }

    private void reset() {
      state = START;
      content = false;
      spansLines = false;
      bytes = 0;
      shadow = null;
    }

    /** The end of the file. */
    void finish() {
      if (state == IN_QUOTES) {
        records++;
        if (shadow != null) {
          shadow.finish();
          records += shadow.records;
        }
      } else if (state != SKIP_LINE && content) {
        records++;
      }
      reset();
    }
  }
}
