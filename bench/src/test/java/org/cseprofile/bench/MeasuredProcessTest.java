package org.cseprofile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasuredProcessTest {

  @Test
  void readsThePeakResidentMemoryFromAProcStatusText() {
    String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  4821948 kB\nVmRSS:\t 1000 kB\n";

    assertThat(MeasuredProcess.parsePeakKib(status)).isEqualTo(4_821_948L);
    assertThat(MeasuredProcess.parsePeakKib("Name:\tjava\n")).isZero();
  }

  @Test
  void runsACommandWithItsOutputInTheLogAndItsExitCode(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("log.txt");

    // About half a second of processor time, then a pause.
    MeasuredProcess p = MeasuredProcess.run(List.of("sh", "-c",
        "echo counted; i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done; sleep 0.3; exit 3"), log);

    assertThat(p.exitCode()).isEqualTo(3);
    assertThat(p.seconds()).isGreaterThan(0.25);
    assertThat(p.cpuSeconds()).isPositive().isLessThanOrEqualTo(p.seconds());
    assertThat(Files.readString(log)).isEqualTo("counted\n");
    if (Files.exists(Path.of("/proc/self/status"))) {
      assertThat(p.peakRssKib()).isPositive();
    }
  }
}
