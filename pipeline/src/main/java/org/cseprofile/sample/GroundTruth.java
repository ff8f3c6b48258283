package org.cseprofile.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cseprofile.period.Period;

/**
 * The statistics the generator planted, computed from its own model of each child with plain
 * loops (independently of the Spark pipeline), written as {@code ground-truth.json}.
 */
final class GroundTruth {
  /** File name of the ground truth, next to the extracts. */
  static final String FILE_NAME = "ground-truth.json";
  static final String PARTNERSHIP = "ALL";

  private final List<Period> quarters;
  private final Map<String, long[]> cohort = new TreeMap<>();
  private final Map<String, long[]> ageByGender = new TreeMap<>();

  GroundTruth(LocalDate from, LocalDate to) {
    List<Period> list = new java.util.ArrayList<>();
    for (Period q = Period.quarterContaining(from); !q.start().isAfter(to); q = Period.quarterContaining(q.end().plusDays(1))) {
      list.add(q);
    }
    this.quarters = List.copyOf(list);
  }

  List<Period> quarters() {
    return quarters;
  }

  /** Counts a CSE register child in every quarter it was open to CSE concern. */
  void addCohortChild(SyntheticChild child) {
    for (Period q : quarters) {
      SyntheticChild.Episode latest = null;
      for (SyntheticChild.Episode e : child.episodes()) {
        if (q.overlaps(e.identified(), e.closed()) && (latest == null || e.identified().isAfter(latest.identified()))) {
          latest = e;
        }
      }
      if (latest == null) {
        continue;
      }
      int age = java.time.Period.between(child.birthMonth(), q.end()).getYears();
      for (String area : List.of(latest.laCode(), PARTNERSHIP)) {
        increment(cohort, q.label() + "|" + area);
        increment(ageByGender, q.label() + "|" + area + "|" + child.gender() + "|" + String.format("%02d", age));
      }
    }
  }

  private static void increment(Map<String, long[]> counts, String key) {
    counts.computeIfAbsent(key, k -> new long[1])[0]++;
  }

  /** Writes the ground truth with the generator's parameters and the rows written per extract. */
  void write(Path file, SampleConfig config, Map<String, Long> rows) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    ObjectNode generator = root.putObject("generator");
    generator.put("seed", config.seed());
    generator.put("children", config.children());
    generator.put("from", config.from().toString());
    generator.put("to", config.to().toString());
    config.authorities().forEach(generator.putArray("authorities")::add);
    ObjectNode rowCounts = root.putObject("rows");
    rows.forEach(rowCounts::put);
    ObjectNode statistics = root.putObject("statistics");
    ArrayNode cohortRows = statistics.putArray("cohort");
    cohort.forEach((key, count) -> {
      String[] k = key.split("\\|");
      cohortRows.addObject().put("period", k[0]).put("la_code", k[1]).put("children_open", count[0]);
    });
    ArrayNode ageRows = statistics.putArray("age_by_gender");
    ageByGender.forEach((key, count) -> {
      String[] k = key.split("\\|");
      ageRows.addObject().put("period", k[0]).put("la_code", k[1]).put("gender", k[2])
          .put("age", Integer.parseInt(k[3])).put("children", count[0]);
    });
    root.set("hotspots", PlantedHotspots.json(json, config.authorities()));
    try {
      json.writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
