package org.cseprofile.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish protocol on a real (local) file system, including crashes at every rename. */
class StagedOutputTest {
  @TempDir
  Path root;

  final Configuration hadoop = new Configuration();
  final List<String> notices = new ArrayList<>();

  @Test
  void publishingReplacesThePeriodsUnitsAndLeavesOtherPeriodsAlone() throws IOException {
    publishRun("run-1", "2016-Q3", "q3-old", List.of("cohort", "quarantine"));
    publishRun("run-2", "2016-Q4", "q4-old", List.of("cohort", "quarantine"));

    publishRun("run-3", "2016-Q4", "q4-new", List.of("cohort"));

    assertThat(read("restricted/cohort/period=2016-Q4/part-0.parquet")).isEqualTo("q4-new cohort");
    assertThat(read("published/2016-Q4/charts/chart.png")).isEqualTo("q4-new chart");
    assertThat(read("runs/2016-Q4/manifest.json")).isEqualTo("q4-new manifest");
    // The new run of 2016-Q4 had no quarantine rows: the old ones must not survive as if they were current.
    assertThat(root.resolve("restricted/quarantine/period=2016-Q4")).doesNotExist();
    assertThat(read("restricted/quarantine/period=2016-Q3/part-0.parquet")).isEqualTo("q3-old quarantine");
    assertThat(read("restricted/cohort/period=2016-Q3/part-0.parquet")).isEqualTo("q3-old cohort");
    assertThat(root.resolve("_staging")).doesNotExist();
  }

  @Test
  void verifyCountsTheRowsOfEveryParquetFileOfAPartitionFromTheFooters() throws IOException {
    try (StagedOutput staged = open("run-1")) {
      Path partition = Path.of(staged.layout().restrictedPartition("cohort", "2016-Q4").toString());
      writeParquet(partition.resolve("part-0.parquet"), 3);
      writeParquet(partition.resolve("part-1.parquet"), 2);
      write(partition.resolve("_SUCCESS"), "");
      write(partition.resolve(".part-0.parquet.crc"), "not parquet");

      assertThat(staged.verify(Map.of("cohort", 5L, "quarantine", 0L), "2016-Q4", List.of()))
          .isEqualTo(Map.of("cohort", 5L, "quarantine", 0L));
      assertThatThrownBy(() -> staged.verify(Map.of("cohort", 6L), "2016-Q4", List.of()))
          .hasMessage("table cohort of 2016-Q4 reads back 5 rows but 6 were written; nothing was published");
      assertThatThrownBy(() -> staged.verify(Map.of("quarantine", 1L), "2016-Q4", List.of()))
          .hasMessage("table quarantine of 2016-Q4 reads back 0 rows but 1 were written; nothing was published");
    }
  }

  @Test
  void verifyRefusesAPartFileThatIsNotParquetAndAnEmptyOutputFile() throws IOException {
    try (StagedOutput staged = open("run-1")) {
      Path partition = Path.of(staged.layout().restrictedPartition("cohort", "2016-Q4").toString());
      writeParquet(partition.resolve("part-0.parquet"), 3);
      write(partition.resolve("part-1.parquet"), "cut short by a full disk");

      assertThatThrownBy(() -> staged.verify(Map.of("cohort", 3L), "2016-Q4", List.of()))
          .hasMessage("table cohort of 2016-Q4: file part-1.parquet does not read back as Parquet; nothing was published");

      Files.delete(partition.resolve("part-1.parquet"));
      Path chart = Path.of(staged.layout().root()).resolve("published/2016-Q4/charts/chart.png");
      write(chart, "");
      assertThatThrownBy(() -> staged.verify(Map.of("cohort", 3L), "2016-Q4", List.of(chart.toString())))
          .hasMessage("output file chart.png is missing or empty; nothing was published");
    }
  }

  /** A real Parquet file of {@code rows} rows of one integer column. */
  private void writeParquet(Path file, int rows) throws IOException {
    MessageType schema = Types.buildMessage().required(PrimitiveTypeName.INT32).named("n").named("t");
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(
        HadoopOutputFile.fromPath(new org.apache.hadoop.fs.Path(file.toString()), hadoop)).withType(schema).build()) {
      for (int i = 0; i < rows; i++) {
        writer.write(groups.newGroup().append("n", i));
      }
    }
  }

  @Test
  void outputsAreOwnerOnly() throws IOException {
    publishRun("run-1", "2016-Q4", "q4", List.of("cohort"));

    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(p -> !p.equals(root)).toList()) {
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        assertThat(mode).as(root.relativize(p).toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
      }
    }
  }

  @Test
  void aRunThatDiesBeforePublishingLeavesThePreviousOutputAndItsStagingIsCleanedUp() throws IOException {
    publishRun("run-1", "2016-Q4", "old", List.of("cohort"));
    StagedOutput dying = open("run-2");
    stage(dying, "2016-Q4", "half", List.of("cohort"));
    dying.abandon();
    makeLockStale();

    assertThat(read("restricted/cohort/period=2016-Q4/part-0.parquet")).isEqualTo("old cohort");

    try (StagedOutput next = open("run-3")) {
      assertThat(root.resolve("_staging/run-2")).doesNotExist();
      assertThat(notices).containsExactly(
          "deleting staging left by run run-2, which stopped before publishing; the previous output is unchanged");
    }
    assertThat(read("restricted/cohort/period=2016-Q4/part-0.parquet")).isEqualTo("old cohort");
  }

  @Test
  void aRunThatDiesWhilePublishingIsCompletedByTheNextRunAfterAnyNumberOfRenames() throws IOException {
    // Two tables, published folder and manifest replaced, one old table removed: 9 renames in all.
    for (int renames = 0; renames <= 9; renames++) {
      Path out = root.resolve("case-" + renames);
      OutputLayout layout = new OutputLayout(out.toString());
      publishRun(layout, "run-1", "2016-Q4", "old", List.of("cohort", "age_by_gender", "quarantine"));
      StagedOutput dying = StagedOutput.open(layout, hadoop, "run-2", notices::add);
      stage(dying, "2016-Q4", "new", List.of("cohort", "age_by_gender"));
      dying.publish("2016-Q4", renames);
      dying.abandon();
      makeLockStale(out);

      StagedOutput.open(layout, hadoop, "run-3", notices::add).close();

      assertThat(read(out, "restricted/cohort/period=2016-Q4/part-0.parquet")).as("after %d renames", renames)
          .isEqualTo("new cohort");
      assertThat(read(out, "restricted/age_by_gender/period=2016-Q4/part-0.parquet")).isEqualTo("new age_by_gender");
      assertThat(read(out, "published/2016-Q4/charts/chart.png")).isEqualTo("new chart");
      assertThat(read(out, "runs/2016-Q4/manifest.json")).isEqualTo("new manifest");
      assertThat(out.resolve("restricted/quarantine/period=2016-Q4")).doesNotExist();
      assertThat(out.resolve("_staging")).doesNotExist();
    }
    assertThat(notices).contains("completing the publication of 2016-Q4 by run run-2, which stopped while publishing");
  }

  @Test
  void aSecondRunIsRefusedWhileTheFirstHoldsTheOutput() {
    try (StagedOutput first = open("run-1")) {
      assertThatThrownBy(() -> open("run-2"))
          .isInstanceOf(OutputBusyException.class)
          .hasMessageContaining("is in use by another run in this process");
    }
    open("run-2").close();
  }

  @Test
  void stagedLocationsMapToTheirFinalPlace() {
    try (StagedOutput staged = open("run-1")) {
      String chart = staged.layout().chart("2016-Q4", "a.png").toString();
      assertThat(staged.finalLocation(chart)).isEqualTo(root + "/published/2016-Q4/charts/a.png");
      assertThatThrownBy(() -> staged.finalLocation("/elsewhere/a.png")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aFolderHoldingOtherFilesIsRefusedAndLeftAsItWas() throws IOException {
    write(root.resolve("draft-board-paper.docx"), "my draft");

    assertThatThrownBy(() -> open("run-1"))
        .isInstanceOf(UnusableOutputException.class)
        .hasMessage("the output folder " + root + " already holds files that cse-profile did not write (for example "
            + "draft-board-paper.docx) and no .cse-profile-output marker; nothing was written, so that none of them is "
            + "replaced or deleted. Give a new or empty folder (it is created if missing), or the output folder of an "
            + "earlier run");
    try (Stream<Path> all = Files.list(root)) {
      assertThat(all.map(p -> p.getFileName().toString()).toList()).containsExactly("draft-board-paper.docx");
    }
  }

  @Test
  void theMarkerWithTheLayoutVersionIsWrittenFirstAndANewerLayoutIsRefused() throws IOException {
    Path fresh = root.resolve("new/out");
    StagedOutput.open(new OutputLayout(fresh.toString()), hadoop, "run-1", notices::add).close();
    assertThat(read(fresh, ".cse-profile-output")).contains("\"layout_version\" : 1");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.resolve(".cse-profile-output"))))
        .isEqualTo("rw-------");

    Files.writeString(fresh.resolve(".cse-profile-output"), "{\"layout_version\": 2}");
    assertThatThrownBy(() -> StagedOutput.open(new OutputLayout(fresh.toString()), hadoop, "run-2", notices::add))
        .isInstanceOf(UnusableOutputException.class)
        .hasMessageContaining("was written by a newer cse-profile (layout version 2; this one reads 1)");

    Path file = root.resolve("a-file");
    write(file, "x");
    assertThatThrownBy(() -> StagedOutput.open(new OutputLayout(file.toString()), hadoop, "run-3", notices::add))
        .isInstanceOf(UnusableOutputException.class)
        .hasMessageContaining("is a file, not a folder");
  }

  @Test
  void anOutputOfAnEarlierVersionWithoutMarkerIsAdopted() throws IOException {
    write(root.resolve("restricted/cohort/period=2016-Q4/part-0.parquet"), "old cohort");
    write(root.resolve("runs/2016-Q4/manifest.json"), "old manifest");

    open("run-1").close();

    assertThat(root.resolve(".cse-profile-output")).exists();
  }

  @Test
  void filesTheProductDidNotWriteAreLeftWhereTheyAreAndNamed() throws IOException {
    publishRun("run-1", "2016-Q4", "old", List.of("cohort", "quarantine"));
    // What an analyst saved in the output folder (finding 1).
    write(root.resolve("_staging/draft-board-paper.docx"), "draft");
    write(root.resolve("published/2016-Q4/board-paper-final.docx"), "final");
    write(root.resolve("runs/2016-Q4/notes.txt"), "notes");
    write(root.resolve("restricted/quarantine/period=2016-Q4/notes.txt"), "quarantine notes");

    publishRun("run-2", "2016-Q4", "new", List.of("cohort"));

    assertThat(read("_staging/draft-board-paper.docx")).isEqualTo("draft");
    assertThat(read("published/2016-Q4/board-paper-final.docx")).isEqualTo("final");
    assertThat(read("runs/2016-Q4/notes.txt")).isEqualTo("notes");
    assertThat(read("restricted/quarantine/period=2016-Q4/notes.txt")).isEqualTo("quarantine notes");
    assertThat(read("published/2016-Q4/charts/chart.png")).isEqualTo("new chart");
    assertThat(root.resolve("restricted/quarantine/period=2016-Q4/part-0.parquet")).doesNotExist();
    assertThat(notices).containsExactly(
        "left alone: " + root + "/_staging/draft-board-paper.docx was not "
            + "written by cse-profile; keep your own files outside the output folder",
        "left alone: " + root + "/published/2016-Q4/board-paper-final.docx was not written by cse-profile; keep your "
            + "own files outside the output folder",
        "left alone: " + root + "/restricted/quarantine/period=2016-Q4/notes.txt was not written by cse-profile; keep "
            + "your own files outside the output folder",
        "left alone: " + root + "/runs/2016-Q4/notes.txt was not written by cse-profile; keep your own files outside "
            + "the output folder");
  }

  @Test
  void onALocalFileSystemAStoppedProcessKeepsItsLockUntilItDies() throws Exception {
    // Finding 6: a run paused (SIGSTOP, a suspended laptop) for longer than any heartbeat must keep the folder.
    String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process holder = new ProcessBuilder(javaBinary, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
        root.toString()).redirectErrorStream(true).start();
    try {
      java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
      String line;
      do {
        line = lines.readLine();
      } while (line != null && !line.equals("held"));
      assertThat(line).isEqualTo("held");
      assertThat(new ProcessBuilder("kill", "-STOP", Long.toString(holder.pid())).start().waitFor()).isZero();
      Files.setLastModifiedTime(root.resolve(".cse-profile-lock"),
          java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));

      assertThatThrownBy(() -> open("run-2"))
          .isInstanceOf(OutputBusyException.class)
          .hasMessageContaining("is in use by another run (run run-paused, host ")
          .hasMessageContaining("process " + holder.pid());
      assertThat(root.resolve("_staging/run-paused")).isDirectory();
    } finally {
      holder.destroyForcibly().waitFor();
    }
    try (StagedOutput next = open("run-3")) {
      assertThat(root.resolve("_staging/run-paused")).doesNotExist();
    }
    assertThat(notices).containsExactly(
        "deleting staging left by run run-paused, which stopped before publishing; the previous output is unchanged");
  }

  private StagedOutput open(String runId) {
    return StagedOutput.open(new OutputLayout(root.toString()), hadoop, runId, notices::add);
  }

  private void publishRun(String runId, String period, String content, List<String> tables) throws IOException {
    publishRun(new OutputLayout(root.toString()), runId, period, content, tables);
  }

  private void publishRun(OutputLayout layout, String runId, String period, String content, List<String> tables)
      throws IOException {
    try (StagedOutput staged = StagedOutput.open(layout, hadoop, runId, notices::add)) {
      stage(staged, period, content, tables);
      staged.publish(period);
    }
  }

  /** Writes what a run would: one file per table partition, a chart and a manifest. */
  private static void stage(StagedOutput staged, String period, String content, List<String> tables) throws IOException {
    Path base = Path.of(staged.layout().root());
    for (String table : tables) {
      write(base.resolve("restricted/" + table + "/period=" + period + "/part-0.parquet"), content + " " + table);
    }
    write(base.resolve("published/" + period + "/charts/chart.png"), content + " chart");
    write(base.resolve("runs/" + period + "/manifest.json"), content + " manifest");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private String read(String relative) throws IOException {
    return read(root, relative);
  }

  private static String read(Path out, String relative) throws IOException {
    return Files.readString(out.resolve(relative));
  }

  private void makeLockStale() throws IOException {
    makeLockStale(root);
  }

  /** As if the holder's heartbeat had stopped long ago (a driver that died on another machine). */
  private void makeLockStale(Path out) throws IOException {
    if (!Files.exists(out.resolve("_staging/lock.json"))) {
      return; // the operating system's lock, released by abandon()
    }
    org.apache.hadoop.fs.Path lock = new org.apache.hadoop.fs.Path(out.resolve("_staging/lock.json").toString());
    FileSystem.getLocal(hadoop).setTimes(lock, System.currentTimeMillis() - OutputLock.STALE_AFTER.toMillis() - 60_000, -1);
  }
}
