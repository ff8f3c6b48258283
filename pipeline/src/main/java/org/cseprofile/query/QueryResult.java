package org.cseprofile.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The rows a query returned, at most {@code limit} of them, with each column's name and kind.
 * Cells are {@code null}, a {@code String}, a {@code Long}, a {@code java.math.BigDecimal} or
 * another value printed as text; a published result holds status symbols (such as {@code c}) as strings.
 */
public record QueryResult(List<String> columns, List<ColumnKind> kinds, List<Boolean> tableColumns,
    List<java.util.Set<String>> numberSources, List<List<Object>> rows, int limit, Completeness completeness) {

  /**
   * {@code tableColumns}: for each column, whether it is a table's column taken unchanged (or a constant), as opposed
   * to a value computed by the query; only those may be dimensions under {@code --publish}. {@code numberSources}:
   * for each column, the tables' number columns (and numeric aggregates) its value is computed from, whatever its type.
   */
  public QueryResult {
    columns = List.copyOf(columns);
    kinds = List.copyOf(kinds);
    tableColumns = List.copyOf(tableColumns);
    numberSources = numberSources.stream().map(java.util.Set::copyOf).toList();
    if (columns.size() != kinds.size() || columns.size() != tableColumns.size()
        || columns.size() != numberSources.size()) {
      throw new IllegalArgumentException("columns, kinds, tableColumns and numberSources must have the same size");
    }
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("every row must have one cell per column");
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
    Objects.checkIndex(0, limit);
    Objects.requireNonNull(completeness, "completeness");
  }

  /** Whether the query returned more rows than the limit let through. */
  public enum Completeness {
    /** Every row of the result is here. */
    COMPLETE,
    /** The result had more rows than the limit. */
    TRUNCATED
  }

  /** What a column holds, as far as printing and disclosure control care. */
  public enum ColumnKind {
    /** Text and dates: printed as they are, left-aligned. */
    TEXT,
    /** Whole numbers: counts unless declared dimensions; right-aligned. */
    WHOLE_NUMBER,
    /** Numbers with a fraction (rates, means): cannot be published by count suppression. */
    FRACTION
  }
}
