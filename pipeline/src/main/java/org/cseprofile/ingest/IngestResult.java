package org.cseprofile.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the ingest step produced: each extract's data, every file's accounting, the completeness of
 * optional columns, files ignored, and the run date the rows were checked against.
 */
public record IngestResult(
    Map<String, ExtractData> extracts, List<FileAccount> files, List<Completeness> completeness,
    List<String> ignoredFiles, LocalDate runDate) {

  public IngestResult {
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
