package org.cseprofile.reports.published;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A table that has passed disclosure control: the only kind of data the reports module accepts.
 * It names the period and the disclosure policy it was published under, what each measure holds, and
 * its notes: how the table was redesigned before suppression (a category counted with another), in
 * words for a reader.
 */
public record PublishedTable(String name, String period, String policy, List<String> dimensions, List<String> measures,
    List<MeasureKind> kinds, List<PublishedRow> rows, List<String> notes) {

  public PublishedTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(policy, "policy");
    dimensions = List.copyOf(dimensions);
    measures = List.copyOf(measures);
    kinds = List.copyOf(kinds);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    if (kinds.size() != measures.size()) {
      throw new IllegalArgumentException("kinds must name one kind per measure (table " + name + ")");
    }
    for (PublishedRow row : rows) {
      if (row.dimensions().size() != dimensions.size() || row.cells().size() != measures.size()) {
        throw new IllegalArgumentException("rows must match the table's dimensions and measures (table " + name + ")");
      }
    }
  }

  /** A table without notes. */
  public PublishedTable(String name, String period, String policy, List<String> dimensions, List<String> measures,
      List<MeasureKind> kinds, List<PublishedRow> rows) {
    this(name, period, policy, dimensions, measures, kinds, rows, List.of());
  }

  /** A table whose measures are all counts. */
  public PublishedTable(
      String name, String period, String policy, List<String> dimensions, List<String> measures, List<PublishedRow> rows) {
    this(name, period, policy, dimensions, measures, measures.stream().map(m -> MeasureKind.COUNT).toList(), rows);
  }

  /** What the measure {@code column} holds. */
  public MeasureKind kind(String column) {
    return kinds.get(measure(column));
  }

  /** The one row whose dimensions are {@code key} (in dimension order). */
  public PublishedRow row(String... key) {
    List<String> wanted = List.of(key);
    return rows.stream().filter(r -> r.dimensions().equals(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("table " + name + " has no row " + wanted));
  }

  /** The cell of {@code column} in the row {@code key}. */
  public PublishedCell cell(String column, String... key) {
    return row(key).cells().get(measure(column));
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
