package org.cseprofile.ingest;

import java.util.Objects;

/**
 * A problem with a whole file or its header: the file, the rule, and the column concerned (or
 * null). Never carries a cell value.
 */
public record FileProblem(String extract, String file, Rule rule, String column) implements java.io.Serializable {

  public FileProblem {
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rule, "rule");
  }

  /** A one-line message for a data officer: where, what, and what to do. */
  public String message() {
    String where = column == null ? file : file + ", column " + column;
    return where + ": " + rule.description() + " [" + rule.id() + "]; " + rule.advice();
  }
}
