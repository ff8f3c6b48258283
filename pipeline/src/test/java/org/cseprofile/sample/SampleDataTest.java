package org.cseprofile.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample-data/ is exactly what sample-data/README.md says made it. */
class SampleDataTest {
  static final Path SAMPLE = Path.of("..", "sample-data");

  @Test
  void sampleDataIsReproducedByTheDocumentedCommand(@TempDir Path regenerated) throws IOException {
    // cse-profile generate-sample --seed 7 --children 600 --from 2014-07-01 --to 2016-12-31 --output sample-data
    SampleGenerator.generate(new SampleConfig(7, 600, LocalDate.of(2014, 7, 1), LocalDate.of(2016, 12, 31),
        SampleConfig.SUSSEX, regenerated.toString()));

    List<Path> files;
    try (Stream<Path> walk = Files.walk(regenerated)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSize(11);
    for (Path file : files) {
      Path relative = regenerated.relativize(file);
      assertThat(Files.mismatch(file, SAMPLE.resolve(relative)))
          .as("sample-data/%s differs from the generator's output: regenerate it with the command in "
              + "sample-data/README.md", relative)
          .isEqualTo(-1L);
    }
  }
}
