package org.cseprofile.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * Runs inside a Spark task: streams one whole CSV file through Commons CSV and emits one tagged
 * row per data record (accepted or with the rule it broke) and one closing row for the file.
 * Reading files whole, rather than with Spark's splittable CSV source, keeps line numbers exact
 * and quoted multi-line fields intact, and keeps raw values out of every error.
 */
final class CsvFileParser implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {

  private final ExtractSpec spec;
  private final Map<String, FileCheck> checks;

  /** {@code checks} maps each file's location to its driver-side header check. */
  CsvFileParser(ExtractSpec spec, Map<String, FileCheck> checks) {
    this.spec = spec;
    this.checks = Map.copyOf(checks);
  }

  @Override
  public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws IOException {
    FileCheck check = checks.get(file._1());
    if (check == null) {
      throw new IllegalStateException("a file was read that the driver did not check");
    }
    String name = check.file().displayName();
    TextEncoding encoding;
    try (InputStream in = new BufferedInputStream(file._2().open(), 1 << 16)) {
      encoding = TextEncoding.detect(in);
    }
    if (!encoding.readable()) {
      return List.of(fileRow(name, Rule.ENCODING, encoding)).iterator();
    }
    return new Records(file._2(), name, check.mapping(), encoding);
  }

  private Row fileRow(String name, Rule rule, TextEncoding encoding) {
    Object[] values = new Object[spec.fields().size() + 6];
    values[spec.fields().size()] = name;
    values[spec.fields().size() + 1] = 0L;
    values[spec.fields().size() + 2] = ParsedFileRows.KIND_FILE;
    values[spec.fields().size() + 3] = rule == null ? null : rule.id();
    values[spec.fields().size() + 5] = encoding.name();
    return RowFactory.create(values);
  }

  private Row recordRow(String name, long line, ParsedRecord parsed) {
    int n = spec.fields().size();
    Object[] values = new Object[n + 6];
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

  /** Lazily parses the records of one file so a large file never sits in memory. */
  private final class Records implements Iterator<Row> {
    private final String name;
    private final RecordParser parser;
    private final TextEncoding encoding;
    private final InputStream stream;
    private final CSVParser csv;
    private final Iterator<CSVRecord> records;
    private final ArrayDeque<Row> pending = new ArrayDeque<>();
    private boolean headerSeen;
    private boolean finished;

    Records(PortableDataStream source, String name, HeaderMapping mapping, TextEncoding encoding) throws IOException {
      this.name = name;
      this.parser = new RecordParser(mapping);
      this.encoding = encoding;
      this.stream = new BufferedInputStream(source.open(), 1 << 16);
      Reader reader = new InputStreamReader(stream, encoding.charset().newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT));
      this.csv = CsvFormats.EXTRACT.parse(reader);
      this.records = csv.iterator();
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

    private void readOne() {
      // The iterator parses the next record inside hasNext(), so read the line counter first.
      long startLine = csv.getCurrentLineNumber() + 1;
      CSVRecord record;
      try {
        record = records.hasNext() ? records.next() : null;
      } catch (UncheckedIOException | IllegalStateException e) {
        // Commons CSV stops at broken quoting; the rest of the file cannot be tokenised reliably.
        pending.add(recordRow(name, startLine, ParsedRecord.rejected(Rule.MALFORMED_QUOTES, null)));
        finish();
        return;
      }
      if (record == null) {
        finish();
      } else if (record.size() == 1 && record.get(0).isEmpty()) {
        return; // a blank line is not a record
      } else if (!headerSeen) {
        headerSeen = true;
      } else {
        pending.add(recordRow(name, startLine, parser.parse(record.toList())));
      }
    }

    private void finish() {
      finished = true;
      try {
        csv.close();
        stream.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close input file " + name, e);
      }
      pending.add(fileRow(name, null, encoding));
    }
  }
}
