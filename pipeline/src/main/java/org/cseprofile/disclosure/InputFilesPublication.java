package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * The data-quality annex as a published table: per input file, rows read and rows quarantined
 * (under the policy like every count; rows accepted are left out so the quarantined count cannot
 * be worked out by subtraction) and the share quarantined.
 */
public final class InputFilesPublication {
  private InputFilesPublication() {}

  /** The published {@code input_files} table of a run. */
  public static PublishedTable publish(List<FileAccount> files, String period, DisclosurePolicy policy) {
    List<PublishedRow> rows = new ArrayList<>();
    for (FileAccount f : files) {
      PublishedCell read = SmallCountSuppression.publish(f.rowsRead(), policy);
      PublishedCell quarantined = SmallCountSuppression.publish(f.quarantined(), policy);
      PublishedCell percent;
      if (!read.isShown() || !quarantined.isShown()) {
        percent = PublishedCell.withheld(Status.SUPPRESSED);
      } else if (read.value() == 0) {
        percent = PublishedCell.withheld(Status.NOT_APPLICABLE);
      } else {
        percent = PublishedCell.shown(100 * quarantined.value() / read.value());
      }
      rows.add(new PublishedRow(List.of(f.extract(), f.file()), List.of(read, quarantined, percent)));
    }
    return new PublishedTable(TableNames.INPUT_FILES, period, policy.name(), List.of(Columns.EXTRACT, Columns.SOURCE_FILE),
        List.of(Columns.ROWS_READ, Columns.ROWS_QUARANTINED, Columns.PERCENT_QUARANTINED),
        List.of(MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.PERCENT), rows);
  }
}
