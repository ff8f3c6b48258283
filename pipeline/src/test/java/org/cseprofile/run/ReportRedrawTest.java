package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.table.OutputBusyException;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.table.StagedOutput;
import org.cseprofile.testing.SampleRun;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} publishes like a run (finding 7): under the lock, staged, owner-only, its manifest updated. */
@ExtendWith(SparkExtension.class)
class ReportRedrawTest {
  @TempDir
  Path root;

  final Configuration hadoop = new Configuration();

  @Test
  void theRedrawnReportIsPublishedOwnerOnlyWithTheManifestsChecksumsUpdated(SparkSession spark) throws IOException {
    Path out = copyOfTheSampleRun(spark);
    Files.writeString(out.resolve("published/2016-Q4/board-paper-final.docx"), "mine");
    List<String> notices = new ArrayList<>();

    ReportRedraw.Result result = ReportRedraw.redraw(hadoop, new OutputLayout(out.toString()), SampleRun.PERIOD,
        LocalDate.of(2017, 3, 1), notices::add);

    assertThat(result.files()).contains(out.resolve("published/2016-Q4/report.pdf").toString());
    assertThat(out.resolve("_staging")).doesNotExist();
    assertThat(Files.readString(out.resolve("published/2016-Q4/board-paper-final.docx"))).isEqualTo("mine");
    assertThat(notices).containsExactly("left alone: " + out.resolve("published/2016-Q4/board-paper-final.docx")
        + " was not written by cse-profile; keep your own files outside the output folder");
    try (Stream<Path> all = Files.walk(out)) {
      // The analyst's own file keeps the mode it had: a run or report leaves it alone.
      for (Path p : all.filter(p -> !p.equals(out) && !p.getFileName().toString().endsWith(".docx")).toList()) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(out.relativize(p).toString())
            .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
      }
    }
    JsonNode files = new ObjectMapper().readTree(out.resolve("runs/2016-Q4/manifest.json").toFile()).at("/outputs/files");
    assertThat(files.size()).isGreaterThan(20);
    for (JsonNode file : files) {
      Path path = out.resolve(file.path("location").asText());
      assertThat(file.path("sha256").asText()).as(path.toString())
          .isEqualTo(RunManifest.sha256(new org.apache.hadoop.fs.Path(path.toString()), hadoop));
      assertThat(file.path("bytes").asLong()).isEqualTo(Files.size(path));
    }
  }

  @Test
  void aReportIsNotDrawnWhileARunHoldsTheFolder(SparkSession spark) throws IOException {
    Path out = copyOfTheSampleRun(spark);
    byte[] before = Files.readAllBytes(out.resolve("published/2016-Q4/report.pdf"));
    try (StagedOutput run = StagedOutput.open(new OutputLayout(out.toString()), hadoop, "run-1", n -> {})) {
      assertThatThrownBy(() -> ReportRedraw.redraw(hadoop, new OutputLayout(out.toString()), SampleRun.PERIOD,
          LocalDate.of(2017, 3, 1), n -> {})).isInstanceOf(OutputBusyException.class);
    }
    assertThat(Files.readAllBytes(out.resolve("published/2016-Q4/report.pdf"))).isEqualTo(before);
  }

  private Path copyOfTheSampleRun(SparkSession spark) throws IOException {
    Path out = Files.createTempDirectory(root, "out");
    Path sample = SampleRun.output(spark);
    try (Stream<Path> all = Files.walk(sample)) {
      for (Path p : all.filter(p -> !p.equals(sample) && !p.getFileName().toString().equals(".cse-profile-lock"))
          .toList()) {
        Files.copy(p, out.resolve(sample.relativize(p).toString()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return out;
  }
}
