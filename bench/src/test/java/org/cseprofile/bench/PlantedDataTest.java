package org.cseprofile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlantedDataTest {

  @Test
  void dataWithoutPlantedGroupsAreGeneratedAgain(@TempDir Path dir) throws IOException {
    Path truth = dir.resolve("ground-truth.json");
    assertThat(Benchmark.plantedGroups(truth)).isFalse();

    Files.writeString(truth, "{\"rows\":{},\"network_groups\":{}}");
    assertThat(Benchmark.plantedGroups(truth)).isFalse();

    Files.writeString(truth, "{\"rows\":{},\"network_groups\":{},\"planted_groups\":[]}");
    assertThat(Benchmark.plantedGroups(truth)).isTrue();
  }
}
