package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.ingest.FileProblem;
import org.cseprofile.ingest.RowProblem;
import org.cseprofile.ingest.Rule;
import org.cseprofile.ingest.Severity;
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
      PublishedCell warned = SmallCountSuppression.publish(rowsWithWarning(f), policy);
      rows.add(new PublishedRow(List.of(f.extract(), f.file()), List.of(read, quarantined, percent, warned)));
    }
    return new PublishedTable(TableNames.INPUT_FILES, period, policy.name(), List.of(Columns.EXTRACT, Columns.SOURCE_FILE),
        List.of(Columns.ROWS_READ, Columns.ROWS_QUARANTINED, Columns.PERCENT_QUARANTINED, Columns.ROWS_WITH_WARNING),
        List.of(MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.PERCENT, MeasureKind.COUNT), rows);
  }

  /**
   * The published {@code input_warnings} table: per input file and warning rule, the rows accepted with that
   * warning (overlapping episodes, Windows-1252, authority taken from the file name, ...), under the policy.
   * A warning about the whole file (its encoding, its authority, an ignored column) concerns every row accepted
   * from it; a warning about rows ({@code overlapping_missing}) the rows flagged.
   */
  public static PublishedTable warnings(List<FileAccount> files, String period, DisclosurePolicy policy) {
    List<PublishedRow> rows = new ArrayList<>();
    for (FileAccount f : files) {
      Map<String, Long> byRule = warningsByRule(f);
      byRule.forEach((rule, count) -> rows.add(new PublishedRow(List.of(f.extract(), f.file(), rule),
          List.of(SmallCountSuppression.publish(count, policy)))));
    }
    return new PublishedTable(TableNames.INPUT_WARNINGS, period, policy.name(),
        List.of(Columns.EXTRACT, Columns.SOURCE_FILE, Columns.RULE), List.of(Columns.ROWS_WITH_WARNING),
        List.of(MeasureKind.COUNT), rows);
  }

  /** Rows accepted with each warning rule, file-level warnings first, in rule order. */
  static Map<String, Long> warningsByRule(FileAccount f) {
    Map<String, Long> byRule = new LinkedHashMap<>();
    if (f.rejected()) {
      return byRule;
    }
    for (FileProblem p : f.problems()) {
      if (p.rule().severity() == Severity.WARNING && p.rule() != Rule.EMPTY_FILE) {
        byRule.merge(p.rule().id(), f.accepted(), Math::max);
      }
    }
    for (RowProblem p : f.warnings()) {
      byRule.merge(p.rule().id(), p.rows(), Long::sum);
    }
    return byRule;
  }

  /** Rows accepted with at least one warning: all of them under a warning about the whole file. */
  static long rowsWithWarning(FileAccount f) {
    boolean wholeFile = !f.rejected() && f.problems().stream()
        .anyMatch(p -> p.rule().severity() == Severity.WARNING && p.rule() != Rule.EMPTY_FILE);
    // overlapping_missing is the only warning about rows, so the rows flagged are distinct rows.
    return wholeFile ? f.accepted() : f.warnings().stream().mapToLong(RowProblem::rows).sum();
  }
}
