package org.cseprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprofile.cli.CliTest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.cseprofile.cli.CliTest.Result;
import org.cseprofile.pseudonym.Pseudonyms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cse-profile pseudonymise} through the command line entry point. */
class PseudonymiseCommandTest {
  static final String KEY = "partnership-shared-key-0123456789abcdef";
  /** Set for the test JVM by Surefire (pipeline/pom.xml). */
  static final String KEY_VARIABLE = "CSE_PROFILE_TEST_KEY";

  @TempDir
  Path dir;

  Path keyFile;
  Path input;

  @BeforeEach
  void writeKeyAndInput() throws IOException {
    keyFile = dir.resolve("cse.key");
    Files.writeString(keyFile, KEY + "\n");
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
    input = dir.resolve("raw.csv");
    Files.writeString(input, """
        child_id,NHS_Number,DOB,postcode,note
        c-00017 x,943 476 5919,2003-05-17,BN1 1AA,"said ""hi"", left"
        C00017X,9434765918,17/05/2003,rh10 9ab,
        ,,,,blank ids stay blank
        C00018,4010232137,31/02/2003,Brighton,x
        C00019,4010232137,2003-01-01
        """);
  }

  @Test
  void replacesIdentifiersChecksNhsNumbersDegradesAndWritesAManifest() throws IOException {
    Path output = dir.resolve("out/pseudonymised.csv");

    Result r = cli("pseudonymise", "--key-file", keyFile.toString(), "--columns", "child_id", "--nhs-columns",
        "nhs_number", "--degrade", "dob=month", "--degrade", "POSTCODE=sector", input.toString(), output.toString());

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    String c17 = Pseudonyms.hmacSha256Hex(KEY.getBytes(StandardCharsets.UTF_8), "C00017X".getBytes(StandardCharsets.UTF_8));
    String nhs = Pseudonyms.hmacSha256Hex(KEY.getBytes(StandardCharsets.UTF_8), "9434765919".getBytes(StandardCharsets.UTF_8));
    String c18 = Pseudonyms.hmacSha256Hex(KEY.getBytes(StandardCharsets.UTF_8), "C00018".getBytes(StandardCharsets.UTF_8));
    String nhs2 = Pseudonyms.hmacSha256Hex(KEY.getBytes(StandardCharsets.UTF_8), "4010232137".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readAllLines(output)).containsExactly(
        "child_id,NHS_Number,DOB,postcode,note",
        c17 + "," + nhs + ",2003-05,BN1 1,\"said \"\"hi\"\", left\"",
        c17 + ",,2003-05,RH10 9,",
        "\"\",,,,blank ids stay blank", // RFC 4180 printers quote an empty first field
        c18 + "," + nhs2 + ",,,x",
        "\"\",,,,");
    assertThat(r.err()).contains(
        "raw.csv line 3, column NHS_Number: not a valid NHS number (ten digits with a Modulus 11 check digit) "
            + "[invalid_nhs_number]; left blank",
        "raw.csv line 5, column DOB: not a date written yyyy-MM-dd, dd/MM/yyyy or yyyy-MM [invalid_date]; left blank",
        "raw.csv line 5, column postcode: not a full UK postcode [invalid_postcode]; left blank",
        "raw.csv line 6: the row has 3 fields but the header has 5 [field_count]; written with every field blank")
        .doesNotContain("9434765918", "Brighton", "31/02/2003", "C00019");
    String fingerprint = org.cseprofile.pseudonym.PseudonymKey.fromFile(keyFile).fingerprint();
    assertThat(r.out()).contains("Pseudonymised raw.csv -> " + output + ": 5 rows, key fingerprint " + fingerprint,
        "child_id                 pseudonymise            3          1          1",
        "nhs_number               nhs_number              2          1          2",
        "POSTCODE                 sector                  2          1          2");
    JsonNode manifest = new ObjectMapper().readTree(dir.resolve("out/pseudonymised.csv.manifest.json").toFile());
    assertThat(manifest.get("key_fingerprint").asText()).isEqualTo(fingerprint);
    assertThat(manifest.get("rows").asLong()).isEqualTo(5);
    assertThat(manifest.at("/columns/nhs_number/invalid_lines").toString()).isEqualTo("[3,6]");
    assertThat(manifest.at("/output/sha256").asText()).hasSize(64);
    assertThat(Files.readString(dir.resolve("out/pseudonymised.csv.manifest.json"))).doesNotContain(KEY);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output))).isEqualTo("rw-------");
    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .as("no temporary file left").containsExactly("pseudonymised.csv", "pseudonymised.csv.manifest.json");
    }
  }

  @Test
  void aKeyFromAnEnvironmentVariableGivesTheSamePseudonymsAsTheSameKeyInAFile() throws IOException {
    String key = System.getenv(KEY_VARIABLE);
    Files.writeString(keyFile, key);
    Path fromFile = dir.resolve("a.csv");
    Path fromEnv = dir.resolve("b.csv");

    assertThat(cli("pseudonymise", "--key-file", keyFile.toString(), "--columns", "child_id", input.toString(),
        fromFile.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(cli("pseudonymise", "--key-env", KEY_VARIABLE, "--columns", "child_id", input.toString(),
        fromEnv.toString()).exitCode()).isEqualTo(ExitCodes.OK);

    assertThat(Files.readString(fromEnv)).isEqualTo(Files.readString(fromFile)).doesNotContain("C00018");
  }

  @Test
  void unsafeShortOrMissingKeysAndBadInputAreRefusedWithoutWritingOutput() throws IOException {
    Path output = dir.resolve("never.csv");
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
    Result readable = cli("pseudonymise", "--key-file", keyFile.toString(), "--columns", "child_id", input.toString(),
        output.toString());
    assertThat(readable.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(readable.err()).contains("can be read or changed by other users (permissions rw-r--r--); make it "
        + "private with: chmod 600 " + keyFile).doesNotContain(KEY);

    Files.writeString(keyFile, "too-short");
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
    Result shortKey = cli("pseudonymise", "--key-file", keyFile.toString(), "--columns", "child_id", input.toString(),
        output.toString());
    assertThat(shortKey.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(shortKey.err()).contains("is 9 bytes; at least 32 are needed").doesNotContain("too-short");

    Result unset = cli("pseudonymise", "--key-env", "CSE_PROFILE_NO_SUCH_VARIABLE", "--columns", "child_id",
        input.toString(), output.toString());
    assertThat(unset.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(unset.err()).contains("environment variable CSE_PROFILE_NO_SUCH_VARIABLE is not set");

    Files.writeString(keyFile, KEY);
    Result noColumn = cli("pseudonymise", "--key-file", keyFile.toString(), "--columns", "CHILD", input.toString(),
        output.toString());
    assertThat(noColumn.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(noColumn.err()).contains("raw.csv: column CHILD is not in the header row [missing_column]");

    Path broken = dir.resolve("broken.csv");
    Files.writeString(broken, "child_id,note\nC1,\"unclosed\nC2,x\n");
    Result quotes = cli("pseudonymise", "--key-file", keyFile.toString(), "--columns", "child_id", broken.toString(),
        output.toString());
    assertThat(quotes.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(quotes.err()).contains("broken.csv line 2: a quote is not closed", "nothing was written")
        .doesNotContain("C2");

    Result noInput = cli("pseudonymise", "--key-file", keyFile.toString(), "--columns", "child_id",
        dir.resolve("nothing.csv").toString(), output.toString());
    assertThat(noInput.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(noInput.err()).contains("does not exist or is not a file");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).doesNotContain("never.csv")
          .noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void badArgumentsExitWithCodeTwo() {
    List<List<String>> bad = List.of(
        List.of("--columns", "child_id", "in.csv", "out.csv"),
        List.of("--key-file", "k", "--key-env", "V", "--columns", "child_id", "in.csv", "out.csv"),
        List.of("--key-file", "k", "in.csv", "out.csv"),
        List.of("--key-file", "k", "--columns", "child_id", "--degrade", "DOB=year", "in.csv", "out.csv"),
        List.of("--key-file", "k", "--columns", "child_id", "--nhs-columns", "CHILD_ID", "in.csv", "out.csv"),
        List.of("--key-file", "k", "--columns", "child_id", "same.csv", "same.csv"));
    List<String> messages = List.of(
        "Missing required argument (specify one of these): (--key-file=FILE | --key-env=VARIABLE)",
        "--key-file=FILE, --key-env=VARIABLE are mutually exclusive",
        "name at least one identifier column to pseudonymise (--columns)",
        "--degrade DOB=year: say month (dates of birth) or sector (postcodes)",
        "column CHILD_ID is named twice in --columns, --nhs-columns and --degrade",
        "the output file must not be the input file");
    for (int i = 0; i < bad.size(); i++) {
      List<String> args = new java.util.ArrayList<>(List.of("pseudonymise"));
      args.addAll(bad.get(i));
      Result r = cli(args.toArray(String[]::new));
      assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_ARGUMENTS);
      assertThat(r.err()).as(String.join(" ", args)).contains(messages.get(i));
    }
  }

  @Test
  void helpExplainsTheKeyAndShowsExamples() {
    Result help = cli("pseudonymise", "--help");
    assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(help.out()).contains("openssl rand -base64 48 > cse.key && chmod 600 cse.key",
        "cse-profile pseudonymise --key-file cse.key --columns CHILD", "never from the command line", "Exit codes:");
  }
}
