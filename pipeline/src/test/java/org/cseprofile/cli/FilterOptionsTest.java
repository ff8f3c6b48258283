package org.cseprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cseprofile.run.RunFilters;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class FilterOptionsTest {

  @Command(name = "test")
  static final class Holder {
    @Mixin
    FilterOptions options;
  }

  private static RunFilters parse(String... args) {
    Holder holder = new Holder();
    new CommandLine(holder).parseArgs(args);
    return holder.options.filters();
  }

  @Test
  void noOptionsIsTheStandardProfile() {
    assertThat(parse()).isEqualTo(RunFilters.NONE);
  }

  @Test
  void everyOptionReachesTheFiltersNormalised() {
    assertThat(parse("--la", "E10000032, E06000043", "--gender", "f", "--age-min", "13", "--age-max", "17",
        "--cse-model", " Online "))
        .isEqualTo(new RunFilters(List.of("E06000043", "E10000032"), "F", 13, 17, "online"));
  }
}
