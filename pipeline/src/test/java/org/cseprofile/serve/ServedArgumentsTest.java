package org.cseprofile.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServedArgumentsTest {
  private static final Set<String> PATHS = Set.of("--input", "--output");

  @Test
  void pathsBecomeAbsoluteAndTheServerOptionIsLeftOut() {
    List<String> sent = ServedArguments.of(List.of("run", "--input", "sample-data", "--output=out/../x", "--server",
        "/run/s.sock", "--period", "2016-Q4", "--server=/run/t.sock", "--gender", "F"), PATHS, Set.of("--server"),
        Path.of("/home/analyst"));

    assertThat(sent).containsExactly("run", "--input", "/home/analyst/sample-data", "--output=/home/analyst/x",
        "--period", "2016-Q4", "--gender", "F");
  }

  @Test
  void absolutePathsAndOtherFileSystemsAreKept() {
    List<String> sent = ServedArguments.of(List.of("query", "--output", "hdfs://nn/profile", "--input", "/data/in",
        "select 1"), PATHS, Set.of(), Path.of("/home/analyst"));

    assertThat(sent).containsExactly("query", "--output", "hdfs://nn/profile", "--input", "/data/in", "select 1");
  }
}
