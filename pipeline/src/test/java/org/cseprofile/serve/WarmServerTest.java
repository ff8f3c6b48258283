package org.cseprofile.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm session's socket, requests, failures, log and stopping, with a command line that needs no Spark. */
class WarmServerTest {
  @TempDir
  Path work;

  private final AtomicInteger freed = new AtomicInteger();

  /** Answers "echo A B" with "A B" on standard output and exit code 7; "fail" throws; anything else exits 2. */
  private static int handle(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
    if (args[0].equals("fail")) {
      throw new IllegalStateException("a message quoting a value: secret-1");
    }
    if (args[0].equals("echo")) {
      out.println(String.join(" ", List.of(args).subList(1, args.length)));
      err.println("progress é");
      return 7;
    }
    return 2;
  }

  private record Started(WarmServer server, Thread thread, ServeAddress address) {}

  private Started start(Duration idle) throws Exception {
    ServeAddress address = new ServeAddress(work.resolve("session/serve.sock"));
    WarmServer server = new WarmServer(address, WarmServerTest::handle, freed::incrementAndGet, idle);
    Thread thread = new Thread(server::serve);
    thread.start();
    // Waits for the log to say so, not with a probe: a probe still being answered would count as a command under way.
    for (int i = 0; i < 100 && !(Files.exists(address.log()) && Files.readString(address.log()).contains("listening"));
        i++) {
      Thread.sleep(50);
    }
    return new Started(server, thread, address);
  }

  private record Answer(OptionalInt code, String out, String err) {}

  private static Answer send(ServeAddress address, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    OptionalInt code = WarmClient.execute(address, List.of(args), new PrintWriter(out), new PrintWriter(err));
    return new Answer(code, out.toString(), err.toString());
  }

  @Test
  void answersItsOwnerOverAnOwnerOnlySocketAndLogsNoArgument() throws Exception {
    Started s = start(Duration.ofMinutes(5));

    Answer answer = send(s.address(), "echo", "secret-2", "x");

    assertThat(answer.code()).hasValue(7);
    assertThat(answer.out()).isEqualTo("secret-2 x\n");
    assertThat(answer.err()).isEqualTo("progress é\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(s.address().folder())))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(s.address().socket())))
        .isEqualTo("rw-------");
    assertThat(freed.get()).isEqualTo(1);
    assertThat(WarmClient.stop(s.address())).isTrue();
    s.thread().join(10_000);
    assertThat(s.thread().isAlive()).isFalse();
    assertThat(s.address().socket()).doesNotExist();
    String log = Files.readString(s.address().log());
    assertThat(log).contains("other: exit 7", "stop requested", "stopped").doesNotContain("secret-2");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(s.address().log()))).isEqualTo("rw-------");
  }

  @Test
  void aFailedCommandIsAnExitCodeAndTheNextOneIsAnswered() throws Exception {
    Started s = start(Duration.ofMinutes(5));

    Answer failed = send(s.address(), "fail");
    Answer next = send(s.address(), "echo", "again");

    assertThat(failed.code()).hasValue(1);
    assertThat(failed.err()).isEqualTo("cse-profile: internal error in the warm session "
        + "(java.lang.IllegalStateException)\n");
    assertThat(next.code()).hasValue(7);
    assertThat(next.out()).isEqualTo("again\n");
    assertThat(freed.get()).isEqualTo(2);
    s.server().stop();
    s.thread().join(10_000);
    assertThat(Files.readString(s.address().log())).doesNotContain("secret-1");
  }

  @Test
  void stopsByItselfWhenIdle() throws Exception {
    Started s = start(Duration.ofMillis(400));

    s.thread().join(10_000);

    assertThat(s.thread().isAlive()).isFalse();
    assertThat(s.address().socket()).doesNotExist();
    assertThat(send(s.address(), "echo").code()).isEmpty();
    assertThat(Files.readString(s.address().log())).contains("idle for");
  }

  @Test
  void withoutASessionTheCommandRunsByItself() {
    ServeAddress nowhere = new ServeAddress(work.resolve("none/serve.sock"));

    assertThat(send(nowhere, "echo").code()).isEmpty();
    assertThat(WarmClient.stop(nowhere)).isFalse();
  }

  @Test
  void aFolderOthersCanEnterIsRefused() throws Exception {
    Path open = Files.createDirectory(work.resolve("open"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-x---"));
    ServeAddress address = new ServeAddress(open.resolve("serve.sock"));
    WarmServer server = new WarmServer(address, WarmServerTest::handle, () -> {}, Duration.ofMinutes(1));

    assertThatThrownBy(server::serve).isInstanceOf(IllegalStateException.class)
        .hasMessage(open + " can be entered by other users; its mode must be 0700 (chmod 700 " + open + ")");
  }

  @Test
  void aSecondSessionAtTheSameAddressIsRefused() throws Exception {
    Started s = start(Duration.ofMinutes(5));
    WarmServer second = new WarmServer(s.address(), WarmServerTest::handle, () -> {}, Duration.ofMinutes(1));

    assertThatThrownBy(second::serve).isInstanceOf(IllegalStateException.class)
        .hasMessage("a warm session is already running at " + s.address().socket()
            + " (cse-profile serve --stop stops it)");
    assertThat(send(s.address(), "echo", "still").out()).isEqualTo("still\n");
    s.server().stop();
    s.thread().join(10_000);
  }
}
