package org.cseprofile.disclosure;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * aggregate rows to the driver, where the plain-Java disclosure rules apply.
 */
public final class Publication {
  private Publication() {}

  /** One period of a restricted table, collected: {@code dimensions} as text, {@code measures} as they are. */
  public static RestrictedTable collect(
      String name, Dataset<Row> restricted, Period period, List<String> dimensions, List<String> measures) {
    List<Column> selected = new ArrayList<>();
    dimensions.forEach(d -> selected.add(col(d).cast("string")));
    measures.forEach(m -> selected.add(col(m)));
    List<Row> rows = restricted.filter(col(Columns.PERIOD).equalTo(period.label()))
        .select(selected.toArray(Column[]::new))
        .collectAsList();
    List<RestrictedTable.Row> collected = new ArrayList<>();
    for (Row r : rows) {
      List<String> key = new ArrayList<>();
      for (int i = 0; i < dimensions.size(); i++) {
        key.add(r.getString(i));
      }
      Map<String, Object> values = new LinkedHashMap<>();
      for (int m = 0; m < measures.size(); m++) {
        Object v = r.get(dimensions.size() + m);
        values.put(measures.get(m), v instanceof Integer i ? Long.valueOf(i) : v);
      }
      collected.add(new RestrictedTable.Row(key, values));
    }
    return new RestrictedTable(name, dimensions, measures, collected);
  }

  /** Publishes the count columns {@code measures} of one period of a restricted table, with primary suppression only. */
  public static PublishedTable counts(
      String name, Dataset<Row> restricted, Period period, DisclosurePolicy policy, List<String> dimensions,
      List<String> measures) {
    RestrictedTable table = collect(name, restricted, period, dimensions, measures);
    List<PublishedRow> published = new ArrayList<>();
    for (RestrictedTable.Row r : table.rows()) {
      List<PublishedCell> cells = Arrays.asList(new PublishedCell[measures.size()]);
      for (int m = 0; m < measures.size(); m++) {
        cells.set(m, SmallCountSuppression.publish(r.count(measures.get(m)), policy));
      }
      published.add(new PublishedRow(r.key(), cells));
    }
    return new PublishedTable(name, period.label(), policy.name(), dimensions, measures, published);
  }
}
