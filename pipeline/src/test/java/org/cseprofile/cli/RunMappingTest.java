package org.cseprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprofile.cli.CliTest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cseprofile.cli.CliTest.Result;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --mapping} reads extracts as {@code validate --mapping} does, and its manifest records the mapping's SHA-256. */
@ExtendWith(SparkExtension.class)
class RunMappingTest {
  @TempDir
  Path work;

  @Test
  void runAndValidateReadWithTheSameMappingAndTheManifestRecordsItsHash() throws IOException, NoSuchAlgorithmException {
    Path input = Files.createDirectories(work.resolve("in"));
    Files.writeString(input.resolve("cse_cohort.csv"), "Child ID,LA,Month of birth,Sex,Date identified\n"
        + "c1,E10000011,2002-03,Female,05.10.2016\n"
        + "c2,E10000011,2001-07,Male,12.11.2016\n");
    Path mapping = work.resolve("cohort-mapping.yaml");
    Files.writeString(mapping, """
        extract: cse_cohort
        columns:
          Child ID: child_id
          LA: la_code
          Month of birth: birth_month
          Sex: gender
          Date identified: identified_date
        codes:
          gender: {Female: F, Male: M}
        dates:
          identified_date: dd.MM.yyyy
        """);
    Path output = work.resolve("out");

    Result refused = cli("run", "--input", input.toString(), "--output", output.toString(), "--period", "2016-Q4",
        "--mapping", work.resolve("no-such.yaml").toString());
    assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(refused.err()).contains("mapping file " + work.resolve("no-such.yaml") + " does not exist");
    assertThat(output).doesNotExist();

    Result validated = cli("validate", "--input", input.toString(), "--run-date", "2017-01-15",
        "--shuffle-partitions", "2", "--mapping", mapping.toString());
    assertThat(validated.exitCode()).as(validated.err()).isEqualTo(ExitCodes.OK);
    assertThat(validated.out()).contains("cse_cohort.csv (cse_cohort): usable; 2 rows read, 2 accepted, 0 quarantined");

    Result run = cli("run", "--input", input.toString(), "--output", output.toString(), "--period", "2016-Q4",
        "--run-date", "2017-01-15", "--shuffle-partitions", "2", "--mapping", mapping.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    JsonNode cohort = new ObjectMapper().readTree(output.resolve("runs/2016-Q4/manifest.json").toFile())
        .get("inputs").get(0);
    assertThat(cohort.get("file").asText()).isEqualTo("cse_cohort.csv");
    assertThat(cohort.get("accepted").asLong()).isEqualTo(2);
    assertThat(cohort.at("/mapping/file").asText()).isEqualTo(mapping.toString());
    assertThat(cohort.at("/mapping/sha256").asText())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(mapping))));
  }
}
