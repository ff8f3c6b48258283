package org.cseprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --narrative --strict}: a narrative with a typed small number is refused before Spark or the output. */
class AnalystOptionsTest {
  @TempDir
  Path work;

  @Test
  void aTypedSmallNumberUnderStrictIsRefusedBeforeTheOutputFolderIsClaimed() throws IOException {
    Path narrative = work.resolve("narrative.md");
    Files.writeString(narrative, "## Conclusions\n\nWe found 7 children in one week.\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.execute(new String[] {"run", "--no-server", "--input", "../sample-data", "--output",
        work.resolve("out").toString(), "--period", "2016-Q4", "--disclosure", "public", "--narrative",
        narrative.toString(), "--strict"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("cse-profile: the narrative " + narrative + ", line 3, "
        + "column 10: a number from 1 to 7 is typed in the narrative; write a reference to a published figure instead, "
        + "so that disclosure control decides whether it is shown (refused under --strict)\n");
    assertThat(work.resolve("out")).doesNotExist();
  }
}
