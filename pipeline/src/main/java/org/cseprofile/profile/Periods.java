package org.cseprofile.profile;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.LinkedHashSet;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.cseprofile.period.Period;
import org.cseprofile.table.Columns;

/**
 * Tags rows with the periods they are counted in, so one pass over the data serves the report
 * period and every trend quarter. Tagging explodes a literal list of periods on each row (a narrow
 * step, no join or shuffle); callers filter right after.
 */
public final class Periods {
  /** First day of the row's period. */
  public static final String START = "_period_start";
  /** Last day of the row's period. */
  public static final String END = "_period_end";

  private Periods() {}

  /** {@code rows} repeated once per period, with {@code period}, {@link #START} and {@link #END}. */
  public static Dataset<Row> tag(Dataset<Row> rows, List<Period> periods) {
    Column[] entries = distinct(periods).stream()
        .map(p -> struct(lit(p.label()).as(Columns.PERIOD), lit(p.start()).as(START), lit(p.end()).as(END)))
        .toArray(Column[]::new);
    return rows.withColumn("_p", explode(array(entries)))
        .withColumn(Columns.PERIOD, col("_p." + Columns.PERIOD))
        .withColumn(START, col("_p." + START))
        .withColumn(END, col("_p." + END))
        .drop("_p");
  }

  /** Whether {@code date} falls in the row's period. */
  public static Column during(Column date) {
    return date.between(col(START), col(END));
  }

  /** Every area with every period label: the rows a table lists. Small (areas x periods). */
  public static Dataset<Row> grid(Dataset<Row> areas, List<Period> periods) {
    List<String> labels = distinct(periods).stream().map(Period::label).toList();
    return areas.crossJoin(areas.sparkSession().createDataset(labels, Encoders.STRING()).toDF(Columns.PERIOD));
  }

  /** The report period and the trend quarters, without repeats, in order. */
  public static List<Period> reportAndTrend(Period period) {
    LinkedHashSet<Period> all = new LinkedHashSet<>(Trend.quarters(period));
    all.add(period);
    return List.copyOf(all);
  }

  private static List<Period> distinct(List<Period> periods) {
    return List.copyOf(new LinkedHashSet<>(periods));
  }
}
