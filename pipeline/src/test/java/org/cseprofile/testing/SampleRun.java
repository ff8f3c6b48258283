package org.cseprofile.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.geography.GeographySettings;
import org.cseprofile.period.Period;
import org.cseprofile.run.ProfileRun;
import org.cseprofile.run.RunConfig;
import org.cseprofile.run.RunListener;
import org.cseprofile.run.RunResult;

/**
 * One run of the bundled sample for 2016-Q4 under the partnership policy, with its synthetic boundaries and
 * population, made once per test JVM and
 * shared by the test classes that only read its output (a full run is the slowest thing in the suite).
 */
public final class SampleRun {
  public static final Period PERIOD = Period.parseQuarter("2016-Q4");
  public static final LocalDate RUN_DATE = LocalDate.of(2017, 1, 15);
  public static final Path SAMPLE = Path.of("..", "sample-data");
  /** The sample's synthetic boundaries and population, as README shows them given. */
  public static final GeographySettings GEOGRAPHY = new GeographySettings(
      List.of(SAMPLE.resolve("reference/boundaries.geojson").toString()), List.of(),
      Optional.of(SAMPLE.resolve("reference/population.csv").toString()));

  private static Path output;
  private static RunResult result;

  private SampleRun() {}

  /** The result of the shared run, made on first use. */
  public static synchronized RunResult result(SparkSession spark) {
    if (result == null) {
      try {
        output = Files.createTempDirectory("cse-profile-sample-run");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(output)));
      result = new ProfileRun(spark, RunListener.SILENT).run(new RunConfig(SAMPLE.toString(), output.toString(), PERIOD,
          RUN_DATE, DisclosurePolicy.PARTNERSHIP).withGeography(GEOGRAPHY));
    }
    return result;
  }

  /** The output folder of the shared run; read it, never write into it. */
  public static synchronized Path output(SparkSession spark) {
    result(spark);
    return output;
  }

  private static void delete(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
