package org.cseprofile.serve;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The warm session's wire format. A client sends one request: its kind, then its arguments. The server answers with
 * frames: a channel byte ({@link #OUT}, {@link #ERR}) and a length-prefixed chunk of the command's output, ended by
 * {@link #EXIT} and the exit code.
 */
final class Frames {
  static final byte RUN = 1;
  static final byte STOP = 2;
  static final byte OUT = 1;
  static final byte ERR = 2;
  static final byte EXIT = 3;
  /** No argument of a command line is this long; a longer one is not a cse-profile request. */
  private static final int MAX_ARGUMENT = 1 << 20;
  private static final int MAX_ARGUMENTS = 10_000;

  private Frames() {}

  static void writeRequest(DataOutputStream out, byte kind, List<String> args) throws IOException {
    out.writeByte(kind);
    out.writeInt(args.size());
    for (String arg : args) {
      byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }
    out.flush();
  }

  /** A request as read: its kind and arguments. */
  record Request(byte kind, List<String> args) {}

  static Request readRequest(DataInputStream in) throws IOException {
    byte kind = in.readByte();
    int count = in.readInt();
    if (count < 0 || count > MAX_ARGUMENTS || (kind != RUN && kind != STOP)) {
      throw new IOException("not a cse-profile request");
    }
    List<String> args = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int length = in.readInt();
      if (length < 0 || length > MAX_ARGUMENT) {
        throw new IOException("not a cse-profile request");
      }
      args.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }
    return new Request(kind, args);
  }

  /** An output stream sending everything written to it as frames of {@code channel}. */
  static OutputStream channel(DataOutputStream out, byte channel) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return;
        }
        synchronized (out) {
          out.writeByte(channel);
          out.writeInt(len);
          out.write(b, off, len);
          out.flush();
        }
      }
    };
  }

  static void writeExit(DataOutputStream out, int code) throws IOException {
    synchronized (out) {
      out.writeByte(EXIT);
      out.writeInt(code);
      out.flush();
    }
  }
}
