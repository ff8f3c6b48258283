package org.cseprofile.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Rows of one file that broke one rule in one column: how many, and the first line numbers, so a
 * data officer can find them. Never carries a value.
 */
public record RowProblem(Rule rule, String column, long rows, List<Long> firstLines) {
  /** How many line numbers are kept per problem. */
  public static final int LINES_KEPT = 5;

  /** Quarantined rows before warnings, then the most frequent first. */
  public static final Comparator<RowProblem> MOST_SERIOUS_FIRST = Comparator
      .comparing((RowProblem p) -> p.rule().severity() != Severity.REJECT_ROW)
      .thenComparing(RowProblem::rows, Comparator.reverseOrder())
      .thenComparing(p -> p.rule().id())
      .thenComparing(p -> p.column() == null ? "" : p.column());

  public RowProblem {
    Objects.requireNonNull(rule, "rule");
    firstLines = List.copyOf(firstLines);
    if (rule.severity() == Severity.REJECT_FILE) {
      throw new IllegalArgumentException("rule must concern rows, was " + rule.id());
    }
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1, was " + rows);
    }
  }

  /** Whether the rows were quarantined (rather than accepted with a warning). */
  public boolean quarantined() {
    return rule.severity() == Severity.REJECT_ROW;
  }
}
