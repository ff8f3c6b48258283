package org.cseprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprofile.cli.CliTest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cseprofile.cli.CliTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What --output may name (findings 1 and 10): a clear message and exit code, never "internal error". */
class OutputFolderTest {
  @TempDir
  Path work;

  @Test
  void anEmptyOutputOrARegularFileIsABadArgument() throws IOException {
    Path file = Files.writeString(work.resolve("notes.txt"), "mine");
    for (String command : new String[] {"run", "report", "query"}) {
      String[] extra = switch (command) {
        case "run" -> new String[] {"--input", work.toString(), "--period", "2016-Q4"};
        case "report" -> new String[] {"--period", "2016-Q4"};
        default -> new String[] {"SELECT 1"};
      };
      Result empty = cli(concat(new String[] {command, "--output", ""}, extra));
      assertThat(empty.exitCode()).as(command + ": " + empty.err()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
      assertThat(empty.err()).contains("cse-profile: --output must name a folder; it was empty").doesNotContain("internal");

      Result regular = cli(concat(new String[] {command, "--output", file.toString()}, extra));
      assertThat(regular.exitCode()).as(command + ": " + regular.err()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
      assertThat(regular.err()).contains("cse-profile: --output " + file + " is a file, not a folder: give a new or "
          + "empty folder, or the output folder of an earlier run");
    }
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  void aFolderOfSomeoneElsesFilesIsRefusedWithExitCodeThreeAndLeftAlone() throws IOException {
    Path documents = Files.createDirectories(work.resolve("Documents/cse"));
    Files.writeString(documents.resolve("draft-board-paper.docx"), "draft");

    Result report = cli("report", "--output", documents.toString(), "--period", "2016-Q4");

    assertThat(report.exitCode()).as(report.err()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(report.err()).contains("cse-profile: the output folder " + documents + " already holds files that "
        + "cse-profile did not write (for example draft-board-paper.docx)", "Give a new or empty folder");
    try (Stream<Path> all = Files.walk(documents)) {
      assertThat(all.map(p -> documents.relativize(p).toString()).toList())
          .containsExactlyInAnyOrder("", "draft-board-paper.docx");
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
