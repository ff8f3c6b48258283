package org.cseprofile.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cseprofile.period.Period;

/**
 * The statistics the generator planted, computed from its own model of each child with plain
 * loops (independently of the Spark pipeline), written as {@code ground-truth.json}.
 */
final class GroundTruth {
  /** File name of the ground truth, next to the extracts. */
  static final String FILE_NAME = "ground-truth.json";

  private final ProfileTruth profile;

  GroundTruth(LocalDate from, LocalDate to) {
    List<Period> quarters = new ArrayList<>();
    for (Period q = Period.quarterContaining(from); !q.start().isAfter(to); q = Period.quarterContaining(q.end().plusDays(1))) {
      quarters.add(q);
    }
    this.profile = new ProfileTruth(quarters, to);
  }

  /** Counts a child of the CSE register, or a child known only to the missing register, in every statistic. */
  void addChild(SyntheticChild child) {
    profile.addChild(child);
  }

  /** Counts an incident with no identified victim. */
  void addUnlinkedIncident(SyntheticChild.Incident incident) {
    profile.addUnlinkedIncident(incident);
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
    generator.put("repeat_missing", ProfileTruth.REPEAT_EPISODES + " episodes within " + ProfileTruth.REPEAT_DAYS + " days");
    profile.detailQuarters().forEach(q -> root.withArray("detail_quarters").add(q.label()));
    ObjectNode rowCounts = root.putObject("rows");
    rows.forEach(rowCounts::put);
    profile.writeInto(root.putObject("statistics"));
    try {
      json.writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
