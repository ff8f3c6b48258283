package org.cseprofile.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.cseprofile.table.Columns;

/**
 * The data-quality tables of a run, built from the ingest accounting: {@code data_quality} (rows read,
 * accepted, quarantined and warned per file, by rule, with shares) and {@code completeness} (how often each
 * optional column is filled). Tidy long tables of counts and rule ids, ready to be published as an annex.
 */
public final class DataQuality {
  public static final String ROWS_READ = "rows_read";
  public static final String ACCEPTED = "accepted";
  public static final String QUARANTINED = "quarantined";
  public static final String WARNED = "warned";
  /** Rows the extract's mapping file says to skip ({@code skipped_by_mapping}). */
  public static final String SKIPPED = "skipped";
  public static final String FILE_REJECTED = "file_rejected";
  public static final String FILE_WARNING = "file_warning";
  /** The {@code source_file} of rows adding up all files of an extract. */
  public static final String ALL_FILES = Completeness.ALL_FILES;

  public static final StructType SCHEMA = new StructType()
      .add(Columns.PERIOD, DataTypes.StringType, false)
      .add(Columns.EXTRACT, DataTypes.StringType, false)
      .add(Columns.SOURCE_FILE, DataTypes.StringType, false)
      .add(Columns.MEASURE, DataTypes.StringType, false)
      .add(Columns.RULE, DataTypes.StringType, true)
      .add(Columns.SEVERITY, DataTypes.StringType, true)
      .add(Columns.COLUMN_NAME, DataTypes.StringType, true)
      .add(Columns.ROWS, DataTypes.LongType, true)
      .add(Columns.SHARE, DataTypes.DoubleType, true);

  public static final StructType COMPLETENESS_SCHEMA = new StructType()
      .add(Columns.PERIOD, DataTypes.StringType, false)
      .add(Columns.EXTRACT, DataTypes.StringType, false)
      .add(Columns.SOURCE_FILE, DataTypes.StringType, false)
      .add(Columns.COLUMN_NAME, DataTypes.StringType, false)
      .add(Columns.ROWS, DataTypes.LongType, false)
      .add(Columns.FILLED, DataTypes.LongType, false)
      .add(Columns.SHARE, DataTypes.DoubleType, true);

  private DataQuality() {}

  /** The {@code data_quality} table of {@code ingested}, labelled with {@code period}. */
  public static Dataset<Row> table(SparkSession spark, IngestResult ingested, String period) {
    return spark.createDataFrame(rows(ingested, period), SCHEMA);
  }

  /** The {@code completeness} table of {@code ingested}, labelled with {@code period}. */
  public static Dataset<Row> completeness(SparkSession spark, IngestResult ingested, String period) {
    List<Row> rows = new ArrayList<>();
    for (Completeness c : ingested.completeness()) {
      rows.add(RowFactory.create(period, c.extract(), c.file(), c.column(), c.rows(), c.filled(), c.share()));
    }
    return spark.createDataFrame(rows, COMPLETENESS_SCHEMA);
  }

  /** The rows of the {@code data_quality} table: every file, then every extract's files together. */
  static List<Row> rows(IngestResult ingested, String period) {
    List<Row> rows = new ArrayList<>();
    Map<String, Tally> extracts = new LinkedHashMap<>();
    for (FileAccount f : ingested.files()) {
      Tally all = extracts.computeIfAbsent(f.extract(), k -> new Tally());
      all.read += f.rowsRead();
      all.accepted += f.accepted();
      all.quarantined += f.quarantined();
      totals(rows, period, f.extract(), f.file(), f.rowsRead(), f.accepted(), f.quarantined());
      for (RowProblem p : f.rowProblems()) {
        String measure = p.quarantined() ? QUARANTINED : p.rule().severity() == Severity.SKIP_ROW ? SKIPPED : WARNED;
        rows.add(row(period, f.extract(), f.file(), measure, p.rule(), p.column(), p.rows(), f.rowsRead()));
        all.problems.merge(measure + "\u0000" + p.rule().id() + "\u0000" + (p.column() == null ? "" : p.column()),
            p.rows(), Long::sum);
      }
      for (FileProblem p : f.problems()) {
        String measure = p.rule().severity() == Severity.REJECT_FILE ? FILE_REJECTED : FILE_WARNING;
        rows.add(row(period, f.extract(), f.file(), measure, p.rule(), p.column(), null, 0));
      }
    }
    extracts.forEach((extract, all) -> {
      totals(rows, period, extract, ALL_FILES, all.read, all.accepted, all.quarantined);
      all.problems.forEach((key, count) -> {
        String[] k = key.split("\u0000", -1);
        rows.add(row(period, extract, ALL_FILES, k[0], Rule.byId(k[1]), k[2].isEmpty() ? null : k[2], count, all.read));
      });
    });
    return rows;
  }

  private static void totals(List<Row> rows, String period, String extract, String file, long read, long accepted,
      long quarantined) {
    rows.add(RowFactory.create(period, extract, file, ROWS_READ, null, null, null, read, read == 0 ? null : 1.0));
    rows.add(RowFactory.create(period, extract, file, ACCEPTED, null, null, null, accepted, share(accepted, read)));
    rows.add(RowFactory.create(period, extract, file, QUARANTINED, null, null, null, quarantined,
        share(quarantined, read)));
  }

  private static Row row(String period, String extract, String file, String measure, Rule rule, String column,
      Long count, long read) {
    return RowFactory.create(period, extract, file, measure, rule.id(), severity(rule.severity()), column, count,
        count == null ? null : share(count, read));
  }

  /** The severity as written in the table: {@code reject_file}, {@code reject_row} or {@code warning}. */
  public static String severity(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  private static Double share(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static final class Tally {
    long read;
    long accepted;
    long quarantined;
    final Map<String, Long> problems = new LinkedHashMap<>();
  }
}
