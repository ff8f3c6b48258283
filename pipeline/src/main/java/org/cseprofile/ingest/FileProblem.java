package org.cseprofile.ingest;

import java.util.Objects;

/**
 * A problem with a whole file or its header: the file, the rule, and the column concerned (or
 * null). Never carries a cell value.
 */
public record FileProblem(String extract, String file, Rule rule, String column, long line)
    implements java.io.Serializable {

  public FileProblem {
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rule, "rule");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative, was " + line);
    }
  }

  /** A problem of the whole file or its header, at no particular line. */
  public FileProblem(String extract, String file, Rule rule, String column) {
    this(extract, file, rule, column, 0);
  }

  /** A one-line message for a data officer: where, what, and what to do. */
  public String message() {
    String lower = file.toLowerCase(java.util.Locale.ROOT);
    boolean xml = lower.endsWith(".xml");
    boolean workbook = InputFile.isWorkbookName(lower);
    String where = (line > 0 ? file + (workbook ? ", row " : ", line ") + line : file)
        + (column == null ? "" : rule == Rule.MERGED_HEADER || rule == Rule.SHEET_NOT_FOUND ? ", " + column : (xml ? ", element " : ", column ") + column);
    return where + ": " + rule.description() + " [" + rule.id() + "]; " + rule.advice();
  }
}
