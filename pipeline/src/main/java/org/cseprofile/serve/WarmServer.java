package org.cseprofile.serve;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps one process (and its warm Spark session) answering cse-profile commands from its owner, over a Unix domain
 * socket that only the owner can reach: the socket is mode 0600 in a 0700 folder ({@link ServeAddress}), and every
 * connection's peer must be the same user. Each request runs on a thread of its own, so a second run on an output
 * being written is refused by the output's lock, as between processes. A failed command is an exit code like any
 * other; between requests the handler's {@code betweenRuns} frees cached data. It stops after {@code idle} without
 * a request, or when asked ({@link WarmClient#stop}). Its log names each command and its exit code and time, never
 * an argument: arguments name files and filters.
 */
public final class WarmServer {
  /** Runs one command line, writing to {@code out} and {@code err}, and returns its exit code. */
  @FunctionalInterface
  public interface Handler {
    int execute(String[] args, PrintStream out, PrintStream err);
  }

  /** Set on the threads answering requests. */
  private static final ThreadLocal<Boolean> ANSWERING = ThreadLocal.withInitial(() -> false);

  private final ServeAddress address;
  private final Handler handler;
  private final Runnable betweenRuns;
  private final Duration idle;
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicLong lastActivity = new AtomicLong(System.nanoTime());
  private volatile boolean stopping;
  private ServerSocketChannel channel;

  public WarmServer(ServeAddress address, Handler handler, Runnable betweenRuns, Duration idle) {
    this.address = Objects.requireNonNull(address, "address");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.betweenRuns = Objects.requireNonNull(betweenRuns, "betweenRuns");
    if (idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("idle must be positive, was " + idle);
    }
    this.idle = idle;
  }

  /** Whether the current thread answers a warm session's request: its command runs here, never forwarded again. */
  public static boolean serving() {
    return ANSWERING.get();
  }

  /**
   * Listens until stopped or idle; returns then, with the socket removed. Fails when another warm session already
   * answers at the address.
   */
  public void serve() {
    address.prepare();
    try {
      if (Files.exists(address.socket())) {
        if (WarmClient.answers(address)) {
          throw new IllegalStateException("a warm session is already running at " + address.socket()
              + " (cse-profile serve --stop stops it)");
        }
        Files.delete(address.socket()); // left by a session that died
      }
      channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      channel.bind(UnixDomainSocketAddress.of(address.socket()));
      Files.setPosixFilePermissions(address.socket(), ServeAddress.OWNER_FILE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen at " + address.socket(), e);
    }
    log("listening; stops after " + idle.toMinutes() + " min without a request");
    ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "serve-idle"));
    long checkMillis = Math.max(100, Math.min(10_000, idle.toMillis() / 4));
    watchdog.scheduleWithFixedDelay(this::stopIfIdle, checkMillis, checkMillis, TimeUnit.MILLISECONDS);
    try {
      while (!stopping) {
        SocketChannel client;
        try {
          client = channel.accept();
        } catch (ClosedChannelException e) {
          break;
        }
        active.incrementAndGet();
        lastActivity.set(System.nanoTime());
        daemon(() -> answer(client), "serve-request").start();
      }
    } catch (IOException e) {
      if (!stopping) {
        throw new UncheckedIOException("the warm session stopped listening", e);
      }
    } finally {
      watchdog.shutdownNow();
      stop();
      awaitRequests();
      try {
        Files.deleteIfExists(address.socket());
      } catch (IOException e) {
        // gone already, or the folder with it
      }
      log("stopped");
    }
  }

  /** Stops listening; requests under way finish first. */
  public void stop() {
    stopping = true;
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // closing: nothing more to do
    }
  }

  private void stopIfIdle() {
    if (active.get() == 0 && System.nanoTime() - lastActivity.get() > idle.toNanos()) {
      log("idle for " + idle.toMinutes() + " min");
      stop();
    }
  }

  private void awaitRequests() {
    while (active.get() > 0) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void answer(SocketChannel client) {
    String command = null;
    long started = System.nanoTime();
    boolean counted = true;
    ANSWERING.set(true);
    try (client) {
      if (!samePerson(client)) {
        log("refused a connection from another user");
        return;
      }
      DataInputStream in = new DataInputStream(Channels.newInputStream(client));
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
      Frames.Request request = Frames.readRequest(in);
      if (request.kind() == Frames.STOP) {
        log("stop requested");
        Frames.writeExit(out, 0);
        stop();
        return;
      }
      command = request.args().isEmpty() ? "(none)" : commandName(request.args().get(0));
      int code;
      try (PrintStream stdout = new PrintStream(Frames.channel(out, Frames.OUT), true, StandardCharsets.UTF_8);
          PrintStream stderr = new PrintStream(Frames.channel(out, Frames.ERR), true, StandardCharsets.UTF_8)) {
        try {
          code = handler.execute(request.args().toArray(String[]::new), stdout, stderr);
        } catch (RuntimeException | Error e) {
          // The command line maps its own failures to exit codes; this is a failure outside it. Its message may
          // quote data: only its type is said.
          stderr.println("cse-profile: internal error in the warm session (" + e.getClass().getName() + ")");
          code = 1;
        }
        stdout.flush();
        stderr.flush();
      }
      // Logged, counted and cleaned up before the client hears the exit code, so its next command finds all done.
      log(String.format(Locale.ROOT, "%s: exit %d, %.1f s", command, code, (System.nanoTime() - started) / 1e9));
      lastActivity.set(System.nanoTime());
      counted = false;
      if (active.decrementAndGet() == 0) { // no other command under way: free what this one left cached
        try {
          betweenRuns.run();
        } catch (RuntimeException e) {
          log("freeing cached data failed (" + e.getClass().getName() + ")");
        }
      }
      Frames.writeExit(out, code);
    } catch (java.io.EOFException e) {
      // a probe (is a session running?), not a request
    } catch (IOException e) {
      if (command != null) {
        log(command + ": the client went away");
      }
    } finally {
      ANSWERING.remove();
      lastActivity.set(System.nanoTime());
      if (counted) {
        active.decrementAndGet();
      }
    }
  }

  /** The subcommand's name as logged: one of the command line's words, never a value given to it. */
  private static String commandName(String first) {
    return List.of("run", "query", "report", "validate").contains(first) ? first : "other";
  }

  private static boolean samePerson(SocketChannel client) {
    try {
      var peer = client.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED);
      return peer.user().getName().equals(System.getProperty("user.name"));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private synchronized void log(String line) {
    try {
      Files.writeString(address.log(), Instant.now() + " " + line + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      Files.setPosixFilePermissions(address.log(), ServeAddress.OWNER_FILE);
    } catch (IOException e) {
      // a log that cannot be written does not stop the session
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
