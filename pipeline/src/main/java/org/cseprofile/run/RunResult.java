package org.cseprofile.run;

import java.util.List;
import java.util.Map;
import org.cseprofile.ingest.FileAccount;

/**
 * What a run did: the row accounting of every input file, the cohort size per area (analyst
 * summary, not for publication), the tables written and the published files (at their final
 * locations), the run id and where its manifest is.
 */
public record RunResult(
    RunConfig config, List<FileAccount> files, Map<String, Long> childrenOpen, WrittenTables written,
    ReportOutputs report, String runId, String manifest) {

  public RunResult {
    files = List.copyOf(files);
    childrenOpen = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(childrenOpen));
  }
}
