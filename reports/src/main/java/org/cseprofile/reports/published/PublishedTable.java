package org.cseprofile.reports.published;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A table that has passed disclosure control: the only kind of data the reports module accepts.
 * It names the period and the disclosure policy it was published under.
 */
public record PublishedTable(
    String name, String period, String policy, List<String> dimensions, List<String> measures, List<PublishedRow> rows) {

  public PublishedTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(policy, "policy");
    dimensions = List.copyOf(dimensions);
    measures = List.copyOf(measures);
    rows = List.copyOf(rows);
    for (PublishedRow row : rows) {
      if (row.dimensions().size() != dimensions.size() || row.cells().size() != measures.size()) {
        throw new IllegalArgumentException("rows must match the table's dimensions and measures (table " + name + ")");
      }
    }
  }

  /** Position of a dimension column. */
  public int dimension(String column) {
    int i = dimensions.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("table " + name + " has no dimension " + column);
    }
    return i;
  }

  /** Position of a measure column. */
  public int measure(String column) {
    int i = measures.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("table " + name + " has no measure " + column);
    }
    return i;
  }

  /** The rows whose dimension {@code column} equals {@code value}. */
  public List<PublishedRow> rowsWhere(String column, String value) {
    int i = dimension(column);
    Predicate<PublishedRow> match = r -> value.equals(r.dimensions().get(i));
    return rows.stream().filter(match).toList();
  }
}
