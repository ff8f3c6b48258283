package org.cseprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleListenerTest {

  @Test
  void onATerminalOneLineIsRedrawnWithStageProgressAndElapsedTime() {
    StringWriter text = new StringWriter();
    ConsoleListener console = new ConsoleListener(new PrintWriter(text), ConsoleListener.Display.LIVE);

    console.stage("write tables");
    console.progress("Spark tasks", 3, 8);
    console.warning("something to know");
    console.stage("charts");
    console.finish();

    assertThat(text.toString()).isEqualTo(
        "\r\033[K[  0 s] write tables"
            + "\r\033[K  warning: something to know\n"
            + "\r\033[K[  0 s] write tables  (Spark tasks 3/8)"
            + "\n\r\033[K[  0 s] charts"
            + "\r\033[K[  0 s] done\n");
  }

  @Test
  void elsewhereEachStageIsOnePlainLine() {
    StringWriter text = new StringWriter();
    ConsoleListener console = new ConsoleListener(new PrintWriter(text), ConsoleListener.Display.LINES);

    console.stage("write tables");
    console.progress("Spark tasks", 3, 8);
    console.warning("something to know");
    console.finish();

    assertThat(text.toString()).isEqualTo("[  0 s] write tables\n  warning: something to know\n[  0 s] done\n");
  }
}
