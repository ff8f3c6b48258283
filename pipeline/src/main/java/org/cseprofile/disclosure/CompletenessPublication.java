package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * Field completeness for the data-quality annex: per extract and optional column, the percentage
 * of accepted rows with the column filled. Only the percentage is published, and it is withheld
 * when the rows filled, or the rows left blank, are a small count: with the rows read (published
 * in {@code input_files}) it would give that count away.
 */
public final class CompletenessPublication {
  /** One optional column of one extract (all its files): accepted rows and rows with the column filled. */
  public record Column(String extract, String column, long rows, long filled) {
    public Column {
      Objects.requireNonNull(extract, "extract");
      Objects.requireNonNull(column, "column");
      if (rows < 0 || filled < 0 || filled > rows) {
        throw new IllegalArgumentException("filled must be from 0 to rows (rows " + rows + ", filled " + filled + ")");
      }
    }
  }

  private CompletenessPublication() {}

  /** The published {@code field_completeness} table, in the order given. */
  public static PublishedTable publish(List<Column> columns, String period, DisclosurePolicy policy) {
    List<PublishedRow> rows = new ArrayList<>();
    for (Column c : columns) {
      rows.add(new PublishedRow(List.of(c.extract(), c.column()), List.of(percentFilled(c, policy))));
    }
    return new PublishedTable(TableNames.COMPLETENESS_PUBLISHED, period, policy.name(),
        List.of(Columns.EXTRACT, Columns.COLUMN_NAME), List.of(Columns.PERCENT_FILLED), List.of(MeasureKind.PERCENT),
        rows);
  }

  static PublishedCell percentFilled(Column c, DisclosurePolicy policy) {
    if (c.rows() == 0) {
      return PublishedCell.withheld(Status.NOT_APPLICABLE);
    }
    long blank = c.rows() - c.filled();
    if (small(c.filled(), policy) || small(blank, policy)) {
      return PublishedCell.withheld(Status.SUPPRESSED);
    }
    return PublishedCell.shown(100.0 * c.filled() / c.rows());
  }

  private static boolean small(long count, DisclosurePolicy policy) {
    return count >= 1 && count <= policy.largestSuppressed();
  }
}
