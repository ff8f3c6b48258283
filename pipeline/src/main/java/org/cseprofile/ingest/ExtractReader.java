package org.cseprofile.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Reads every extract of an input folder: checks each file's head on the driver, parses the
 * usable files in Spark tasks, splits accepted from quarantined rows, and accounts for every row
 * of every file.
 */
public final class ExtractReader {

  private final SparkSession spark;

  public ExtractReader(SparkSession spark) {
    this.spark = spark;
  }

  /** Reads every extract of the contract found in {@code catalog}. */
  public IngestResult read(InputCatalog catalog) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Map<String, ExtractData> extracts = new LinkedHashMap<>();
    Map<String, Dataset<Row>> tagged = new LinkedHashMap<>();
    List<FileCheck> checks = new ArrayList<>();
    for (ExtractSpec spec : Extracts.ALL) {
      List<FileCheck> specChecks = catalog.filesOf(spec.name()).stream()
          .map(f -> FileCheck.of(f, spec, hadoop))
          .toList();
      checks.addAll(specChecks);
      Dataset<Row> rows = parse(spec, specChecks.stream().filter(FileCheck::usable).toList());
      tagged.put(spec.name(), rows);
      extracts.put(spec.name(), split(spec, rows));
    }
    return new IngestResult(extracts, account(checks, tagged), catalog.ignored());
  }

  private Dataset<Row> parse(ExtractSpec spec, List<FileCheck> usable) {
    if (usable.isEmpty()) {
      return spark.createDataFrame(List.of(), ParsedFileRows.schema(spec));
    }
    Map<String, FileCheck> byLocation = usable.stream()
        .collect(Collectors.toMap(c -> c.file().location(), c -> c));
    String paths = usable.stream().map(c -> escapeHadoopPath(c.file().location())).collect(Collectors.joining(","));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows = jsc.binaryFiles(paths, Math.max(1, jsc.defaultParallelism()))
        .flatMap(new CsvFileParser(spec, byLocation));
    // Cached because accepted rows, quarantined rows and the accounting are all read from it.
    return spark.createDataFrame(rows, ParsedFileRows.schema(spec)).persist(StorageLevel.MEMORY_AND_DISK());
  }

  private static ExtractData split(ExtractSpec spec, Dataset<Row> rows) {
    Column isRow = col(ParsedFileRows.KIND).equalTo(ParsedFileRows.KIND_ROW);
    Column[] contractColumns = Arrays.stream(spec.schema().fieldNames()).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> accepted = rows.filter(isRow.and(col(ParsedFileRows.RULE).isNull())).select(contractColumns);
    Dataset<Row> quarantined = rows.filter(isRow.and(col(ParsedFileRows.RULE).isNotNull())).select(
        lit(spec.name()).as(Quarantine.EXTRACT),
        col(ExtractSpec.SOURCE_FILE),
        col(ExtractSpec.LINE_NUMBER),
        col(ParsedFileRows.RULE).as(Quarantine.RULE),
        col(ParsedFileRows.RULE_COLUMN).as(Quarantine.COLUMN));
    return new ExtractData(spec, accepted, quarantined);
  }

  /** One Spark job over all extracts: per file, rows read, accepted, quarantined, and file-level outcome. */
  private static List<FileAccount> account(List<FileCheck> checks, Map<String, Dataset<Row>> tagged) {
    Column isRow = col(ParsedFileRows.KIND).equalTo(ParsedFileRows.KIND_ROW);
    Column isFile = col(ParsedFileRows.KIND).equalTo(ParsedFileRows.KIND_FILE);
    Dataset<Row> union = null;
    for (Map.Entry<String, Dataset<Row>> e : tagged.entrySet()) {
      Dataset<Row> part = e.getValue().select(
          lit(e.getKey()).as("extract"), col(ExtractSpec.SOURCE_FILE), col(ParsedFileRows.KIND),
          col(ParsedFileRows.RULE), col(ParsedFileRows.ENCODING));
      union = union == null ? part : union.unionByName(part);
    }
    Map<String, Row> counted = new HashMap<>();
    for (Row r : union.groupBy(col("extract"), col(ExtractSpec.SOURCE_FILE)).agg(
            sum(when(isRow, 1L).otherwise(0L)).as("read"),
            sum(when(isRow.and(col(ParsedFileRows.RULE).isNull()), 1L).otherwise(0L)).as("accepted"),
            sum(when(isRow.and(col(ParsedFileRows.RULE).isNotNull()), 1L).otherwise(0L)).as("quarantined"),
            max(when(isFile, col(ParsedFileRows.RULE))).as("file_rule"),
            max(when(isFile, col(ParsedFileRows.ENCODING))).as("encoding"))
        .collectAsList()) {
      counted.put(r.getString(0) + "\u0000" + r.getString(1), r);
    }
    List<FileAccount> accounts = new ArrayList<>();
    for (FileCheck check : checks) {
      InputFile file = check.file();
      List<FileProblem> problems = new ArrayList<>(check.problems());
      Row r = counted.get(file.extract() + "\u0000" + file.displayName());
      long read = 0;
      long accepted = 0;
      long quarantined = 0;
      TextEncoding encoding = null;
      if (r != null) {
        read = r.getLong(2);
        accepted = r.getLong(3);
        quarantined = r.getLong(4);
        encoding = r.isNullAt(6) ? null : TextEncoding.valueOf(r.getString(6));
        if (!r.isNullAt(5)) {
          problems.add(new FileProblem(file.extract(), file.displayName(), Rule.byId(r.getString(5)), null));
        } else if (encoding == TextEncoding.WINDOWS_1252) {
          problems.add(new FileProblem(file.extract(), file.displayName(), Rule.WINDOWS_1252, null));
        }
      }
      accounts.add(new FileAccount(file.extract(), file.displayName(), file.bytes(),
          read, accepted, quarantined, encoding, problems));
    }
    return accounts;
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
