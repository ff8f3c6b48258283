package org.cseprofile.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * Runs inside a Spark task: streams one whole CSV file through {@link CsvRecordReader} and
 * {@link RecordParser}, emitting one tagged row per data record (accepted, or with the rule it broke) and
 * one closing row for the file with its rows read, counted from the same bytes by {@link RecordCounter}.
 * Reading files whole, rather than with Spark's splittable CSV source, keeps line numbers exact and
 * quoted multi-line fields intact, and keeps raw values out of every error.
 */
final class CsvFileParser implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {

  private final ExtractSpec spec;
  private final Map<String, FileCheck> checks;
  private final LocalDate runDate;
  private final String sheet;

  /**
   * {@code checks} maps each file's location to its driver-side header check; {@code sheet} is the sheet of a
   * workbook to read (the extract's mapping file's {@code sheet}; null: the first).
   */
  CsvFileParser(ExtractSpec spec, Map<String, FileCheck> checks, LocalDate runDate, String sheet) {
    this.spec = spec;
    this.checks = Map.copyOf(checks);
    this.runDate = runDate;
    this.sheet = sheet;
  }

  @Override
  public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws IOException {
    FileCheck check = checks.get(file._1());
    if (check == null) {
      throw new IllegalStateException("a file was read that the driver did not check");
    }
    String name = check.file().displayName();
    if (check.file().isXml()) {
      return xmlRows(file._2(), check);
    }
    if (check.file().isWorkbook()) {
      return new Records(openSheet(file, name, sheet), name, check);
    }
    TextEncoding encoding;
    try (InputStream in = new BufferedInputStream(file._2().open(), 1 << 16)) {
      encoding = TextEncoding.detect(in);
    }
    if (!encoding.readable()) {
      return List.of(fileRow(name, Rule.ENCODING, encoding, 0)).iterator();
    }
    return new Records(file._2(), name, check, encoding);
  }

  /**
   * The episodes of an XML return, each parsed like a CSV row of the contract's columns (an episode without
   * its own {@code LA} takes the file's authority), and the closing file row with the episode elements
   * counted from the raw bytes. A return holds a few thousand episodes at most: they are gathered first.
   */
  private Iterator<Row> xmlRows(PortableDataStream source, FileCheck check) throws IOException {
    String name = check.file().displayName();
    RecordParser parser = new RecordParser(check.mapping(), runDate);
    List<FieldSpec> fields = spec.fields();
    String fileLa = check.fileValues().getOrDefault(MissingExtract.LA_CODE, "");
    String laHeader = spec.fieldOf(MissingExtract.LA_CODE).header();
    List<Row> rows = new java.util.ArrayList<>();
    try (InputStream in = new BufferedInputStream(source.open(), 1 << 16)) {
      XmlReturn.read(in, e -> {
        List<String> raw = new java.util.ArrayList<>(fields.size());
        for (FieldSpec f : fields) {
          String value = e.values().getOrDefault(f.header(), "");
          raw.add(f.header().equals(laHeader) && value.isEmpty() ? fileLa : value);
        }
        rows.add(recordRow(name, e.line(), parser.parse(raw)));
      });
    } catch (XmlReturn.Refused e) {
      throw new IllegalStateException("the XML return " + name + " changed while it was read (rule " + e.rule().id()
          + " at line " + e.line() + ")");
    }
    long counted;
    try (InputStream in = new BufferedInputStream(source.open(), 1 << 16)) {
      counted = XmlReturn.countEpisodes(in);
    }
    rows.add(fileRow(name, parser.sawMonthFirst() ? Rule.AMBIGUOUS_DATES : null, TextEncoding.UTF_8, counted));
    return rows.iterator();
  }

  /** The first sheet of a workbook the driver has checked: a local file read directly, another through a stream. */
  private static XlsxSheet openSheet(Tuple2<String, PortableDataStream> file, String name, String sheet)
      throws IOException {
    java.net.URI uri = new org.apache.hadoop.fs.Path(file._1()).toUri();
    try {
      if ("file".equals(uri.getScheme())) {
        return XlsxSheet.open(new java.io.File(uri.getPath()), sheet);
      }
      try (InputStream in = file._2().open()) {
        return XlsxSheet.open(in, sheet);
      }
    } catch (XlsxSheet.Unreadable | XlsxSheet.NoSuchSheet e) {
      throw new IllegalStateException("the workbook " + name + " changed while it was read: it can no longer be opened");
    }
  }

  private Row fileRow(String name, Rule rule, TextEncoding encoding, long rowsRead) {
    int n = spec.fields().size();
    Object[] values = new Object[n + 7];
    values[n] = name;
    values[n + 1] = 0L;
    values[n + 2] = ParsedFileRows.KIND_FILE;
    values[n + 3] = rule == null ? null : rule.id();
    values[n + 5] = encoding.name();
    values[n + 6] = rowsRead;
    return RowFactory.create(values);
  }

  private Row recordRow(String name, long line, ParsedRecord parsed) {
    int n = spec.fields().size();
    Object[] values = new Object[n + 7];
    if (parsed.isAccepted()) {
      System.arraycopy(parsed.values(), 0, values, 0, n);
    }
    values[n] = name;
    values[n + 1] = line;
    values[n + 2] = ParsedFileRows.KIND_ROW;
    values[n + 3] = parsed.isAccepted() ? null : parsed.rule().id();
    values[n + 4] = parsed.column();
    return RowFactory.create(values);
  }

  /** A warning about the accepted row at {@code line}, counted in the accounting but not a row of its own. */
  private Row warningRow(String name, long line, Rule rule, String column) {
    int n = spec.fields().size();
    Object[] values = new Object[n + 7];
    values[n] = name;
    values[n + 1] = line;
    values[n + 2] = ParsedFileRows.KIND_WARNING;
    values[n + 3] = rule.id();
    values[n + 4] = column;
    return RowFactory.create(values);
  }

  /**
   * Lazily parses the records of one file so a large file never sits in memory: a CSV file's records, or the rows
   * of a workbook's first sheet (whose cells Excel damaged, or stored as numbers in an identifier column, are
   * quarantined or warned here, before mapping, by the column as the sheet names it).
   */
  private final class Records implements Iterator<Row> {
    private final String name;
    private final RecordParser parser;
    private final RowMapper mapper;
    private final TextEncoding encoding;
    private final RecordCounter counter = new RecordCounter();
    private final CsvRecordReader reader;
    private final XlsxSheet sheet;
    private final HeaderMapping mapping;
    private final ArrayDeque<Row> pending = new ArrayDeque<>();
    private XlsxSheet.Row sheetRow;
    private List<String> sheetHeader;
    /** Workbook columns (by position) the contract reads, and those holding an identifier (to the contract's name). */
    private final BitSet used = new BitSet();
    private final Map<Integer, String> identifiers = new java.util.TreeMap<>();
    private boolean headerSeen;
    private boolean finished;

    Records(PortableDataStream source, String name, FileCheck check, TextEncoding encoding) {
      this.name = name;
      this.parser = new RecordParser(check.mapping(), runDate, check.fileValues());
      this.mapper = check.rows();
      this.mapping = check.mapping();
      this.encoding = encoding;
      this.reader = new CsvRecordReader(counter.wrap(source.open()), encoding.charset());
      this.sheet = null;
    }

    Records(XlsxSheet sheet, String name, FileCheck check) {
      this.name = name;
      this.parser = new RecordParser(check.mapping(), runDate, check.fileValues());
      this.mapper = check.rows();
      this.mapping = check.mapping();
      this.encoding = TextEncoding.UTF_8; // a workbook's XML is Unicode: no encoding to guess
      this.reader = null;
      this.sheet = sheet;
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && !finished) {
        readOne();
      }
      return !pending.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return pending.poll();
    }

    private RawRecord nextRecord() throws IOException {
      if (sheet == null) {
        return reader.next();
      }
      sheetRow = sheet.next();
      return sheetRow == null ? null : new RawRecord(sheetRow.line(), sheetRow.cells(), null);
    }

    /** Which workbook columns the contract reads, and which of them hold identifiers. */
    private void columnsOfSheet(List<String> header) {
      sheetHeader = header;
      List<FieldSpec> fields = spec.fields();
      for (int f = 0; f < fields.size(); f++) {
        int position = mapping.position(f);
        int column = position < 0 ? -1 : mapper == null ? position : mapper.sourceOf(position);
        if (column < 0) {
          continue;
        }
        used.set(column);
        FieldSpec field = fields.get(f);
        if (field.type() == FieldType.TEXT && field.column().endsWith("_id")) {
          identifiers.put(column, field.header());
        }
      }
      if (mapper != null) {
        used.or(mapper.convertedOrSkipColumns());
      }
    }

    /** The first cell the contract reads that Excel holds as an error or as a number too long to be exact. */
    private ParsedRecord damagedCell() {
      BitSet errors = (BitSet) sheetRow.errors().clone();
      errors.and(used);
      BitSet longNumbers = (BitSet) sheetRow.longNumbers().clone();
      longNumbers.and(used);
      int error = errors.nextSetBit(0);
      int longNumber = longNumbers.nextSetBit(0);
      if (error < 0 && longNumber < 0) {
        return null;
      }
      int column = error < 0 ? longNumber : longNumber < 0 ? error : Math.min(error, longNumber);
      Rule rule = column == error ? Rule.EXCEL_ERROR : Rule.EXCEL_LONG_NUMBER;
      return ParsedRecord.rejected(rule, column < sheetHeader.size() ? sheetHeader.get(column).trim() : null);
    }

    private void readOne() {
      RawRecord record;
      try {
        record = nextRecord();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read input file " + name, e);
      }
      if (record == null) {
        finish();
        return;
      }
      if (!headerSeen) {
        headerSeen = true; // the driver has already mapped the header row
        if (sheet != null) {
          columnsOfSheet(record.fields());
        }
        return;
      }
      if (!record.readable()) {
        pending.add(recordRow(name, record.line(), ParsedRecord.rejected(record.rule(), null)));
        return;
      }
      ParsedRecord damaged = sheet == null ? null : damagedCell();
      if (damaged != null) {
        pending.add(recordRow(name, record.line(), damaged));
        return;
      }
      ParsedRecord parsed;
      RowMapper.Mapped mapped = null;
      if (mapper == null) {
        parsed = parser.parse(record.fields());
      } else {
        mapped = mapper.map(record.fields());
        if (!mapped.mapped()) {
          pending.add(recordRow(name, record.line(), ParsedRecord.rejected(mapped.rule(), mapped.column())));
          return;
        }
        parsed = parser.parse(mapped.fields());
      }
      pending.add(recordRow(name, record.line(), parsed));
      if (parsed.isAccepted() && mapped != null && mapped.warning() != null) {
        pending.add(warningRow(name, record.line(), mapped.warning(), mapped.warningColumn()));
      }
      if (parsed.isAccepted() && sheet != null) {
        for (Map.Entry<Integer, String> id : identifiers.entrySet()) {
          if (sheetRow.numbers().get(id.getKey())) {
            pending.add(warningRow(name, record.line(), Rule.NUMERIC_IDENTIFIER, id.getValue()));
            break; // one warning a row: the row is counted once under the rule
          }
        }
      }
    }

    private void finish() {
      finished = true;
      long rowsRead;
      try {
        rowsRead = sheet == null ? counter.rows() : sheet.countDataRows();
        if (sheet == null) {
          reader.close();
        } else {
          sheet.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read input file " + name, e);
      }
      pending.add(fileRow(name, parser.sawMonthFirst() ? Rule.AMBIGUOUS_DATES : null, encoding, rowsRead));
    }
  }
}
