package org.cseprofile.ingest;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Reads every extract of an input folder: checks each file's head on the driver, parses the usable
 * files in Spark tasks, quarantines duplicate keys, flags overlapping episodes, and accounts for every row
 * of every file: rows read (counted from the raw bytes) against rows accepted and rows quarantined
 * (counted from the final accepted and quarantined rows).
 */
public final class ExtractReader {
  /** The most optional columns of any extract: completeness flags per row. */
  private static final int MAX_OPTIONAL =
      Extracts.ALL.stream().mapToInt(s -> (int) s.fields().stream().filter(f -> !f.isRequired()).count()).max().orElse(0);
  private static final String EXTRACT = "extract";
  private static final String ROWS = "rows";
  private static final String LINE = "line";
  private static final String HASH = "key_hash";
  private static final String SEPARATOR = "\u0000";

  private final SparkSession spark;

  public ExtractReader(SparkSession spark) {
    this.spark = spark;
  }

  /** Reads every extract of the contract found in {@code catalog}, taking today as the run date. */
  public IngestResult read(InputCatalog catalog) {
    return read(catalog, LocalDate.now());
  }

  /** Reads every extract of the contract found in {@code catalog}; dates after {@code runDate} are in the future. */
  public IngestResult read(InputCatalog catalog, LocalDate runDate) {
    Objects.requireNonNull(runDate, "runDate");
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Map<ExtractSpec, Dataset<Row>> parsed = new LinkedHashMap<>();
    List<FileCheck> checks = new ArrayList<>();
    for (ExtractSpec spec : Extracts.ALL) {
      List<FileCheck> specChecks = catalog.filesOf(spec.name()).stream()
          .map(f -> FileCheck.of(f, spec, hadoop, catalog.mappings().get(spec.name())))
          .toList();
      checks.addAll(specChecks);
      List<FileCheck> usable = specChecks.stream().filter(FileCheck::usable).toList();
      if (!usable.isEmpty()) {
        MappingFile mapping = catalog.mappings().get(spec.name());
        parsed.put(spec, parse(spec, usable, runDate, mapping == null ? null : mapping.sheet()));
      }
    }
    Map<String, List<Row>> duplicates = parsed.isEmpty() ? Map.of() : duplicates(parsed);
    Map<String, ExtractData> extracts = new LinkedHashMap<>();
    Map<ExtractSpec, Dataset<Row>> validated = new LinkedHashMap<>();
    for (ExtractSpec spec : Extracts.ALL) {
      Dataset<Row> rows = parsed.get(spec);
      if (rows == null) {
        extracts.put(spec.name(), new ExtractData(spec, spark.createDataFrame(List.of(), spec.schema()),
            emptyQuarantine(), emptyQuarantine()));
        continue;
      }
      Dataset<Row> checked = withDuplicates(rows, duplicates.getOrDefault(spec.name(), List.of()));
      validated.put(spec, checked);
      extracts.put(spec.name(), split(spec, checked));
    }
    Tally tally = validated.isEmpty() ? new Tally() : tally(validated, extracts);
    return new IngestResult(extracts, tally.accounts(checks), tally.completeness(validated.keySet()),
        catalog.ignored(), runDate, List.copyOf(catalog.mappings().values()),
        checks.stream().map(FileCheck::advice).filter(Objects::nonNull).toList());
  }

  private Dataset<Row> parse(ExtractSpec spec, List<FileCheck> usable, LocalDate runDate, String sheet) {
    Map<String, FileCheck> byLocation = usable.stream()
        .collect(Collectors.toMap(c -> c.file().location(), c -> c));
    String paths = usable.stream().map(c -> escapeHadoopPath(c.file().location())).collect(Collectors.joining(","));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows = jsc.binaryFiles(paths, Math.max(1, jsc.defaultParallelism()))
        .flatMap(new CsvFileParser(spec, byLocation, runDate, sheet));
    // Cached because the duplicate check, the accounting and every later step read it.
    return spark.createDataFrame(rows, ParsedFileRows.schema(spec)).persist(StorageLevel.MEMORY_AND_DISK());
  }

  private Dataset<Row> emptyQuarantine() {
    return spark.createDataFrame(List.of(), Quarantine.SCHEMA);
  }

  /**
   * One Spark job over all extracts: the rows that parsed, checked against their extract's key across all
   * its files. When every row sharing a key has the same values, the first (by file and line) is kept and
   * the others are {@code duplicate}; when they differ, all are {@code conflicting_duplicate}. Values are
   * compared as parsed, so {@code F} and {@code 2} are the same gender, and lists are compared as sets.
   * Returns, per extract, the (file, line, rule, column) of every row to quarantine: few, so collected.
   *
   * <p>Keys are first counted by a 64-bit hash (an aggregation, no sort), and only rows whose hash occurs
   * more than once are compared exactly, by key and values, in a window. Sorting every row by its key and
   * values took half the ingest time at scale (docs/performance.md); a hash collision only sends a few more
   * rows to the exact comparison, never changes its outcome.
   */
  private Map<String, List<Row>> duplicates(Map<ExtractSpec, Dataset<Row>> parsed) {
    Map<ExtractSpec, Dataset<Row>> hashed = new LinkedHashMap<>();
    Dataset<Row> hashes = null;
    for (Map.Entry<ExtractSpec, Dataset<Row>> e : parsed.entrySet()) {
      Dataset<Row> h = e.getValue().filter(unbroken())
          .withColumn(EXTRACT, lit(e.getKey().name()))
          .withColumn(HASH, xxhash64(keyColumns(e.getKey())));
      hashed.put(e.getKey(), h);
      hashes = hashes == null ? h.select(EXTRACT, HASH) : hashes.unionByName(h.select(EXTRACT, HASH));
    }
    Dataset<Row> repeated = hashes.groupBy(col(EXTRACT), col(HASH)).agg(count(lit(1)).as(ROWS))
        .filter(col(ROWS).gt(1))
        .select(col(EXTRACT), col(HASH));
    Dataset<Row> union = null;
    for (Map.Entry<ExtractSpec, Dataset<Row>> e : hashed.entrySet()) {
      ExtractSpec spec = e.getKey();
      Column[] others = spec.fields().stream()
          .filter(f -> !spec.key().contains(f.column()))
          .map(f -> (f.type().sparkType() instanceof ArrayType ? array_sort(col(f.column())) : col(f.column()))
              .as(f.column()))
          .toArray(Column[]::new);
      Dataset<Row> keyed = e.getValue().join(repeated, new String[] {EXTRACT, HASH}, "left_semi").select(col(EXTRACT),
          to_json(struct(keyColumns(spec))).as("k"),
          (others.length == 0 ? lit("") : to_json(struct(others))).as("v"),
          col(ExtractSpec.SOURCE_FILE), col(ExtractSpec.LINE_NUMBER));
      union = union == null ? keyed : union.unionByName(keyed);
    }
    WindowSpec byKey = Window.partitionBy(col(EXTRACT), col("k"));
    Column rule = when(min(col("v")).over(byKey).notEqual(max(col("v")).over(byKey)),
            lit(Rule.CONFLICTING_DUPLICATE.id()))
        .when(row_number().over(byKey.orderBy(col(ExtractSpec.SOURCE_FILE), col(ExtractSpec.LINE_NUMBER))).gt(1),
            lit(Rule.DUPLICATE.id()));
    Map<String, List<Row>> byExtract = new HashMap<>();
    for (Row r : union.withColumn("rule", rule).filter(col("rule").isNotNull())
        .select(col(EXTRACT), col(ExtractSpec.SOURCE_FILE), col(ExtractSpec.LINE_NUMBER), col("rule"))
        .collectAsList()) {
      String keyHeaders = Extracts.named(r.getString(0)).orElseThrow().keyHeaders();
      byExtract.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
          .add(RowFactory.create(r.getString(1), r.getLong(2), r.getString(3), keyHeaders));
    }
    return byExtract;
  }

  /** Data rows that broke no rule: while parsing (the rows whose keys are compared), or at all (accepted). */
  private static Column unbroken() {
    return col(ParsedFileRows.KIND).equalTo(ParsedFileRows.KIND_ROW).and(col(ParsedFileRows.RULE).isNull());
  }

  private static Column[] keyColumns(ExtractSpec spec) {
    return spec.key().stream().map(c -> col(c)).toArray(Column[]::new);
  }

  /** The parsed rows with the duplicates found by {@link #duplicates} marked with their rule. */
  private Dataset<Row> withDuplicates(Dataset<Row> parsed, List<Row> duplicates) {
    if (duplicates.isEmpty()) {
      return parsed;
    }
    Dataset<Row> marks = spark.createDataFrame(duplicates, new StructType()
        .add("dup_file", DataTypes.StringType).add("dup_line", DataTypes.LongType)
        .add("dup_rule", DataTypes.StringType).add("dup_column", DataTypes.StringType));
    Column match = col(ExtractSpec.SOURCE_FILE).equalTo(col("dup_file"))
        .and(col(ExtractSpec.LINE_NUMBER).equalTo(col("dup_line")))
        .and(col(ParsedFileRows.KIND).equalTo(ParsedFileRows.KIND_ROW));
    return parsed.join(broadcast(marks), match, "left_outer")
        .withColumn(ParsedFileRows.RULE, coalesce(col(ParsedFileRows.RULE), col("dup_rule")))
        .withColumn(ParsedFileRows.RULE_COLUMN, when(col("dup_rule").isNotNull(), col("dup_column"))
            .otherwise(col(ParsedFileRows.RULE_COLUMN)))
        .drop("dup_file", "dup_line", "dup_rule", "dup_column");
  }

  private static ExtractData split(ExtractSpec spec, Dataset<Row> rows) {
    Column isRow = col(ParsedFileRows.KIND).equalTo(ParsedFileRows.KIND_ROW);
    Column[] contractColumns = Arrays.stream(spec.schema().fieldNames()).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> accepted = rows.filter(unbroken()).select(contractColumns);
    // Rows the mapping file skips are accounted for (FileAccount.skipped) but are not quarantined.
    Dataset<Row> quarantined = rows.filter(isRow.and(col(ParsedFileRows.RULE).isNotNull())
            .and(col(ParsedFileRows.RULE).notEqual(lit(Rule.SKIPPED_BY_MAPPING.id())))).select(
        lit(spec.name()).as(Quarantine.EXTRACT),
        col(ExtractSpec.SOURCE_FILE),
        col(ExtractSpec.LINE_NUMBER),
        col(ParsedFileRows.RULE).as(Quarantine.RULE),
        col(ParsedFileRows.RULE_COLUMN).as(Quarantine.COLUMN));
    return new ExtractData(spec, accepted, quarantined, overlapping(spec, accepted));
  }

  /**
   * Accepted rows whose episode overlaps another episode of the same person, as warnings in the
   * quarantine layout. Episodes touching on one day do not overlap; a blank end means still going on.
   */
  static Dataset<Row> overlapping(ExtractSpec spec, Dataset<Row> accepted) {
    EpisodeOverlap overlap = spec.overlap();
    if (overlap == null) {
      return accepted.sparkSession().createDataFrame(List.of(), Quarantine.SCHEMA);
    }
    Dataset<Row> a = accepted.select(col(overlap.person()).as("p"), col(overlap.start()).as("s"),
        col(overlap.end()).as("e"), col(ExtractSpec.SOURCE_FILE).as("f"), col(ExtractSpec.LINE_NUMBER).as("l"));
    Dataset<Row> b = a.toDF("p2", "s2", "e2", "f2", "l2");
    Column sameRow = col("f").equalTo(col("f2")).and(col("l").equalTo(col("l2")));
    Column overlapping = col("p").equalTo(col("p2"))
        .and(not(sameRow))
        .and(col("e2").isNull().or(col("s").lt(col("e2"))))
        .and(col("e").isNull().or(col("s2").lt(col("e"))));
    String columns = spec.fieldOf(overlap.start()).header() + "+" + spec.fieldOf(overlap.end()).header();
    return a.join(b, overlapping)
        .select(col("f"), col("l"))
        .distinct()
        .select(
            lit(spec.name()).as(Quarantine.EXTRACT),
            col("f").as(Quarantine.SOURCE_FILE),
            col("l").as(Quarantine.LINE_NUMBER),
            lit(overlap.rule().id()).as(Quarantine.RULE),
            lit(columns).as(Quarantine.COLUMN));
  }

  /**
   * One Spark job over all read extracts, counting from the final rows: per file, the rows read (from
   * its closing file row), rows accepted, and per rule and column the rows quarantined or warned with their
   * first line numbers; and per optional column, the accepted rows that fill it.
   */
  private static Tally tally(Map<ExtractSpec, Dataset<Row>> validated, Map<String, ExtractData> extracts) {
    Dataset<Row> union = null;
    for (Map.Entry<ExtractSpec, Dataset<Row>> e : validated.entrySet()) {
      ExtractSpec spec = e.getKey();
      ExtractData data = extracts.get(spec.name());
      // Completeness: flags f0, f1, ... say which optional columns an accepted row fills (0 on other rows).
      List<FieldSpec> optional = optional(spec);
      Column accepted = unbroken();
      List<Column> columns = new ArrayList<>(List.of(
          lit(spec.name()).as(EXTRACT), col(ExtractSpec.SOURCE_FILE), col(ParsedFileRows.KIND),
          col(ParsedFileRows.RULE), col(ParsedFileRows.RULE_COLUMN), col(ExtractSpec.LINE_NUMBER),
          col(ParsedFileRows.ENCODING), col(ParsedFileRows.ROWS_READ)));
      for (int i = 0; i < MAX_OPTIONAL; i++) {
        columns.add((i < optional.size() ? when(accepted.and(filled(optional.get(i))), 1L).otherwise(0L) : lit(0L))
            .as("f" + i));
      }
      Dataset<Row> rows = e.getValue().select(columns.toArray(Column[]::new));
      if (spec.overlap() != null) {
        List<Column> warning = new ArrayList<>(List.of(
            col(Quarantine.EXTRACT), col(Quarantine.SOURCE_FILE), lit(ParsedFileRows.KIND_WARNING).as(ParsedFileRows.KIND),
            col(Quarantine.RULE).as(ParsedFileRows.RULE), col(Quarantine.COLUMN).as(ParsedFileRows.RULE_COLUMN),
            col(Quarantine.LINE_NUMBER), lit(null).cast("string").as(ParsedFileRows.ENCODING),
            lit(null).cast("long").as(ParsedFileRows.ROWS_READ)));
        for (int i = 0; i < MAX_OPTIONAL; i++) {
          warning.add(lit(0L).as("f" + i));
        }
        rows = rows.unionByName(data.warnings().select(warning.toArray(Column[]::new)));
      }
      union = union == null ? rows : union.unionByName(rows);
    }
    List<Column> aggregates = new ArrayList<>(List.of(
        max(col(ParsedFileRows.ROWS_READ)).as(ParsedFileRows.ROWS_READ),
        max(col(ParsedFileRows.ENCODING)).as(ParsedFileRows.ENCODING),
        // Line numbers are collected for problem rows only (accepted rows give nulls, which are skipped), then
        // cut to the first few: a file whose every row breaks one rule holds 8 bytes per row here, once.
        slice(array_sort(collect_list(when(col(ParsedFileRows.RULE).isNotNull(), col(ExtractSpec.LINE_NUMBER)))),
            1, RowProblem.LINES_KEPT).as(LINE)));
    for (int i = 0; i < MAX_OPTIONAL; i++) {
      aggregates.add(sum(col("f" + i)).as("f" + i));
    }
    List<Row> groups = union
        .groupBy(col(EXTRACT), col(ExtractSpec.SOURCE_FILE), col(ParsedFileRows.KIND), col(ParsedFileRows.RULE),
            col(ParsedFileRows.RULE_COLUMN))
        .agg(count(lit(1)).as(ROWS), aggregates.toArray(Column[]::new))
        .collectAsList();
    Tally tally = new Tally();
    for (Row r : groups) {
      String extract = r.getAs(EXTRACT);
      FileTally t = tally.file(extract, r.getAs(ExtractSpec.SOURCE_FILE));
      String kind = r.getAs(ParsedFileRows.KIND);
      String rule = r.getAs(ParsedFileRows.RULE);
      String column = r.getAs(ParsedFileRows.RULE_COLUMN);
      long rows = r.<Long>getAs(ROWS);
      if (kind.equals(ParsedFileRows.KIND_FILE)) {
        t.rowsRead = r.<Long>getAs(ParsedFileRows.ROWS_READ);
        t.encoding = TextEncoding.valueOf(r.getAs(ParsedFileRows.ENCODING));
        t.fileRule = rule == null ? null : Rule.byId(rule);
      } else if (rule == null) {
        t.accepted = rows;
        List<FieldSpec> optional = optional(Extracts.named(extract).orElseThrow());
        for (int i = 0; i < optional.size(); i++) {
          t.filled.put(optional.get(i).header(), r.<Long>getAs("f" + i));
        }
      } else {
        t.problems.add(new RowProblem(Rule.byId(rule), column, rows, r.getList(r.fieldIndex(LINE))));
        if (kind.equals(ParsedFileRows.KIND_ROW) && Rule.byId(rule).severity() == Severity.REJECT_ROW) {
          t.quarantined += rows;
        }
      }
    }
    return tally;
  }

  private static List<FieldSpec> optional(ExtractSpec spec) {
    return spec.fields().stream().filter(f -> !f.isRequired()).toList();
  }

  /** A value is filled when present; a list when it holds at least one code. */
  private static Column filled(FieldSpec field) {
    Column c = col(field.column());
    return field.type().sparkType() instanceof ArrayType ? c.isNotNull().and(size(c).gt(0)) : c.isNotNull();
  }

  /** What the accounting job found, by file. */
  private static final class Tally {
    private final Map<String, FileTally> files = new LinkedHashMap<>();

    FileTally file(String extract, String file) {
      return files.computeIfAbsent(extract + SEPARATOR + file, k -> new FileTally(extract, file));
    }

    /** Every checked file's accounting: driver-side checks plus what the job counted. */
    List<FileAccount> accounts(List<FileCheck> checks) {
      List<FileAccount> accounts = new ArrayList<>();
      for (FileCheck check : checks) {
        InputFile file = check.file();
        List<FileProblem> problems = new ArrayList<>(check.problems());
        FileTally t = files.getOrDefault(file.extract() + SEPARATOR + file.displayName(),
            new FileTally(file.extract(), file.displayName()));
        if (t.fileRule != null) {
          problems.add(new FileProblem(file.extract(), file.displayName(), t.fileRule, null));
        }
        if (t.encoding == TextEncoding.WINDOWS_1252) {
          problems.add(new FileProblem(file.extract(), file.displayName(), Rule.WINDOWS_1252, null));
        }
        accounts.add(new FileAccount(file.extract(), file.displayName(), file.bytes(),
            t.rowsRead, t.accepted, t.quarantined, t.encoding, problems, t.problems));
      }
      return accounts;
    }

    /** Completeness of every optional column, per file with accepted rows and per extract ({@code ALL}). */
    List<Completeness> completeness(Collection<ExtractSpec> read) {
      List<Completeness> result = new ArrayList<>();
      for (ExtractSpec spec : read) {
        List<FileTally> withRows = files.values().stream()
            .filter(t -> t.extract.equals(spec.name()) && t.accepted > 0)
            .sorted(java.util.Comparator.comparing(t -> t.file))
            .toList();
        for (FieldSpec field : optional(spec)) {
          long rows = 0;
          long filled = 0;
          for (FileTally t : withRows) {
            long f = t.filled.getOrDefault(field.header(), 0L);
            result.add(new Completeness(spec.name(), t.file, field.header(), t.accepted, f));
            rows += t.accepted;
            filled += f;
          }
          if (rows > 0) {
            result.add(new Completeness(spec.name(), Completeness.ALL_FILES, field.header(), rows, filled));
          }
        }
      }
      return result;
    }
  }

  /** What the accounting job found for one file. */
  private static final class FileTally {
    final String extract;
    final String file;
    long rowsRead;
    long accepted;
    long quarantined;
    TextEncoding encoding;
    Rule fileRule;
    final List<RowProblem> problems = new ArrayList<>();
    final Map<String, Long> filled = new HashMap<>();

    FileTally(String extract, String file) {
      this.extract = extract;
      this.file = file;
    }
  }

  /** Hadoop reads the path list as comma-separated globs: escape commas and glob characters. */
  static String escapeHadoopPath(String location) {
    StringBuilder b = new StringBuilder(location.length());
    for (char c : location.toCharArray()) {
      if (",*?[]{}\\".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
