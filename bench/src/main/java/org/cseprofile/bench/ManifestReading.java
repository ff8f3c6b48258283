package org.cseprofile.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the benchmark needs from a run's {@code runs/<period>/manifest.json}: the stages in the order
 * they ran with their seconds (whatever stages the run has), the Spark jobs each started (none known for a
 * manifest without {@code spark_jobs}), the input rows and bytes read, and what disclosure control withheld
 * (null when the manifest does not say).
 */
public record ManifestReading(Map<String, Double> stageSeconds, Map<String, Long> stageJobs, long rowsRead,
    long bytesRead, int files, Withheld withheld) {

  /** Counts shown, withheld as small (primary) and to protect them (secondary), with their total values. */
  public record Withheld(long shown, long primary, long primaryValue, long secondary, long secondaryValue) {}

  public ManifestReading {
    stageSeconds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
    stageJobs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageJobs));
  }

  /** Reads the manifest file. */
  public static ManifestReading read(Path manifest) {
    try {
      return parse(new ObjectMapper().readTree(manifest.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the run manifest " + manifest, e);
    }
  }

  /** The fields of a manifest document. */
  static ManifestReading parse(JsonNode document) {
    JsonNode timings = document.path("timings_seconds");
    if (!timings.isObject() || timings.isEmpty()) {
      throw new IllegalArgumentException("the manifest has no timings_seconds");
    }
    Map<String, Double> stages = new LinkedHashMap<>();
    timings.fields().forEachRemaining(e -> stages.put(e.getKey(), e.getValue().asDouble()));
    Map<String, Long> jobs = new LinkedHashMap<>();
    document.path("spark_jobs").fields().forEachRemaining(e -> jobs.put(e.getKey(), e.getValue().asLong()));
    long rows = 0;
    long bytes = 0;
    int files = 0;
    for (JsonNode input : document.path("inputs")) {
      rows += input.path("rows_read").asLong();
      bytes += input.path("bytes").asLong();
      files++;
    }
    JsonNode d = document.path("disclosure");
    Withheld withheld = d.isObject() ? new Withheld(d.path("shown").asLong(), d.path("primary").asLong(),
        d.path("primary_value").asLong(), d.path("secondary").asLong(), d.path("secondary_value").asLong()) : null;
    return new ManifestReading(stages, jobs, rows, bytes, files, withheld);
  }

  /** The seconds of every stage added up. */
  public double stagesTotal() {
    return stageSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** The Spark jobs of every stage added up. */
  public long jobsTotal() {
    return stageJobs.values().stream().mapToLong(Long::longValue).sum();
  }
}
