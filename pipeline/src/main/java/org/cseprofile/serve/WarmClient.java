package org.cseprofile.serve;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Sends a command line to a warm session ({@link WarmServer}) and passes its output and exit code on. */
public final class WarmClient {
  private WarmClient() {}

  /**
   * Runs {@code args} in the warm session at {@code address}, its output written to {@code out} and {@code err};
   * empty when no session answers there (the caller then runs the command itself). The arguments must not depend on
   * the caller's working folder: give paths absolute.
   */
  public static OptionalInt execute(ServeAddress address, List<String> args, PrintWriter out, PrintWriter err) {
    Optional<SocketChannel> connection = connect(address);
    if (connection.isEmpty()) {
      return OptionalInt.empty();
    }
    try (SocketChannel channel = connection.get()) {
      Frames.writeRequest(new DataOutputStream(Channels.newOutputStream(channel)), Frames.RUN, args);
      return OptionalInt.of(readAnswer(channel, out, err));
    } catch (IOException e) {
      err.println("cse-profile: the warm session at " + address.socket() + " stopped answering");
      return OptionalInt.of(1);
    }
  }

  /** Asks the warm session at {@code address} to stop; false when none answers. */
  public static boolean stop(ServeAddress address) {
    Optional<SocketChannel> connection = connect(address);
    if (connection.isEmpty()) {
      return false;
    }
    try (SocketChannel channel = connection.get()) {
      Frames.writeRequest(new DataOutputStream(Channels.newOutputStream(channel)), Frames.STOP, List.of());
      PrintWriter discard = new PrintWriter(Writer.nullWriter());
      readAnswer(channel, discard, discard);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether a warm session answers at {@code address}. */
  public static boolean answers(ServeAddress address) {
    Optional<SocketChannel> connection = connect(address);
    connection.ifPresent(c -> {
      try {
        c.close();
      } catch (IOException e) {
        // only probing
      }
    });
    return connection.isPresent();
  }

  private static Optional<SocketChannel> connect(ServeAddress address) {
    if (!Files.exists(address.socket())) {
      return Optional.empty();
    }
    address.requireOwnerOnly(); // never talk to a socket another user could have put there
    try {
      SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
      try {
        channel.connect(UnixDomainSocketAddress.of(address.socket()));
        return Optional.of(channel);
      } catch (IOException e) {
        channel.close();
        return Optional.empty(); // a socket file left by a session that died
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int readAnswer(SocketChannel channel, PrintWriter out, PrintWriter err) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
    Lines stdout = new Lines(out);
    Lines stderr = new Lines(err);
    while (true) {
      byte kind;
      try {
        kind = in.readByte();
      } catch (EOFException e) {
        throw new IOException("the warm session closed the connection");
      }
      if (kind == Frames.EXIT) {
        stdout.flush();
        stderr.flush();
        return in.readInt();
      }
      int length = in.readInt();
      byte[] chunk = in.readNBytes(length);
      (kind == Frames.OUT ? stdout : stderr).write(chunk);
    }
  }

  /**
   * Decodes one channel's UTF-8 bytes line by line: a newline byte never falls inside a character, so no character
   * is split between two chunks.
   */
  private static final class Lines {
    private final PrintWriter to;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    Lines(PrintWriter to) {
      this.to = to;
    }

    void write(byte[] chunk) {
      for (byte b : chunk) {
        pending.write(b);
        if (b == '\n') {
          flush();
        }
      }
    }

    void flush() {
      to.write(pending.toString(StandardCharsets.UTF_8));
      to.flush();
      pending.reset();
    }
  }
}
