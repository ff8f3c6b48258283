package org.cseprofile.ingest;

import java.util.List;

/**
 * One CSV record as read from a file: the physical line where it starts, and either its raw
 * fields or the rule its framing broke ({@code malformed_quotes}, {@code row_too_long}).
 */
public record RawRecord(long line, List<String> fields, Rule rule) {

  public RawRecord {
    if ((fields == null) == (rule == null)) {
      throw new IllegalArgumentException("fields must be given exactly when no rule is broken (line " + line + ")");
    }
    fields = fields == null ? null : List.copyOf(fields);
  }

  /** Whether the record could be split into fields. */
  public boolean readable() {
    return rule == null;
  }
}
