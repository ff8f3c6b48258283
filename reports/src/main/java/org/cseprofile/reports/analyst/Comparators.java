package org.cseprofile.reports.analyst;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Other areas' published rates the analyst compares the partnership with (national, regional, statistical
 * neighbours), each with its source and date: a CSV file {@code measure,area,rate,per,source,date}. These are
 * public figures typed in by the analyst, not data of this run; the report shows them beside its own rates with
 * a warning that definitions may differ.
 */
public final class Comparators {
  /** The header the file must start with. */
  public static final List<String> HEADER = List.of("measure", "area", "rate", "per", "source", "date");

  /**
   * One comparator.
   *
   * @param measure the counted measure of the {@code rates} table it is compared with, for example children_open
   * @param area the area it describes, for example "England" or "South East"
   * @param ratePer10000 the rate per 10,000 children (converted from the file's {@code per})
   * @param source who published it and where
   * @param date when it was published or the period it describes, as written
   */
  public record Comparator(String measure, String area, double ratePer10000, String source, String date) {
    public Comparator {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(area, "area");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(date, "date");
      if (!(ratePer10000 >= 0) || Double.isInfinite(ratePer10000)) {
        throw new IllegalArgumentException("ratePer10000 must be a finite number of 0 or more");
      }
    }
  }

  private final List<Comparator> rows;
  private final String sha256;

  private Comparators(List<Comparator> rows, String sha256) {
    this.rows = List.copyOf(rows);
    this.sha256 = sha256;
  }

  /** The comparators of a CSV file's bytes; throws {@link NarrativeException} naming the line and column. */
  public static Comparators parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\\r?\\n|\\r", -1);
    List<Comparator> rows = new ArrayList<>();
    boolean header = false;
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      if (lines[i].isBlank() || lines[i].startsWith("#")) {
        continue; // a blank line, or a comment such as the synthetic sample's label
      }
      List<String> fields = fields(lines[i], number);
      if (!header) {
        if (!fields.stream().map(f -> f.strip().toLowerCase(Locale.UK)).toList().equals(HEADER)) {
          throw new NarrativeException("line " + number + ": the header must be " + String.join(",", HEADER));
        }
        header = true;
        continue;
      }
      if (fields.size() != HEADER.size()) {
        throw new NarrativeException("line " + number + ": " + fields.size() + " fields, expected " + HEADER.size());
      }
      String measure = fields.get(0).strip();
      if (!measure.matches("[a-z][a-z0-9_]*")) {
        throw new NarrativeException("line " + number + ", column measure: must be a measure name such as "
            + "children_open");
      }
      double rate = number(fields.get(2), number, "rate");
      double per = number(fields.get(3), number, "per");
      if (per <= 0) {
        throw new NarrativeException("line " + number + ", column per: must be above 0");
      }
      for (int c : new int[] {1, 4, 5}) {
        if (fields.get(c).isBlank()) {
          throw new NarrativeException("line " + number + ", column " + HEADER.get(c) + ": must not be blank (a "
              + "comparator without its area, source and date cannot be checked)");
        }
      }
      rows.add(new Comparator(measure, fields.get(1).strip(), rate * 10_000 / per, fields.get(4).strip(),
          fields.get(5).strip()));
    }
    if (!header) {
      throw new NarrativeException("line 1: the header must be " + String.join(",", HEADER));
    }
    return new Comparators(rows, sha256(bytes));
  }

  /** Every comparator, in the file's order. */
  public List<Comparator> rows() {
    return rows;
  }

  /** The SHA-256 of the file's bytes, in lower-case hexadecimal. */
  public String sha256() {
    return sha256;
  }

  private static double number(String field, int line, String column) {
    try {
      double value = Double.parseDouble(field.strip().replace(",", ""));
      if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new NarrativeException("line " + line + ", column " + column + ": must be a number of 0 or more");
    }
  }

  /** The fields of one CSV line: commas separate, double quotes enclose a field that holds commas. */
  static List<String> fields(String line, int number) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
        field.setLength(0);
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new NarrativeException("line " + number + ": a quoted field is not closed");
    }
    out.add(field.toString());
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
