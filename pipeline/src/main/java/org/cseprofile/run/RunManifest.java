package org.cseprofile.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.ExtractData;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.ingest.FileProblem;
import org.cseprofile.ingest.IngestResult;
import org.cseprofile.ingest.InputCatalog;
import org.cseprofile.ingest.InputFile;

/**
 * {@code manifest.json}: what a run read, with which code and settings, and what it wrote. It holds
 * file names, sizes, checksums, counts of rows and rule ids, never a value from a file.
 */
public record RunManifest(String runId, Map<String, Object> document) {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  public RunManifest {
    document = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(document));
  }

  /** A new run id: the start time in UTC and a random suffix, for example {@code 20170115T060000Z-3f9a1c}. */
  public static String newRunId(Instant started) {
    return RUN_ID_TIME.format(started) + "-" + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
  }

  /** What the run did, as far as the manifest records it: inputs, settings, and the staged files. */
  record Facts(
      String runId, Instant started, RunConfig config, SparkSession spark, IngestResult ingested, IngestResult selected,
      String stagedRoot, List<String> files) {}

  /**
   * Builds the manifest of a run, once its tables are verified ({@code tableRows}), with its stage timings, the
   * Spark jobs each stage started, and what disclosure control withheld ({@code disclosure}, null for a filtered
   * run, which publishes nothing).
   */
  static RunManifest of(Facts facts, Map<String, Long> tableRows, Map<String, Double> timings, Map<String, Long> jobs,
      org.cseprofile.disclosure.DisclosureSummary disclosure) {
    RunConfig config = facts.config();
    Configuration hadoop = facts.spark().sparkContext().hadoopConfiguration();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", facts.runId());
    m.put("started", facts.started().toString());
    m.put("finished", Instant.now().toString());
    List<String> commandLine = new ArrayList<>();
    commandLine.add("cse-profile");
    commandLine.addAll(config.commandLine());
    m.put("command_line", commandLine);
    m.put("period", ordered("label", config.period().label(), "start", config.period().start().toString(),
        "end", config.period().end().toString()));
    m.put("run_date", config.runDate().toString());
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("description", config.filters().description());
    filters.putAll(config.filters().asMap());
    if (!config.filters().isEmpty()) {
      filters.put("rows_kept", rowsKept(facts.ingested(), facts.selected()));
    }
    m.put("filters", filters);
    CodeVersion code = CodeVersion.current();
    m.put("code", ordered("project_version", code.projectVersion(), "git_commit", code.gitCommit(),
        "git_dirty", code.gitDirty()));
    m.put("spark", ordered("version", facts.spark().version(), "master", facts.spark().sparkContext().master()));
    m.put("disclosure_policy", ordered("name", config.policy().name(),
        "largest_suppressed", config.policy().largestSuppressed(), "rounding_base", config.policy().roundingBase()));
    m.put("settings", ordered(
        "repeat_missing", ordered("episodes", config.profile().repeatEpisodes(), "days", config.profile().repeatDays()),
        "missing_overlaps", config.profile().missingOverlaps().id(),
        "hotspots", ordered("cell_size_metres", config.hotspots().cellSizeMetres(),
            "neighbourhood", config.hotspots().neighbourhood().label(), "top_cells", config.hotspots().topCells(),
            "multiple_testing", config.hotspots().multipleTesting().label(),
            "region", config.hotspots().region().map(RunManifest::region).orElse(config.geography().boundaries().isEmpty()
                ? "automatic: the rectangle of the located events, less any far from all the others"
                : "automatic: the partnership's authorities, from the boundary files")),
        "geography", ordered("boundaries", config.geography().boundaries().stream()
                .map(b -> reference(b, hadoop)).toList(),
            "boundary_fields", config.geography().fields().stream()
                .map(f -> f.level().label() + ":" + f.codeField() + ":" + f.nameField()).toList(),
            "population", config.geography().population().map(p -> reference(p, hadoop)).orElse(null))));
    m.put("analyst", config.analyst().manifest(hadoop));
    m.put("input_folder", config.input());
    m.put("inputs", inputs(config.input(), facts.ingested(), hadoop));
    m.put("ignored_files", facts.ingested().ignoredFiles());
    List<Map<String, Object>> tables = new ArrayList<>();
    tableRows.forEach((name, rows) -> {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("name", name);
      t.put("rows", rows);
      t.put("location", "restricted/" + name + "/period=" + config.period().label());
      tables.add(t);
    });
    List<Map<String, Object>> files = new ArrayList<>();
    String root = qualified(new Path(facts.stagedRoot()), hadoop) + "/";
    for (String file : facts.files()) {
      Path path = new Path(file);
      String location = qualified(path, hadoop);
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("location", location.startsWith(root) ? location.substring(root.length()) : location);
      f.put("bytes", length(path, hadoop));
      f.put("sha256", sha256(path, hadoop));
      files.add(f);
    }
    m.put("outputs", ordered("tables", tables, "files", files));
    if (disclosure != null) {
      // Restricted like the manifest: totals of withheld counts (docs/metrics.md, "Information loss").
      m.put("disclosure", disclosure.asMap());
    }
    m.put("timings_seconds", timings);
    m.put("spark_jobs", jobs);
    return new RunManifest(facts.runId(), m);
  }

  /** A map keeping the order of {@code keysAndValues} (key, value, key, value, ...), so manifests read the same way. */
  public static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /**
   * Rewrites the manifest at {@code manifest} (under the staged output {@code stagedRoot}) so its published files
   * are {@code files} with their present sizes and SHA-256, listed in the order they were, new ones last: after
   * {@code report} redrew the charts and the report.
   */
  static void refreshFiles(Configuration hadoop, Path manifest, String stagedRoot, List<String> files) {
    try {
      FileSystem fs = manifest.getFileSystem(hadoop);
      com.fasterxml.jackson.databind.node.ObjectNode document;
      try (InputStream in = fs.open(manifest)) {
        document = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(in);
      }
      String root = qualified(new Path(stagedRoot), hadoop) + "/";
      List<String> locations = new ArrayList<>();
      for (String file : files) {
        String location = qualified(new Path(file), hadoop);
        locations.add(location.startsWith(root) ? location.substring(root.length()) : location);
      }
      List<String> ordered = new ArrayList<>();
      com.fasterxml.jackson.databind.JsonNode listed = document.at("/outputs/files");
      for (com.fasterxml.jackson.databind.JsonNode entry : listed) {
        String location = entry.path("location").asText();
        if (locations.contains(location)) {
          ordered.add(location);
        }
      }
      locations.stream().filter(l -> !ordered.contains(l)).forEach(ordered::add);
      com.fasterxml.jackson.databind.node.ArrayNode entries = JSON.createArrayNode();
      for (String location : ordered) {
        Path path = new Path(new Path(stagedRoot), location);
        entries.addObject().put("location", location).put("bytes", length(path, hadoop)).put("sha256", sha256(path, hadoop));
      }
      ((com.fasterxml.jackson.databind.node.ObjectNode) document.with("outputs")).set("files", entries);
      try (java.io.OutputStream out = fs.create(manifest, true)) {
        out.write(JSON.writeValueAsBytes(document));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the manifest " + manifest, e);
    }
  }

  /** Replaces the manifest's {@code analyst} entry (the narrative and comparators a redraw used) with {@code analyst}. */
  static void recordAnalyst(Configuration hadoop, Path manifest, Map<String, Object> analyst) {
    try {
      FileSystem fs = manifest.getFileSystem(hadoop);
      com.fasterxml.jackson.databind.node.ObjectNode document;
      try (InputStream in = fs.open(manifest)) {
        document = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(in);
      }
      document.set("analyst", JSON.valueToTree(analyst));
      try (java.io.OutputStream out = fs.create(manifest, true)) {
        out.write(JSON.writeValueAsBytes(document));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the manifest " + manifest, e);
    }
  }

  /** The manifest as pretty-printed JSON (UTF-8). */
  public byte[] toJson() {
    try {
      return JSON.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the manifest as JSON", e);
    }
  }

  private static List<Map<String, Object>> inputs(String inputFolder, IngestResult ingested, Configuration hadoop) {
    Map<String, InputFile> located = new LinkedHashMap<>();
    InputCatalog catalog = InputCatalog.scan(inputFolder, hadoop);
    catalog.files().values().forEach(list -> list.forEach(f -> located.put(f.extract() + "/" + f.displayName(), f)));
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (FileAccount account : ingested.files()) {
      InputFile file = located.get(account.extract() + "/" + account.file());
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("extract", account.extract());
      i.put("file", account.file());
      i.put("bytes", account.bytes());
      i.put("sha256", file == null ? null : sha256(new Path(file.location()), hadoop));
      i.put("encoding", account.encoding() == null ? null : account.encoding().name());
      i.put("rows_read", account.rowsRead());
      i.put("accepted", account.accepted());
      i.put("quarantined", account.quarantined());
      if (account.skipped() > 0) {
        i.put("skipped", account.skipped());
      }
      ingested.mappings().stream().filter(m -> m.extract().equals(account.extract())).findFirst()
          .ifPresent(m -> i.put("mapping", ordered("file", m.file(), "sha256", m.sha256())));
      i.put("rejected", account.rejected());
      account.authority().ifPresent(source -> i.put("authority", source));
      List<Map<String, Object>> problems = new ArrayList<>();
      for (FileProblem p : account.problems()) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("rule", p.rule().id());
        problem.put("column", p.column());
        problems.add(problem);
      }
      i.put("problems", problems);
      inputs.add(i);
    }
    return inputs;
  }

  private static Map<String, Object> rowsKept(IngestResult ingested, IngestResult selected) {
    Map<String, Object> kept = new LinkedHashMap<>();
    for (Map.Entry<String, ExtractData> e : ingested.extracts().entrySet()) {
      long accepted = e.getValue().accepted().count();
      long rows = selected.extract(e.getKey()).accepted().count();
      kept.put(e.getKey(), ordered("accepted", accepted, "kept", rows));
    }
    return kept;
  }

  private static String qualified(Path path, Configuration hadoop) {
    try {
      return path.getFileSystem(hadoop).makeQualified(path).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + path, e);
    }
  }

  private static long length(Path path, Configuration hadoop) {
    try {
      return path.getFileSystem(hadoop).getFileStatus(path).getLen();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + path, e);
    }
  }

  /** The SHA-256 of a file, as lower-case hex, read through Hadoop (works on shared storage too). */
  /** A reference file the run read (boundaries, population): where, and its SHA-256, so a rerun can be checked. */
  private static Map<String, Object> reference(String path, Configuration hadoop) {
    return ordered("path", path, "sha256", sha256(new Path(path), hadoop));
  }

  static String sha256(Path path, Configuration hadoop) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      FileSystem fs = path.getFileSystem(hadoop);
      try (InputStream in = fs.open(path)) {
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) > 0) {
          digest.update(buffer, 0, n);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String region(org.cseprofile.hotspot.StudyRegion r) {
    return r.minEasting() + "," + r.minNorthing() + "," + r.maxEasting() + "," + r.maxNorthing();
  }
}
