package org.cseprofile.disclosure;

import java.util.List;

/** A two-by-three table of counts (rows A and B, columns X, Y and Z) with every margin published, for hand-worked tests. */
final class TwoWayTable {
  private static final String[] ROWS = {"A", "B"};
  private static final String[] COLUMNS = {"X", "Y", "Z"};

  private TwoWayTable() {}

  /** The count of {@code row} and {@code column} ({@code total} for a margin) of table {@code t}. */
  static CellRef cell(String row, String column) {
    return CellRef.of("t", "children", row, column);
  }

  /** The table of {@code values} (two rows of three), its row, column and grand totals, and their sums. */
  static CountModel of(long[][] values) {
    CountModel.Builder b = new CountModel.Builder();
    long grand = 0;
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < 3; c++) {
        b.count(cell(ROWS[r], COLUMNS[c]), values[r][c]);
        grand += values[r][c];
      }
      b.count(cell(ROWS[r], "total"), values[r][0] + values[r][1] + values[r][2]);
      b.relation(Relation.sum(cell(ROWS[r], "total"), List.of(cell(ROWS[r], "X"), cell(ROWS[r], "Y"),
          cell(ROWS[r], "Z")), "row " + ROWS[r]));
    }
    for (int c = 0; c < 3; c++) {
      b.count(cell("total", COLUMNS[c]), values[0][c] + values[1][c]);
      b.relation(Relation.sum(cell("total", COLUMNS[c]), List.of(cell("A", COLUMNS[c]), cell("B", COLUMNS[c])),
          "column " + COLUMNS[c]));
    }
    b.count(cell("total", "total"), grand);
    b.relation(Relation.sum(cell("total", "total"), List.of(cell("A", "total"), cell("B", "total")), "rows"));
    b.relation(Relation.sum(cell("total", "total"), List.of(cell("total", "X"), cell("total", "Y"),
        cell("total", "Z")), "columns"));
    return b.build();
  }
}
