package org.cseprofile.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {
  @TempDir
  Path dir;

  @Test
  void theSameSeedGivesTheSameFilesAndAnotherSeedDifferentOnes() throws IOException {
    generate(7, dir.resolve("a"));
    generate(7, dir.resolve("b"));
    generate(8, dir.resolve("c"));

    for (Path file : files(dir.resolve("a"))) {
      Path relative = dir.resolve("a").relativize(file);
      assertThat(Files.mismatch(file, dir.resolve("b").resolve(relative))).as(relative.toString()).isEqualTo(-1L);
    }
    assertThat(Files.mismatch(dir.resolve("a/cse_cohort.csv"), dir.resolve("c/cse_cohort.csv"))).isNotEqualTo(-1L);
  }

  @Test
  void writesEveryExtractInTheContractLayout() throws IOException {
    SampleSummary summary = generate(1, dir);

    assertThat(summary.rows().keySet())
        .containsExactly("cse_cohort", "education", "health", "missing", "incidents", "suspects");
    assertThat(files(dir)).extracting(p -> dir.relativize(p).toString().replace('\\', '/')).containsExactlyInAnyOrder(
        "cse_cohort.csv", "education.csv", "health.csv", "incidents.csv", "suspects.csv", "ground-truth.json",
        "missing/E06000043.csv", "missing/E10000011.csv", "missing/E10000032.csv", "reference/boundaries.geojson",
        "reference/population.csv");
    assertThat(Files.readAllLines(dir.resolve("missing/E06000043.csv")).get(0))
        .isEqualTo("CHILD,DOB,MISSING,MIS_START,MIS_END,LA,RHI_OFFERED,RHI_ACCEPTED,FOUND_EASTING,FOUND_NORTHING");
    long cohortLines = Files.readAllLines(dir.resolve("cse_cohort.csv")).size() - 1;
    assertThat(summary.rows().get("cse_cohort")).isEqualTo(cohortLines).isGreaterThanOrEqualTo(100);
  }

  @Test
  void configIsValidated() {
    assertThatThrownBy(() -> new SampleConfig(1, 0, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31),
        SampleConfig.SUSSEX, "x")).hasMessage("children must be at least 1, was 0");
    assertThatThrownBy(() -> new SampleConfig(1, 10, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 2, 1),
        SampleConfig.SUSSEX, "x")).hasMessageStartingWith("to must be at least 90 days after from");
    assertThatThrownBy(() -> new SampleConfig(1, 10, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31),
        List.of(), "x")).hasMessage("authorities must name at least one local authority");
  }

  private static SampleSummary generate(long seed, Path out) {
    return SampleGenerator.generate(new SampleConfig(seed, 100, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31),
        SampleConfig.SUSSEX, out.toString()));
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
