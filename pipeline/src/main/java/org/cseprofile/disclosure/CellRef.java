package org.cseprofile.disclosure;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One count of a publication: the table, the row's dimension values (its key) and the column.
 * Ordered by table, key and column so that every choice the disclosure engine makes is reproducible.
 */
public record CellRef(String table, List<String> key, String column) implements Comparable<CellRef> {

  private static final Comparator<List<String>> KEYS = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  };
  private static final Comparator<CellRef> ORDER = Comparator.comparing(CellRef::table)
      .thenComparing(CellRef::key, KEYS).thenComparing(CellRef::column);

  public CellRef {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    key = List.copyOf(key);
  }

  /** A cell of {@code table} whose row key is {@code key}. */
  public static CellRef of(String table, String column, String... key) {
    return new CellRef(table, List.of(key), column);
  }

  @Override
  public int compareTo(CellRef other) {
    return ORDER.compare(this, other);
  }

  /** The cell as {@code table[key].column}, for messages. Keys are dimension labels, never counts. */
  @Override
  public String toString() {
    return table + key + "." + column;
  }
}
