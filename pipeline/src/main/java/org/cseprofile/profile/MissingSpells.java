package org.cseprofile.profile;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.cseprofile.ingest.ExtractSpec;
import org.cseprofile.ingest.MissingExtract;

/**
 * One spell per child per group of overlapping missing episodes ({@code --missing-overlaps merge}): the
 * earliest start, the latest end (still missing if any part is), {@code M} if any part was {@code M}, and
 * the return (end, return home interview, where found) of the part that ended last. Episodes overlap when
 * one starts before another ends; touching episodes (one ends on the day the next starts) stay apart, as
 * in the ingest warning {@code overlapping_missing}.
 */
public final class MissingSpells {
  private static final String OPEN = "_open_end";
  private static final String REACH = "_reach";
  private static final String GROUP = "_group";
  private static final String ORDER = "_order";
  /** A still-open episode reaches past any real date. */
  private static final LocalDate FAR = LocalDate.of(9999, 12, 31);

  private MissingSpells() {}

  /** {@code missing} (accepted rows in the contract schema) as recorded, or merged, as {@code overlaps} says. */
  public static Dataset<Row> of(Dataset<Row> missing, MissingOverlaps overlaps) {
    return overlaps == MissingOverlaps.KEEP ? missing : merged(missing);
  }

  /** The episodes with each overlapping group of one child merged into one spell, in the contract schema. */
  public static Dataset<Row> merged(Dataset<Row> missing) {
    Column child = col(MissingExtract.CHILD_ID);
    Column start = col(MissingExtract.START_DATE);
    Column openEnd = coalesce(col(MissingExtract.END_DATE), lit(FAR));
    WindowSpec byChild = Window.partitionBy(child)
        .orderBy(start, openEnd, col(ExtractSpec.SOURCE_FILE), col(ExtractSpec.LINE_NUMBER));
    // A part starts a new spell unless it starts before an earlier part of the child has ended.
    Column reachBefore = max(col(OPEN)).over(byChild.rowsBetween(Window.unboundedPreceding(), -1));
    Dataset<Row> grouped = missing.withColumn(OPEN, openEnd)
        .withColumn(REACH, reachBefore)
        .withColumn(GROUP, sum(when(col(REACH).isNull().or(start.geq(col(REACH))), 1).otherwise(0)).over(
            byChild.rowsBetween(Window.unboundedPreceding(), Window.currentRow())));
    // The first part (earliest start) names the spell; the last part (latest end, then latest start) its return.
    Column first = struct(start, col(ExtractSpec.SOURCE_FILE), col(ExtractSpec.LINE_NUMBER));
    Column last = struct(col(OPEN), start, col(ExtractSpec.SOURCE_FILE), col(ExtractSpec.LINE_NUMBER));
    List<Column> aggregates = new ArrayList<>();
    for (String c : missing.columns()) {
      if (c.equals(MissingExtract.CHILD_ID)) {
        continue;
      }
      Column value = switch (c) {
        case MissingExtract.START_DATE -> min(start);
        case MissingExtract.END_DATE -> when(max(col(MissingExtract.END_DATE).isNull()), lit(null).cast("date"))
            .otherwise(max(col(MissingExtract.END_DATE)));
        case MissingExtract.MISSING_TYPE -> when(max(col(c).equalTo(MissingExtract.MISSING)), lit(MissingExtract.MISSING))
            .otherwise(lit(MissingExtract.AWAY));
        case MissingExtract.RHI_OFFERED_DATE, MissingExtract.RHI_ACCEPTED, MissingExtract.FOUND_EASTING,
            MissingExtract.FOUND_NORTHING -> max_by(col(c), last);
        default -> min_by(col(c), first);
      };
      aggregates.add(value.as(c));
    }
    Dataset<Row> spells = grouped.groupBy(child, col(GROUP))
        .agg(count(lit(1)).as(ORDER), aggregates.toArray(Column[]::new));
    return spells.select(java.util.Arrays.stream(missing.columns()).map(c -> col(c)).toArray(Column[]::new));
  }
}
