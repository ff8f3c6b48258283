package org.cseprofile.bench;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one or more statistics, cell by cell: the key names the statistic, the row (its key
 * columns) and the count column, for example {@code cohort|E10000032|children_open}. Null counts
 * are left out.
 */
public record Figures(Map<String, Long> cells) {

  public Figures {
    cells = Collections.unmodifiableMap(new TreeMap<>(cells));
  }

  /** No figures. */
  public static Figures none() {
    return new Figures(Map.of());
  }

  /**
   * Reads a result whose first {@code keyColumns} columns identify a row and whose other columns
   * are counts.
   */
  public static Figures read(String statistic, ResultSet rows, int keyColumns) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    if (meta.getColumnCount() <= keyColumns) {
      throw new IllegalArgumentException(statistic + ": a result needs count columns after its " + keyColumns
          + " key columns");
    }
    Map<String, Long> cells = new TreeMap<>();
    while (rows.next()) {
      StringBuilder row = new StringBuilder(statistic);
      for (int c = 1; c <= keyColumns; c++) {
        row.append('|').append(rows.getString(c));
      }
      for (int c = keyColumns + 1; c <= meta.getColumnCount(); c++) {
        long value = rows.getLong(c);
        if (!rows.wasNull()) {
          String key = row + "|" + meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT);
          if (cells.put(key, value) != null) {
            throw new IllegalArgumentException(statistic + ": two rows with the key " + row);
          }
        }
      }
    }
    return new Figures(cells);
  }

  /** These figures and {@code other}'s together (their statistics must differ). */
  public Figures plus(Figures other) {
    Map<String, Long> all = new TreeMap<>(cells);
    other.cells.forEach((k, v) -> {
      if (all.put(k, v) != null) {
        throw new IllegalArgumentException("the cell " + k + " is in both sets of figures");
      }
    });
    return new Figures(all);
  }

  /** The figures of one statistic. */
  public Figures of(String statistic) {
    Map<String, Long> selected = new TreeMap<>();
    cells.forEach((k, v) -> {
      if (k.startsWith(statistic + "|")) {
        selected.put(k, v);
      }
    });
    return new Figures(selected);
  }

  /** The sum of every count: a quick check that a statistic counted something. */
  public long total() {
    return cells.values().stream().mapToLong(Long::longValue).sum();
  }
}
