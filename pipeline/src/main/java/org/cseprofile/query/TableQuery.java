package org.cseprofile.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.cseprofile.ingest.InputException;
import org.cseprofile.query.QueryResult.ColumnKind;
import org.cseprofile.table.OutputFiles;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.table.RestrictedTables;

/**
 * Spark SQL over the restricted tables of an output folder: each table is a view named after it
 * (with its {@code period} column). Only queries are accepted; statements that write or change
 * anything are refused before Spark sees them.
 */
public final class TableQuery {
  private final SparkSession spark;
  private final List<String> views;

  private TableQuery(SparkSession spark, List<String> views) {
    this.spark = spark;
    this.views = List.copyOf(views);
  }

  /** Registers every restricted table under {@code output} as a view. */
  public static TableQuery over(SparkSession spark, String output) {
    // No SQL over a path (parquet.`/etc/x`, text.`extracts/cse_cohort.csv`): only the views below can be read.
    spark.conf().set("spark.sql.runSQLOnFiles", "false");
    OutputLayout layout = new OutputLayout(output);
    Path restricted = layout.restricted();
    List<String> views = new ArrayList<>();
    try {
      FileSystem fs = restricted.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(restricted)) {
        throw new InputException("no restricted tables in " + output + ": give the --output folder of a run "
            + "(for a filtered run, its folder under filtered/)");
      }
      FileStatus[] tables = fs.listStatus(restricted);
      Arrays.sort(tables, Comparator.comparing(s -> s.getPath().getName()));
      for (FileStatus table : tables) {
        String name = table.getPath().getName();
        if (!table.isDirectory() || OutputFiles.hidden(name)) {
          continue;
        }
        boolean hasPartition = Arrays.stream(fs.listStatus(table.getPath()))
            .anyMatch(s -> s.isDirectory() && s.getPath().getName().startsWith("period="));
        if (hasPartition) {
          RestrictedTables.read(spark, table.getPath()).createOrReplaceTempView(name);
          views.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + restricted, e);
    }
    return new TableQuery(spark, views);
  }

  /** The tables that can be queried. */
  public List<String> views() {
    return views;
  }

  /**
   * Runs one query and returns at most {@code limit} rows. Throws {@link QueryException} with
   * Spark's explanation when the text is not a query or does not fit the tables.
   */
  public QueryResult run(String sql, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    Dataset<Row> result;
    try {
      // parseQuery accepts queries only (SELECT, WITH, VALUES, TABLE, FROM ...), never a statement
      // such as INSERT, CREATE, DROP or SET, which spark.sql would run at once.
      spark.sessionState().sqlParser().parseQuery(sql);
      result = spark.sql(sql);
    } catch (ParseException e) {
      throw new QueryException("not a query Spark SQL can run (only SELECT queries are allowed): "
          + firstLine(e.getMessage()));
    } catch (AnalysisException e) {
      throw new QueryException(firstLine(e.getMessage()) + " (tables: " + String.join(", ", views) + ")");
    }
    List<String> columns = new ArrayList<>();
    List<ColumnKind> kinds = new ArrayList<>();
    for (StructField field : result.schema().fields()) {
      columns.add(field.name());
      kinds.add(kind(field.dataType()));
    }
    List<Boolean> tableColumns = QueryLineage.tableColumns(result);
    List<java.util.Set<String>> numberSources = QueryLineage.numberSources(result);
    List<Row> rows;
    try {
      rows = result.limit(limit + 1).collectAsList();
    } catch (RuntimeException e) {
      // Spark's runtime messages quote the values involved (a cast that failed, say): name the kind of error only.
      String condition = e instanceof org.apache.spark.SparkThrowable t && t.getCondition() != null
          ? " (" + t.getCondition() + ")" : "";
      throw new QueryException("the query failed while running" + condition + "; Spark's message is not shown, as it "
          + "can quote values from the tables", e);
    }
    List<List<Object>> cells = new ArrayList<>();
    for (Row row : rows.subList(0, Math.min(limit, rows.size()))) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        values.add(cell(row.get(i), kinds.get(i)));
      }
      cells.add(values);
    }
    return new QueryResult(columns, kinds, tableColumns, numberSources, cells, limit,
        rows.size() > limit ? QueryResult.Completeness.TRUNCATED : QueryResult.Completeness.COMPLETE);
  }

  private static ColumnKind kind(DataType type) {
    if (type.equals(DataTypes.LongType) || type.equals(DataTypes.IntegerType) || type.equals(DataTypes.ShortType)
        || type.equals(DataTypes.ByteType) || type instanceof DecimalType d && d.scale() == 0) {
      return ColumnKind.WHOLE_NUMBER;
    }
    if (type.equals(DataTypes.DoubleType) || type.equals(DataTypes.FloatType) || type instanceof DecimalType) {
      return ColumnKind.FRACTION;
    }
    return ColumnKind.TEXT;
  }

  private static Object cell(Object value, ColumnKind kind) {
    if (value == null) {
      return null;
    }
    return switch (kind) {
      case WHOLE_NUMBER -> value instanceof BigDecimal b ? b.longValueExact() : ((Number) value).longValue();
      case FRACTION -> value instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) value).doubleValue());
      case TEXT -> value instanceof scala.collection.Seq<?> seq
          ? String.join(";", scala.jdk.javaapi.CollectionConverters.asJava(seq).stream().map(String::valueOf).toList())
          : value.toString();
    };
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
