package org.cseprofile.disclosure;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cseprofile.period.Period;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.table.Columns;

/**
 * Derives published tables from restricted aggregate tables: collects one period's (small)
 * aggregate rows to the driver and applies the policy to every count.
 */
public final class Publication {
  private Publication() {}

  /** Publishes the count columns {@code measures} of one period of a restricted table. */
  public static PublishedTable counts(
      String name, Dataset<Row> restricted, Period period, DisclosurePolicy policy, List<String> dimensions,
      List<String> measures) {
    List<Column> selected = new ArrayList<>();
    dimensions.forEach(d -> selected.add(col(d).cast("string")));
    measures.forEach(m -> selected.add(col(m)));
    Column[] order = dimensions.stream().map(d -> col(d)).toArray(Column[]::new);
    List<Row> rows = restricted.filter(col(Columns.PERIOD).equalTo(period.label()))
        .orderBy(order)
        .select(selected.toArray(Column[]::new))
        .collectAsList();
    List<PublishedRow> published = new ArrayList<>();
    for (Row r : rows) {
      List<String> dims = new ArrayList<>();
      for (int i = 0; i < dimensions.size(); i++) {
        dims.add(r.getString(i));
      }
      List<PublishedCell> cells = Arrays.asList(new PublishedCell[measures.size()]);
      for (int m = 0; m < measures.size(); m++) {
        cells.set(m, SmallCountSuppression.publish(((Number) r.get(dimensions.size() + m)).longValue(), policy));
      }
      published.add(new PublishedRow(dims, cells));
    }
    return new PublishedTable(name, period.label(), policy.name(), dimensions, measures, published);
  }
}
