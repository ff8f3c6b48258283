package org.cseprofile.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.cseprofile.table.PublishedFiles;
import org.cseprofile.ingest.CsvFormats;
import org.cseprofile.query.QueryResult;
import org.cseprofile.query.QueryResult.ColumnKind;

/** Prints a query result as an aligned table, CSV (RFC 4180) or JSON (an array of objects). */
final class ResultPrinter {
  /** The output formats of {@code query}. */
  enum Format { TABLE, CSV, JSON }

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultPrinter() {}

  static void print(QueryResult result, Format format, PrintWriter out) {
    switch (format) {
      case TABLE -> table(result, out);
      case CSV -> csv(result, out);
      case JSON -> json(result, out);
    }
    out.flush();
  }

  private static void table(QueryResult result, PrintWriter out) {
    int n = result.columns().size();
    int[] widths = new int[n];
    for (int c = 0; c < n; c++) {
      widths[c] = result.columns().get(c).length();
      for (List<Object> row : result.rows()) {
        widths[c] = Math.max(widths[c], text(row.get(c)).length());
      }
    }
    List<String> header = new ArrayList<>();
    List<String> rule = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      header.add(pad(result.columns().get(c), widths[c], right(result, c)));
      rule.add("-".repeat(widths[c]));
    }
    out.println(String.join("  ", header).stripTrailing());
    out.println(String.join("  ", rule));
    for (List<Object> row : result.rows()) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        cells.add(pad(text(row.get(c)), widths[c], right(result, c)));
      }
      out.println(String.join("  ", cells).stripTrailing());
    }
    out.printf("(%d row%s%s)%n", result.rows().size(), result.rows().size() == 1 ? "" : "s",
        result.completeness() == QueryResult.Completeness.TRUNCATED
            ? "; more rows not shown, raise --limit (now " + result.limit() + ")" : "");
  }

  private static void csv(QueryResult result, PrintWriter out) {
    try {
      CSVPrinter printer = new CSVPrinter(out, CsvFormats.WRITE);
      printer.printRecord(result.columns());
      for (List<Object> row : result.rows()) {
        // Text as a spreadsheet will not run it (PublishedFiles.safe); numbers as they are.
        printer.printRecord(row.stream().map(v -> v instanceof String t ? PublishedFiles.safe(t) : text(v)).toList());
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void json(QueryResult result, PrintWriter out) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<Object> row : result.rows()) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (int c = 0; c < result.columns().size(); c++) {
        object.put(result.columns().get(c), row.get(c));
      }
      rows.add(object);
    }
    try {
      out.println(JSON.writeValueAsString(rows));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean right(QueryResult result, int column) {
    return result.kinds().get(column) != ColumnKind.TEXT;
  }

  private static String text(Object value) {
    return value == null ? "" : value instanceof java.math.BigDecimal b ? b.toPlainString() : value.toString();
  }

  private static String pad(String text, int width, boolean right) {
    String spaces = " ".repeat(width - text.length());
    return right ? spaces + text : text + spaces;
  }
}
