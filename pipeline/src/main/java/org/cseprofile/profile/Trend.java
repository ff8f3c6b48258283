package org.cseprofile.profile;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cseprofile.period.Period;
import org.cseprofile.table.Columns;

/** The last quarters before a period, so boards see direction. */
public final class Trend {
  /** Quarters in a trend table. */
  public static final int QUARTERS = 8;

  private Trend() {}

  /**
   * The last {@link #QUARTERS} complete quarters ending with the period: for a quarter, the quarter
   * and the seven before it; for a date window, those ending with the last quarter that ends on or
   * before the window's end.
   */
  public static List<Period> quarters(Period period) {
    Period last = Period.quarterContaining(period.end());
    if (!last.end().equals(period.end())) {
      last = last.previous();
    }
    return last.trailingQuarters(QUARTERS);
  }

  /**
   * A table computed for several periods, kept to the trend quarters of {@code period}: its
   * {@code period} column becomes {@code quarter}, and {@code period} holds the run's period, so the
   * trend is stored with the run.
   */
  public static Dataset<Row> of(Period period, Dataset<Row> perPeriod) {
    List<String> labels = quarters(period).stream().map(Period::label).toList();
    Dataset<Row> table = perPeriod.filter(col(Columns.PERIOD).isin(labels.toArray()))
        .withColumnRenamed(Columns.PERIOD, Columns.QUARTER);
    List<Column> columns = new ArrayList<>();
    columns.add(lit(period.label()).as(Columns.PERIOD));
    for (String c : table.columns()) {
      columns.add(col(c));
    }
    return table.select(columns.toArray(Column[]::new));
  }
}
