package org.cseprofile.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.cseprofile.reports.chart.Labels;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;

/** The report's tables made from published tables: values as printed, withheld values as their symbols. */
public final class ReportTables {
  private ReportTables() {}

  /** A published value as printed: a whole number with thousands separators, one decimal, or its symbol. */
  public static String format(PublishedCell cell, MeasureKind kind) {
    if (!cell.isShown()) {
      return cell.status().symbol();
    }
    return switch (kind) {
      case COUNT -> String.format(java.util.Locale.UK, "%,d", Math.round(cell.value()));
      case PERCENT, DECIMAL -> String.format(java.util.Locale.UK, "%.1f", cell.value());
    };
  }

  /**
   * Rows of a published table: the label from dimension {@code labelDimension} (0: the area, named), then the
   * columns; {@code labelHeader} heads the label column.
   */
  public static Table rows(String id, String caption, ReportContent content, PublishedTable table,
      Predicate<PublishedRow> keep, String labelHeader, int labelDimension, List<String> columns, List<String> headers) {
    List<String> head = new ArrayList<>();
    head.add(labelHeader);
    head.addAll(headers);
    List<List<String>> rows = new ArrayList<>();
    for (PublishedRow row : table.rows()) {
      if (!keep.test(row)) {
        continue;
      }
      String key = row.dimensions().get(labelDimension);
      List<String> cells = new ArrayList<>();
      cells.add(labelDimension == 0 ? areaLabel(content, key) : table.name().equals("input_files") ? key : Labels.of(key));
      for (String column : columns) {
        int m = table.measure(column);
        cells.add(format(row.cells().get(m), table.kinds().get(m)));
      }
      rows.add(cells);
    }
    return new Table(id, caption, table.name(), head, 1, rows);
  }

  /** A cohort or suspect breakdown: categories as rows, the partnership and each authority as columns. */
  public static Table breakdown(String id, ReportContent content, PublishedTable table, String breakdown, String title) {
    List<String> areas = new ArrayList<>(content.areaNames().keySet());
    List<String> head = new ArrayList<>();
    head.add(title);
    areas.forEach(a -> head.add(areaLabel(content, a)));
    List<String> categories = table.rows().stream().filter(r -> r.dimensions().get(1).equals(breakdown))
        .map(r -> r.dimensions().get(2)).distinct().toList();
    List<List<String>> rows = new ArrayList<>();
    for (String category : categories) {
      List<String> cells = new ArrayList<>();
      cells.add(Labels.of(category));
      for (String area : areas) {
        PublishedCell cell = table.rows().stream().filter(r -> r.dimensions().equals(List.of(area, breakdown, category)))
            .findFirst().map(r -> r.cells().get(0)).orElse(null);
        cells.add(cell == null ? "" : format(cell, MeasureKind.COUNT));
      }
      rows.add(cells);
    }
    return new Table(id, title, table.name(), head, 1, rows);
  }

  /** "Partnership" for {@code ALL}, otherwise the authority's name. */
  public static String areaLabel(ReportContent content, String laCode) {
    return laCode.equals("ALL") ? "Partnership" : content.areaName(laCode);
  }

  /** A dimension's value, or empty when the table has no such column (tables of earlier runs). */
  public static String dimension(PublishedTable table, PublishedRow row, String column) {
    int i = table.dimensions().indexOf(column);
    return i < 0 ? "" : row.dimensions().get(i);
  }
}
