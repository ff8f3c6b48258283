package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.table.StagedOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 4: a killed run left world-readable shuffle files with pseudonyms in /tmp. Spark's local files now live in
 * an owner-only folder under the output's _staging/, and the next run deletes what a killed one left.
 */
class ScratchTest {
  @TempDir
  Path work;

  @Test
  void aKilledRunLeavesNoReadableCopyOutsideTheOutputAndTheNextRunRemovesItsScratch() throws Exception {
    Path out = work.resolve("out");
    // The probe's own "system temporary folder", where Spark would put its files by default (/tmp).
    Path tmp = Files.createDirectories(work.resolve("tmp"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.") || a.startsWith("-Dio.netty"))
        .forEach(command::add);
    command.addAll(List.of("-Xmx1g", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), ScratchProbe.class.getName(),
        out.toString()));
    Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
    String line;
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(probe.getInputStream()));
      do {
        line = lines.readLine();
      } while (line != null && !line.startsWith("shuffled "));
    } finally {
      probe.destroyForcibly().waitFor(); // kill -9: no shutdown hook runs
    }
    assertThat(line).startsWith("shuffled 7 " + out.resolve("_staging/spark-" + probe.pid() + "-"));

    List<Path> scratch;
    try (Stream<Path> entries = Files.list(out.resolve("_staging"))) {
      scratch = entries.toList();
    }
    assertThat(scratch).hasSize(1);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(scratch.get(0)))).isEqualTo("rwx------");
    try (Stream<Path> all = Files.walk(scratch.get(0))) {
      assertThat(all.filter(p -> p.getFileName().toString().startsWith("blockmgr-")).count())
          .as("Spark's shuffle folder is in the scratch folder").isEqualTo(1);
    }
    try (Stream<Path> entries = Files.walk(tmp)) {
      assertThat(entries.filter(p -> !p.equals(tmp)).toList()).as("nothing in the temporary folder").isEmpty();
    }

    List<String> notices = new ArrayList<>();
    StagedOutput.open(new OutputLayout(out.toString()), new Configuration(), "run-2", notices::add).close();

    assertThat(scratch.get(0)).doesNotExist();
    assertThat(notices).isEmpty();
  }
}
