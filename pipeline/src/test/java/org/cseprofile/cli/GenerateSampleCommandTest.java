package org.cseprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code generate-sample --planted-groups} plants the groups; without it nothing is planted. */
class GenerateSampleCommandTest {
  @TempDir
  Path dir;

  @Test
  void plantedGroupsOptionPlantsTheFiveGroups() throws IOException {
    assertThat(generate(dir.resolve("planted"), "--planted-groups")).isZero();
    assertThat(generate(dir.resolve("plain"))).isZero();

    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(dir.resolve("planted/ground-truth.json").toFile()).get("planted_groups"))
        .extracting(g -> g.get("kind").asText())
        .containsExactly("pair", "pair", "pair", "peer_group", "organised_network");
    assertThat(json.readTree(dir.resolve("plain/ground-truth.json").toFile()).has("planted_groups")).isFalse();
  }

  private static int generate(Path out, String... extra) {
    String[] args = {"--seed", "3", "--children", "40", "--from", "2016-01-01", "--to", "2016-12-31",
        "--output", out.toString()};
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    CommandLine command = new CommandLine(new GenerateSampleCommand());
    command.setOut(new PrintWriter(new StringWriter()));
    return command.execute(all);
  }
}
