package org.cseprofile.ingest;

import java.util.List;
import java.util.Map;

/** What the ingest step produced: each extract's data, every file's accounting, and files ignored. */
public record IngestResult(Map<String, ExtractData> extracts, List<FileAccount> files, List<String> ignoredFiles) {

  public IngestResult {
    extracts = Map.copyOf(extracts);
    files = List.copyOf(files);
    ignoredFiles = List.copyOf(ignoredFiles);
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
}
