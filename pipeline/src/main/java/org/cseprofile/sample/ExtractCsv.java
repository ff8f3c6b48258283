package org.cseprofile.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cseprofile.ingest.ExtractSpec;
import org.cseprofile.ingest.FieldSpec;

/**
 * Writes one extract in the contract format with Commons CSV: either one {@code <extract>.csv}, or
 * a folder {@code <extract>/} with one file per local authority, as authorities export them. Rows
 * are given by column name and written in the contract's column order, every column set exactly once.
 */
final class ExtractCsv implements Closeable {
  static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Path target;
  private final boolean perAuthority;
  private final String extract;
  private final List<String> columns;
  private final List<String> header;
  private final DateTimeFormatter dates;
  private final Map<String, CSVPrinter> printers = new LinkedHashMap<>();
  private long rows;

  private ExtractCsv(Path target, boolean perAuthority, ExtractSpec spec, DateTimeFormatter dates) {
    this.target = target;
    this.perAuthority = perAuthority;
    this.extract = spec.name();
    this.columns = spec.fields().stream().map(FieldSpec::column).toList();
    this.header = spec.fields().stream().map(FieldSpec::header).toList();
    this.dates = dates;
  }

  /** {@code <dir>/<extract>.csv} with ISO dates. */
  static ExtractCsv singleFile(Path dir, ExtractSpec spec) {
    return new ExtractCsv(dir.resolve(spec.name() + ".csv"), false, spec, DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /** {@code <dir>/<extract>/<la_code>.csv} with the given date format. */
  static ExtractCsv perAuthority(Path dir, ExtractSpec spec, DateTimeFormatter dates) {
    return new ExtractCsv(dir.resolve(spec.name()), true, spec, dates);
  }

  /** A row for authority {@code laCode}, its values given by column name, written by {@link Row#write}. */
  Row row(String laCode) {
    return new Row(laCode);
  }

  /** One row's values by the contract's column names (pipeline names, whatever the file's headers). */
  final class Row {
    private final String laCode;
    private final Map<String, Object> values = new HashMap<>();

    private Row(String laCode) {
      this.laCode = laCode;
    }

    /** Sets column {@code column}; null leaves the cell blank. */
    Row set(String column, Object value) {
      if (!columns.contains(column)) {
        throw new IllegalArgumentException("extract " + extract + " has no column " + column);
      }
      if (values.containsKey(column)) {
        throw new IllegalArgumentException("column " + column + " of extract " + extract + " set twice");
      }
      values.put(column, value);
      return this;
    }

    /** Writes the row in the contract's column order; every column must have been set. */
    void write() {
      if (values.size() != columns.size()) {
        List<String> unset = columns.stream().filter(c -> !values.containsKey(c)).toList();
        throw new IllegalStateException("extract " + extract + ": " + values.size() + " of " + columns.size()
            + " columns set, not " + unset);
      }
      List<String> cells = new ArrayList<>(columns.size());
      for (String column : columns) {
        cells.add(format(values.get(column)));
      }
      print(laCode, cells);
    }
  }

  private void print(String laCode, List<String> cells) {
    try {
      printer(perAuthority ? laCode : "").printRecord(cells);
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write sample extract " + target, e);
    }
  }

  long rows() {
    return rows;
  }

  private String format(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof LocalDate d) {
      return dates.format(d);
    }
    if (v instanceof Boolean b) {
      return b ? "Y" : "N";
    }
    if (v instanceof Collection<?> c) {
      return String.join(";", c.stream().map(String::valueOf).toList());
    }
    return v.toString();
  }

  private CSVPrinter printer(String key) throws IOException {
    CSVPrinter printer = printers.get(key);
    if (printer == null) {
      Path file = perAuthority ? target.resolve(key + ".csv") : target;
      Files.createDirectories(file.getParent());
      BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      printer = new CSVPrinter(writer, CSVFormat.RFC4180);
      printer.printRecord(header);
      printers.put(key, printer);
    }
    return printer;
  }

  /** Makes sure a single-file extract exists even with no rows (a header-only file). */
  void ensureExists() {
    try {
      if (!perAuthority) {
        printer("");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write sample extract " + target, e);
    }
  }

  @Override
  public void close() {
    try {
      for (CSVPrinter p : printers.values()) {
        p.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close sample extract " + target, e);
    }
  }
}
