package org.cseprofile.disclosure;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One period of a restricted table, collected to the driver (aggregate tables are small): its
 * dimension columns (the row key, as text) and its measure values (Long counts, Double
 * statistics, null when not available). Exact numbers: never published as they are.
 */
public final class RestrictedTable {
  private final String name;
  private final List<String> dimensions;
  private final List<String> measures;
  private final List<Row> rows;
  private final List<String> notes;
  private final Map<List<String>, Row> index = new HashMap<>();

  /** One row: its key (dimension values in order) and its measures by column name. */
  public record Row(List<String> key, Map<String, Object> values) {
    public Row {
      key = List.copyOf(key);
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A count (null when not available). */
    public Long count(String column) {
      Object v = values.get(column);
      return v == null ? null : ((Number) v).longValue();
    }

    /** A dimension value. */
    public String dimension(List<String> dimensions, String column) {
      return key.get(dimensions.indexOf(column));
    }
  }

  public RestrictedTable(String name, List<String> dimensions, List<String> measures, List<Row> rows) {
    this(name, dimensions, measures, rows, List.of());
  }

  /**
   * A table with notes for its readers: how it was redesigned before suppression ({@link Recoding}),
   * published with it.
   */
  public RestrictedTable(String name, List<String> dimensions, List<String> measures, List<Row> rows,
      List<String> notes) {
    this.notes = List.copyOf(notes);
    this.name = Objects.requireNonNull(name, "name");
    this.dimensions = List.copyOf(dimensions);
    this.measures = List.copyOf(measures);
    this.rows = List.copyOf(rows);
    for (Row row : this.rows) {
      if (row.key().size() != this.dimensions.size() || index.put(row.key(), row) != null) {
        throw new IllegalArgumentException("restricted table " + name + " has a row key repeated or of the wrong size");
      }
    }
  }

  public String name() {
    return name;
  }

  public List<String> dimensions() {
    return dimensions;
  }

  public List<String> measures() {
    return measures;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The notes published with the table (none unless a recoding changed it). */
  public List<String> notes() {
    return notes;
  }

  /** The value of {@code column} in the row {@code key}, or throws when there is no such row. */
  public Long count(String column, List<String> key) {
    return row(key).count(column);
  }

  /** The row with this key. */
  public Row row(List<String> key) {
    Row row = index.get(key);
    if (row == null) {
      throw new IllegalArgumentException("restricted table " + name + " has no row " + key);
    }
    return row;
  }

  /** Whether the table has a row with this key. */
  public boolean has(List<String> key) {
    return index.containsKey(key);
  }

  /** Distinct values of a dimension, in row order. */
  public List<String> values(String dimension) {
    int i = dimensions.indexOf(dimension);
    return rows.stream().map(r -> r.key().get(i)).distinct().toList();
  }

}
