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

  /** Records a planted group (its children are counted with {@link #addChild}). */
  void addPlantedGroup(PlantedGroup group) {
    profile.addPlantedGroup(group);
  }

  /** Counts an incident with no identified victim. */
  void addUnlinkedIncident(SyntheticChild.Incident incident) {
    profile.addUnlinkedIncident(incident);
  }

  /** Writes the ground truth with the generator's parameters and the rows written per extract. */
  void write(Path file, SampleConfig config, Map<String, Long> rows) {
    write(file, config, rows, null);
  }

  /**
   * Writes the ground truth of a dirty data set: also, per file, the rows the pipeline must read, and
   * quarantine or flag by rule. The statistics describe the clean data, before defects were put in.
   */
  void write(Path file, SampleConfig config, Map<String, Long> rows, DefectInjector.Defects defects) {
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
    profile.writeNetworkInto(root.putObject("network_groups"));
    if (profile.hasPlantedGroups()) {
      profile.writePlantedInto(root.putArray("planted_groups"));
    }
    if (defects != null) {
      ObjectNode d = root.putObject("defects");
      d.put("note", "The extracts carry the defects listed here; statistics describe the data before they were "
          + "put in. Dates from " + defects.futureFrom() + " on are in the future for earlier run dates.");
      d.put("future_from", String.valueOf(defects.futureFrom()));
      ObjectNode files = d.putObject("files");
      defects.files().forEach((name, expected) -> {
        ObjectNode f = files.putObject(name);
        f.put("rows_read", expected.rows);
        ObjectNode q = f.putObject("quarantined");
        expected.quarantined.forEach(q::put);
        ObjectNode w = f.putObject("warned");
        expected.warned.forEach(w::put);
        expected.fileWarnings.forEach(f.putArray("file_warnings")::add);
      });
    }
    root.set("hotspots", PlantedHotspots.json(json, config.authorities()));
    try {
      json.writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
