package org.cseprofile.reports.document;

import java.util.List;
import java.util.Objects;

/**
 * A table of published values: a caption, column headers, and rows whose first cell names the row.
 * The first {@code textColumns} columns hold words (left-aligned); the others hold numbers or their
 * status symbols.
 *
 * @param id the anchor other parts of the report link to
 * @param source the published table the values come from, as named beside the report
 */
public record Table(String id, String caption, String source, List<String> headers, int textColumns,
    List<List<String>> rows) implements Block {

  public Table {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(source, "source");
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    if (textColumns < 1 || textColumns > headers.size()) {
      throw new IllegalArgumentException("textColumns must be between 1 and the number of headers, was " + textColumns);
    }
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException("rows must have one cell per header (table " + id + ")");
      }
    }
  }

  /**
   * Whether the table is long enough to run over pages: its rows then break between row groups (never fewer
   * than three together), and it is never kept whole on one page.
   */
  public boolean paginated() {
    return rows.size() > HtmlReport.LONG_TABLE;
  }

  /** Whether no value of the table is shown: every number cell is a status symbol or empty. */
  public boolean showsNothing() {
    return rows.stream().allMatch(r -> r.subList(textColumns, r.size()).stream()
        .allMatch(v -> v.isEmpty() || Symbols.isSymbol(v)));
  }
}
