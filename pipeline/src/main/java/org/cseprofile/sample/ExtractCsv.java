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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one extract in the contract format with Commons CSV: either one {@code <extract>.csv}, or
 * a folder {@code <extract>/} with one file per local authority, as authorities export them.
 */
final class ExtractCsv implements Closeable {
  static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Path target;
  private final boolean perAuthority;
  private final List<String> header;
  private final DateTimeFormatter dates;
  private final Map<String, CSVPrinter> printers = new LinkedHashMap<>();
  private long rows;

  private ExtractCsv(Path target, boolean perAuthority, List<String> header, DateTimeFormatter dates) {
    this.target = target;
    this.perAuthority = perAuthority;
    this.header = List.copyOf(header);
    this.dates = dates;
  }

  /** {@code <dir>/<extract>.csv} with ISO dates. */
  static ExtractCsv singleFile(Path dir, String extract, List<String> header) {
    return new ExtractCsv(dir.resolve(extract + ".csv"), false, header, DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /** {@code <dir>/<extract>/<la_code>.csv} with the given date format. */
  static ExtractCsv perAuthority(Path dir, String extract, List<String> header, DateTimeFormatter dates) {
    return new ExtractCsv(dir.resolve(extract), true, header, dates);
  }

  /** Writes one row for authority {@code laCode}; dates, booleans and lists in contract form. */
  void write(String laCode, Object... values) {
    try {
      CSVPrinter printer = printer(perAuthority ? laCode : "");
      List<String> cells = new ArrayList<>(values.length);
      for (Object v : values) {
        cells.add(format(v));
      }
      printer.printRecord(cells);
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
