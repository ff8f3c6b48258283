package org.cseprofile.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The character encoding of an extract file, detected from its bytes. */
public enum TextEncoding {
  /** UTF-8 (or plain ASCII) without a byte-order mark. */
  UTF_8(StandardCharsets.UTF_8),
  /** UTF-8 with a leading byte-order mark, as Excel's "CSV UTF-8" writes. */
  UTF_8_BOM(StandardCharsets.UTF_8),
  /** Not valid UTF-8 but valid Windows-1252, as Excel's plain "CSV" writes on Windows. */
  WINDOWS_1252(Charset.forName("windows-1252")),
  /** UTF-16, as Excel's "Unicode Text" writes: not accepted. */
  UTF_16(null),
  /** Neither: contains bytes no text encoding we accept produces. */
  UNREADABLE(null);

  private static final int SNIFF_BYTES = 4096;
  private final Charset charset;

  TextEncoding(Charset charset) {
    this.charset = charset;
  }

  /** The charset to decode with, or null when the file cannot be read. */
  public Charset charset() {
    return charset;
  }

  public boolean readable() {
    return charset != null;
  }

  /** Reads the whole stream once and decides its encoding; the stream is not closed. */
  public static TextEncoding detect(InputStream in) throws IOException {
    return detect(in, true);
  }

  /**
   * Decides the encoding from the first bytes of a file only: a multi-byte UTF-8 character cut off at
   * the end of them is not held against the file.
   */
  public static TextEncoding detectHead(InputStream head) throws IOException {
    return detect(head, false);
  }

  /** UTF-16 without a byte-order mark: at least a quarter of the first bytes are NUL (half are, in ASCII text). */
  private static boolean utf16(int zeros, long sniffed) {
    return zeros > 1 && zeros * 4L >= sniffed;
  }

  private static TextEncoding detect(InputStream in, boolean wholeFile) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long position = 0;
    int pending = 0; // continuation bytes still expected in the current UTF-8 sequence
    int lead = 0; // lead byte of the current sequence, to reject overlong and surrogate forms
    boolean validUtf8 = true;
    boolean bom = false;
    boolean cp1252Possible = true;
    int zeros = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      int i = 0;
      if (position == 0) {
        if (n >= 2 && ((buffer[0] & 0xFF) == 0xFE && (buffer[1] & 0xFF) == 0xFF
            || (buffer[0] & 0xFF) == 0xFF && (buffer[1] & 0xFF) == 0xFE)) {
          return UTF_16;
        }
        if (n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
          bom = true;
          i = 3;
        }
      }
      for (; i < n; i++) {
        int b = buffer[i] & 0xFF;
        if (b == 0) {
          // A NUL is one byte of every two in UTF-16 text; a stray one in UTF-8 text is a fault of that row
          // (nul_byte), not of the file's encoding.
          if (position + i < SNIFF_BYTES) {
            zeros++;
          }
          continue;
        }
        if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
          cp1252Possible = false;
        }
        if (!validUtf8) {
          continue;
        }
        if (pending > 0) {
          boolean continuation = (b & 0xC0) == 0x80;
          boolean secondOk = lead == 0 || (lead == 0xE0 ? b >= 0xA0 : lead == 0xED ? b < 0xA0
              : lead == 0xF0 ? b >= 0x90 : lead != 0xF4 || b < 0x90);
          if (!continuation || !secondOk) {
            validUtf8 = false;
          }
          lead = 0;
          pending--;
        } else if (b >= 0x80) {
          if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
          } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
          } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
          } else {
            validUtf8 = false;
          }
          lead = b;
        }
      }
      position += n;
      if (position >= SNIFF_BYTES && utf16(zeros, SNIFF_BYTES)) {
        return UTF_16;
      }
    }
    if (utf16(zeros, Math.min(position, SNIFF_BYTES))) {
      return UTF_16;
    }
    if (validUtf8 && (pending == 0 || !wholeFile)) {
      return bom ? UTF_8_BOM : UTF_8;
    }
    return cp1252Possible && !bom ? WINDOWS_1252 : UNREADABLE;
  }
}
