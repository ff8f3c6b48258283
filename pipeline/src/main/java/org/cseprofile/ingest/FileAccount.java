package org.cseprofile.ingest;

import java.util.List;
import java.util.Objects;

/**
 * The row accounting of one input file: rows read (data records, header and blank lines not
 * counted), accepted and quarantined, with the file's problems. A file rejected as a whole has
 * no rows read.
 */
public record FileAccount(
    String extract, String file, long bytes, long rowsRead, long accepted, long quarantined,
    TextEncoding encoding, List<FileProblem> problems) {

  public FileAccount {
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(file, "file");
    problems = List.copyOf(problems);
    if (rowsRead < 0 || accepted < 0 || quarantined < 0) {
      throw new IllegalArgumentException("counts must not be negative (file " + file + ")");
    }
  }

  /** Whether rows read = rows accepted + rows quarantined. */
  public boolean balances() {
    return rowsRead == accepted + quarantined;
  }

  /** Whether the whole file was rejected. */
  public boolean rejected() {
    return problems.stream().anyMatch(p -> p.rule().severity() == Severity.REJECT_FILE);
  }
}
