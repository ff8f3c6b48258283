package org.cseprofile.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the ingest step produced: each extract's data, every file's accounting, the completeness of
 * optional columns, files ignored, the run date the rows were checked against, the mapping files applied, and
 * advice on the headers of files refused for missing columns.
 */
public record IngestResult(
    Map<String, ExtractData> extracts, List<FileAccount> files, List<Completeness> completeness,
    List<String> ignoredFiles, LocalDate runDate, List<MappingFile> mappings, List<HeaderAdvice> advice) {

  /** A result read without mapping files. */
  public IngestResult(Map<String, ExtractData> extracts, List<FileAccount> files, List<Completeness> completeness,
      List<String> ignoredFiles, LocalDate runDate) {
    this(extracts, files, completeness, ignoredFiles, runDate, List.of(), List.of());
  }

  public IngestResult {
    mappings = List.copyOf(mappings);
    advice = List.copyOf(advice);
    extracts = Map.copyOf(extracts);
    files = List.copyOf(files);
    completeness = List.copyOf(completeness);
    ignoredFiles = List.copyOf(ignoredFiles);
    Objects.requireNonNull(runDate, "runDate");
  }

  /** The data of one extract (empty datasets when no file of it was supplied). */
  public ExtractData extract(String name) {
    ExtractData data = extracts.get(name);
    if (data == null) {
      throw new IllegalArgumentException("no extract named " + name);
    }
    return data;
  }

  /** Files whose rows read do not equal accepted plus quarantined. */
  public List<FileAccount> unbalanced() {
    return files.stream().filter(f -> !f.balances()).toList();
  }

  /** Files rejected as a whole. */
  public List<FileAccount> rejected() {
    return files.stream().filter(FileAccount::rejected).toList();
  }
}
