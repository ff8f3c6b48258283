package org.cseprofile.table;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;

/**
 * Published tables as files anyone can open: CSV (RFC 4180, official-statistics symbols in place of
 * withheld values, spreadsheet formulas neutralised) and Parquet (the value null and a
 * {@code <column>_status} column holding the symbol). Both carry the period and the disclosure
 * policy on every row. Written and read without Spark: a published table is a few hundred rows.
 */
public final class PublishedFiles {
  /** Column naming the period on every published row. */
  public static final String PERIOD = Columns.PERIOD;
  /** Column naming the disclosure policy on every published row. */
  public static final String POLICY = "disclosure_policy";
  /** Suffix of the status column that goes with each measure in Parquet. */
  public static final String STATUS_SUFFIX = "_status";
  private static final String META = "cse-profile.";

  private PublishedFiles() {}

  /** Writes {@code table} as CSV to {@code path}, replacing any file there. */
  public static void writeCsv(Configuration hadoop, Path path, PublishedTable table) {
    List<String> header = new ArrayList<>(List.of(PERIOD, POLICY));
    header.addAll(table.dimensions());
    header.addAll(table.measures());
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      try (Writer out = new OutputStreamWriter(fs.create(path, true), StandardCharsets.UTF_8);
          CSVPrinter csv = new CSVPrinter(out, format)) {
        for (PublishedRow row : table.rows()) {
          List<String> record = new ArrayList<>(List.of(table.period(), table.policy()));
          row.dimensions().forEach(d -> record.add(safe(d)));
          for (int m = 0; m < table.measures().size(); m++) {
            record.add(text(row.cells().get(m), table.kinds().get(m)));
          }
          csv.printRecord(record);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write published table " + path, e);
    }
  }

  /**
   * A text field that a spreadsheet will not run as a formula: one starting with {@code =},
   * {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading apostrophe (OWASP), and so
   * does every such part after a {@code ;}, {@code ,}, tab or {@code |}: Excel set to another list
   * separator (a {@code ;} in much of Europe) splits {@code x;=1+1} into two cells, the second a formula.
   */
  public static String safe(String field) {
    if (field == null || field.isEmpty()) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length() + 2);
    boolean cellStart = true;
    for (int i = 0; i < field.length(); i++) {
      char ch = field.charAt(i);
      if (cellStart && "=+-@\t\r".indexOf(ch) >= 0) {
        out.append('\'');
      }
      out.append(ch);
      cellStart = ";,\t|".indexOf(ch) >= 0;
    }
    return out.toString();
  }

  /** A published value as printed: a whole count, a share to one decimal place, a ratio to two, or the symbol. */
  public static String text(PublishedCell cell, MeasureKind kind) {
    if (!cell.isShown()) {
      return cell.status().symbol();
    }
    return switch (kind) {
      case COUNT -> Long.toString(Math.round(cell.value()));
      case PERCENT -> BigDecimal.valueOf(cell.value()).setScale(1, RoundingMode.HALF_UP).toPlainString();
      case DECIMAL -> BigDecimal.valueOf(cell.value()).setScale(2, RoundingMode.HALF_UP).toPlainString();
    };
  }

  /** Writes {@code table} as one Parquet file at {@code path}, replacing any file there. */
  public static void writeParquet(Configuration hadoop, Path path, PublishedTable table) {
    MessageType schema = schema(table);
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put(META + "table", table.name());
    meta.put(META + "period", table.period());
    meta.put(META + "disclosure_policy", table.policy());
    meta.put(META + "dimensions", String.join(",", table.dimensions()));
    meta.put(META + "kinds", String.join(",", table.kinds().stream().map(Enum::name).toList()));
    if (!table.notes().isEmpty()) {
      // How the table was redesigned before suppression (docs/metrics.md, "Recoding before suppression").
      meta.put(META + "notes", String.join("\n", table.notes()));
    }
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(HadoopOutputFile.fromPath(path, hadoop))
        .withConf(hadoop).withType(schema).withExtraMetaData(meta)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
      for (PublishedRow row : table.rows()) {
        Group g = groups.newGroup().append(PERIOD, table.period()).append(POLICY, table.policy());
        for (int d = 0; d < table.dimensions().size(); d++) {
          g.append(table.dimensions().get(d), row.dimensions().get(d));
        }
        for (int m = 0; m < table.measures().size(); m++) {
          String column = table.measures().get(m);
          PublishedCell cell = row.cells().get(m);
          if (cell.isShown()) {
            if (table.kinds().get(m) == MeasureKind.COUNT) {
              g.append(column, Math.round(cell.value()));
            } else {
              g.append(column, cell.value());
            }
          } else {
            g.append(column + STATUS_SUFFIX, cell.status().symbol());
          }
        }
        writer.write(g);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write published table " + path, e);
    }
  }

  private static MessageType schema(PublishedTable table) {
    Types.MessageTypeBuilder schema = Types.buildMessage();
    schema.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(PERIOD);
    schema.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(POLICY);
    for (String d : table.dimensions()) {
      schema.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(d);
    }
    for (int m = 0; m < table.measures().size(); m++) {
      String column = table.measures().get(m);
      if (table.kinds().get(m) == MeasureKind.COUNT) {
        schema.optional(PrimitiveTypeName.INT64).named(column);
      } else {
        schema.optional(PrimitiveTypeName.DOUBLE).named(column);
      }
      // null while the value is shown; otherwise the symbol (c, x, z, low) standing in its place
      schema.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column + STATUS_SUFFIX);
    }
    return schema.named(table.name());
  }

  /**
   * Deletes the bookkeeping files Hadoop leaves beside what it writes ({@code .crc} checksums,
   * {@code _SUCCESS}) anywhere under {@code folder}, so a published folder holds only what goes to a
   * board. Listed through the raw file system: a checksummed one hides its {@code .crc} files.
   */
  public static void removeBookkeeping(Configuration hadoop, Path folder) {
    try {
      FileSystem fs = folder.getFileSystem(hadoop);
      FileSystem raw = fs instanceof org.apache.hadoop.fs.ChecksumFileSystem checksummed ? checksummed.getRawFileSystem()
          : fs;
      if (!raw.exists(folder)) {
        return;
      }
      var files = raw.listFiles(folder, true);
      List<Path> bookkeeping = new ArrayList<>();
      while (files.hasNext()) {
        Path file = files.next().getPath();
        if (OutputFiles.hidden(file.getName())) {
          bookkeeping.add(file);
        }
      }
      for (Path file : bookkeeping) {
        raw.delete(file, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tidy published folder " + folder, e);
    }
  }

  /** Reads a published table written by {@link #writeParquet}. */
  public static PublishedTable readParquet(Configuration hadoop, Path path) {
    try {
      Map<String, String> meta;
      MessageType schema;
      try (ParquetFileReader file = ParquetFileReader.open(HadoopInputFile.fromPath(path, hadoop))) {
        meta = file.getFooter().getFileMetaData().getKeyValueMetaData();
        schema = file.getFooter().getFileMetaData().getSchema();
      }
      String name = required(meta, "table", path);
      List<String> dimensions = split(required(meta, "dimensions", path));
      List<MeasureKind> kinds = split(required(meta, "kinds", path)).stream().map(MeasureKind::valueOf).toList();
      String period = required(meta, "period", path);
      String policy = required(meta, "disclosure_policy", path);
      // from the schema, so a table with no rows (nothing to warn of, say) reads as one
      List<String> measures = measures(schema, dimensions);
      List<PublishedRow> rows = new ArrayList<>();
      try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), path).withConf(hadoop).build()) {
        for (Group g = reader.read(); g != null; g = reader.read()) {
          List<String> key = new ArrayList<>();
          for (String d : dimensions) {
            key.add(g.getString(d, 0));
          }
          List<PublishedCell> cells = new ArrayList<>();
          for (int m = 0; m < measures.size(); m++) {
            String column = measures.get(m);
            if (g.getFieldRepetitionCount(column) > 0) {
              cells.add(PublishedCell.shown(kinds.get(m) == MeasureKind.COUNT ? g.getLong(column, 0)
                  : g.getDouble(column, 0)));
            } else {
              cells.add(PublishedCell.withheld(status(g.getString(column + STATUS_SUFFIX, 0))));
            }
          }
          rows.add(new PublishedRow(key, cells));
        }
      }
      String notes = meta.get(META + "notes");
      return new PublishedTable(name, period, policy, dimensions, measures, kinds, rows,
          notes == null ? List.of() : List.of(notes.split("\n")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read published table " + path, e);
    }
  }

  private static List<String> measures(MessageType type, List<String> dimensions) {
    List<String> measures = new ArrayList<>();
    for (int i = 0; i < type.getFieldCount(); i++) {
      String field = type.getFieldName(i);
      if (!field.equals(PERIOD) && !field.equals(POLICY) && !dimensions.contains(field)
          && !field.endsWith(STATUS_SUFFIX)) {
        measures.add(field);
      }
    }
    return measures;
  }

  private static Status status(String symbol) {
    return Arrays.stream(Status.values()).filter(s -> s != Status.SHOWN && s.symbol().equals(symbol)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown status symbol in a published table"));
  }

  private static String required(Map<String, String> meta, String key, Path path) {
    String value = meta.get(META + key);
    if (value == null) {
      throw new IllegalArgumentException(path + " is not a cse-profile published table (no " + key + " in its metadata)");
    }
    return value;
  }

  private static List<String> split(String list) {
    return list.isEmpty() ? List.of() : List.of(list.split(","));
  }
}
