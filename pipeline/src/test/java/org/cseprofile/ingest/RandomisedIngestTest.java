package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random but valid cohort rows, written every way the contract allows (any column order and header case,
 * ISO and UK dates, codes in any case with spaces, optional quoting, an unknown free-text column with commas,
 * quotes and line breaks, blank and Excel-empty lines, CRLF, LF or CR, with or without a byte-order mark),
 * mixed with random corruptions whose rule and column are known. Every valid row must be accepted with
 * exactly its values, every corrupted row quarantined with the right rule at the right line, and the
 * independent counter must agree. A failure names its seed.
 */
@ExtendWith(SparkExtension.class)
class RandomisedIngestTest {
  static final LocalDate RUN_DATE = LocalDate.of(2017, 1, 15);
  static final List<FieldSpec> FIELDS = CohortExtract.SPEC.fields();
  static final String NOTES = "Notes";
  static final String[] LA = {"E06000043", "E10000011", "E10000032", "W06000015"};
  static final String[] CIN = {"10A", "11A", "3A", "24A", "1B"};
  static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter UK_SHORT = DateTimeFormatter.ofPattern("d/M/yyyy");

  /** What the pipeline must make of one row: its values, or the rule and the column it breaks. */
  record Expected(Object[] values, Rule rule, String column) {}

  /** A generated file: its bytes and, by the line each row starts on, what must be found there. */
  record Generated(byte[] bytes, Map<Long, Expected> rows) {}

  @Test
  void everyValidRowIsAcceptedAndEveryCorruptedRowQuarantinedWithItsRule() throws IOException {
    Map<String, Integer> rulesSeen = new TreeMap<>();
    for (long seed = 0; seed < 200; seed++) {
      Generated g = new Generator(seed).file(60, 0.35, false);
      HeaderMapping mapping;
      RecordCounter counter = new RecordCounter();
      Map<Long, String> found = new LinkedHashMap<>();
      try (InputStream in = counter.wrap(new ByteArrayInputStream(g.bytes()));
          CsvRecordReader reader = new CsvRecordReader(in, StandardCharsets.UTF_8)) {
        mapping = HeaderMapping.of(CohortExtract.SPEC, reader.next().fields());
        RecordParser parser = new RecordParser(mapping, RUN_DATE);
        for (RawRecord r = reader.next(); r != null; r = reader.next()) {
          ParsedRecord p = r.readable() ? parser.parse(r.fields()) : ParsedRecord.rejected(r.rule(), null);
          found.put(r.line(), describe(p.isAccepted() ? p.values() : null, p.rule(), p.column()));
        }
      }
      Map<Long, String> expected = new LinkedHashMap<>();
      g.rows().forEach((line, e) -> expected.put(line, describe(e.values(), e.rule(), e.column())));
      assertThat(mapping.unknown()).as("seed " + seed).singleElement().asString().isEqualToIgnoringCase(NOTES);
      assertThat(found).as("seed " + seed).containsExactlyEntriesOf(expected);
      assertThat(counter.rows()).as("seed " + seed + ": rows counted independently").isEqualTo(expected.size());
      g.rows().values().forEach(e -> rulesSeen.merge(e.rule() == null ? "accepted" : e.rule().id(), 1, Integer::sum));
    }
    assertThat(rulesSeen.keySet()).as("kinds of row generated").containsExactlyInAnyOrder("accepted",
        "required_blank", "invalid_date", "invalid_code", "future_date", "end_before_start", "birth_after_event",
        "age_out_of_range", "field_count", "malformed_quotes");
  }

  @Test
  void throughSparkWithDuplicatesNothingIsLostAndEveryRuleIsCounted(SparkSession spark, @TempDir Path input)
      throws IOException {
    Generator generator = new Generator(4242);
    Generated g = generator.file(1500, 0.3, true);
    Files.write(input.resolve("cse_cohort.csv"), g.bytes());

    IngestResult result = new ExtractReader(spark).read(
        InputCatalog.scan(input.toString(), spark.sparkContext().hadoopConfiguration()), RUN_DATE);

    Map<String, Long> expectedByRule = new TreeMap<>();
    Set<String> expectedAccepted = new HashSet<>();
    g.rows().forEach((line, e) -> {
      if (e.rule() == null) {
        expectedAccepted.add(line + ":" + e.values()[0]);
      } else {
        expectedByRule.merge(e.rule().id(), 1L, Long::sum);
      }
    });
    FileAccount account = result.files().get(0);
    Map<String, Long> byRule = new TreeMap<>();
    account.quarantinedByRule().forEach(p -> byRule.merge(p.rule().id(), p.rows(), Long::sum));
    assertThat(byRule).isEqualTo(expectedByRule).containsKeys("duplicate", "conflicting_duplicate");
    assertThat(account.rowsRead()).isEqualTo(g.rows().size());
    assertThat(account.balances()).isTrue();
    List<String> accepted = result.extract(CohortExtract.NAME).accepted().select("line_number", "child_id")
        .collectAsList().stream().map(r -> r.getLong(0) + ":" + r.getString(1)).toList();
    assertThat(accepted).hasSize(expectedAccepted.size()).containsExactlyInAnyOrderElementsOf(expectedAccepted);
    List<Row> quarantined = result.extract(CohortExtract.NAME).quarantined().collectAsList();
    for (Row q : quarantined) {
      Expected e = g.rows().get(q.getLong(2));
      assertThat(q.getString(3) + " " + q.getString(4)).as("line " + q.getLong(2))
          .isEqualTo(e.rule().id() + " " + e.column());
    }
  }

  private static String describe(Object[] values, Rule rule, String column) {
    if (values == null) {
      return rule.id() + (column == null ? "" : " in " + column);
    }
    return Arrays.deepToString(values);
  }

  /** Writes random files in the contract format, keeping what each row must give. */
  static final class Generator {
    private final Random rng;
    private final long seed;
    private int serial;

    Generator(long seed) {
      this.seed = seed;
      this.rng = new Random(seed);
    }

    Generated file(int rows, double corruptShare, boolean duplicates) {
      String newline = pick("\r\n", "\n", "\r");
      List<String> columns = new ArrayList<>(FIELDS.stream().map(FieldSpec::header).toList());
      columns.add(NOTES);
      Collections.shuffle(columns, rng);
      StringBuilder text = new StringBuilder();
      if (rng.nextInt(4) == 0) {
        text.append('\uFEFF');
      }
      if (rng.nextInt(5) == 0) {
        text.append(newline);
      }
      List<String> header = columns.stream().map(c -> rng.nextBoolean() ? c.toUpperCase(Locale.ROOT) : c).toList();
      text.append(String.join(",", header)).append(newline);
      Map<Long, Expected> expected = new LinkedHashMap<>();
      for (int i = 0; i < rows; i++) {
        if (rng.nextInt(8) == 0) {
          text.append(pick("", "  ", ",,,", " , ,\t")).append(newline); // blank lines and Excel's empty rows
        }
        Map<String, String> raw = new LinkedHashMap<>();
        Object[] values = validRow(raw);
        long line = lineOf(text);
        if (duplicates && rng.nextInt(12) == 0) {
          // The same row again later in another spelling, or with another risk level.
          boolean conflicting = rng.nextBoolean();
          text.append(row(columns, raw, null)).append(newline);
          Map<String, String> copy = new LinkedHashMap<>(raw);
          String gender = ValueParsers.gender(raw.get("gender").trim());
          copy.put("gender", switch (gender) {
            case "F" -> "2";
            case "M" -> "1";
            default -> "0";
          });
          copy.put("identified_date", UK_SHORT.format((LocalDate) values[5]));
          if (conflicting) {
            copy.put("risk_level", "high".equals(values[7]) ? "low" : "high");
          }
          text.append(newline.repeat(rng.nextInt(2)));
          long copyLine = lineOf(text);
          text.append(row(columns, copy, null)).append(newline);
          String key = CohortExtract.SPEC.keyHeaders();
          expected.put(line, conflicting ? new Expected(null, Rule.CONFLICTING_DUPLICATE, key) : new Expected(values, null, null));
          expected.put(copyLine, new Expected(null, conflicting ? Rule.CONFLICTING_DUPLICATE : Rule.DUPLICATE, key));
          continue;
        }
        if (rng.nextDouble() < corruptShare) {
          Expected e = corrupt(raw, values);
          String malformed = null;
          if (e.rule() == Rule.MALFORMED_QUOTES) {
            malformed = pick("after", "unclosed");
            // The broken row is its first line only: keep the row on one line so the next line is the next row.
            raw.put(NOTES, "");
          }
          if (e.rule() == Rule.FIELD_COUNT) {
            List<String> shorter = new ArrayList<>(columns);
            if (rng.nextBoolean()) {
              shorter.remove(rng.nextInt(shorter.size()));
            } else {
              shorter.add("extra");
              raw.put("extra", "x");
            }
            text.append(row(shorter, raw, null)).append(newline);
          } else {
            text.append(row(columns, raw, malformed)).append(newline);
          }
          expected.put(line, e);
        } else {
          text.append(row(columns, raw, null)).append(newline);
          expected.put(line, new Expected(values, null, null));
        }
      }
      if (rng.nextInt(3) == 0) {
        text.append(newline).append(newline);
      }
      return new Generated(text.toString().getBytes(StandardCharsets.UTF_8), expected);
    }

    /** A valid row: raw text per header in {@code raw}, and the values the parser must give, in contract order. */
    private Object[] validRow(Map<String, String> raw) {
      Object[] v = new Object[FIELDS.size()];
      String id = "C" + seed + "x" + (serial++) + pick("", "", ", with a comma", " \"quoted\"");
      raw.put("child_id", id);
      v[0] = id;
      String la = LA[rng.nextInt(LA.length)];
      raw.put("la_code", rng.nextBoolean() ? la : la.toLowerCase(Locale.ROOT));
      v[1] = la;
      LocalDate identified = LocalDate.of(2014, 1, 1).plusDays(rng.nextInt(1096));
      LocalDate birth = identified.minusDays(rng.nextInt(17 * 365));
      raw.put("birth_month", switch (rng.nextInt(3)) {
        case 0 -> birth.toString().substring(0, 7);
        case 1 -> birth.toString();
        default -> UK.format(birth);
      });
      v[2] = birth.withDayOfMonth(1);
      String gender = pick("M", "F", "U");
      raw.put("gender", spaced(rng.nextBoolean() ? gender.toLowerCase(Locale.ROOT) : switch (gender) {
        case "M" -> "1";
        case "F" -> "2";
        default -> pick("0", "9");
      }));
      v[3] = gender;
      v[4] = optionalCode(raw, "ethnicity", CohortExtract.ETHNICITY_CODES);
      raw.put("identified_date", date(identified));
      v[5] = identified;
      v[6] = optionalDate(raw, "closed_date", identified);
      v[7] = optionalCode(raw, "risk_level", List.of("low", "medium", "high"));
      v[8] = optionalCode(raw, "cse_model", CohortExtract.SPEC.fieldOf("cse_model").codes());
      v[9] = yesNo(raw, "looked_after");
      v[10] = optionalCode(raw, "cp_plan", List.of("current", "previous", "never"));
      if (rng.nextBoolean()) {
        List<String> cin = new ArrayList<>();
        int n = 1 + rng.nextInt(3);
        for (int k = 0; k < n; k++) {
          cin.add(CIN[rng.nextInt(CIN.length)]);
        }
        raw.put("cin_factors", String.join(pick(";", "; "), cin.stream()
            .map(c -> rng.nextBoolean() ? c.toLowerCase(Locale.ROOT) : c).toList()));
        v[11] = cin.stream().distinct().toArray(String[]::new);
      } else {
        raw.put("cin_factors", "");
      }
      v[12] = yesNo(raw, "domestic_abuse");
      v[13] = yesNo(raw, "prior_rape_allegation");
      v[14] = optionalDate(raw, "risk_assessment_date", identified);
      v[15] = optionalDate(raw, "plan_date", identified);
      raw.put(NOTES, pick("", "seen at the station", "said \"not again\", left", "two\nlines", "Zoë's 3rd,\r\nvisit"));
      return v;
    }

    /** Breaks one value (or the row) of a valid row; returns the rule and the column it must be found with. */
    private Expected corrupt(Map<String, String> raw, Object[] v) {
      LocalDate identified = (LocalDate) v[5];
      switch (rng.nextInt(10)) {
        case 0 -> {
          String column = pick("child_id", "la_code", "birth_month", "gender", "identified_date");
          raw.put(column, pick("", " "));
          return new Expected(null, Rule.REQUIRED_BLANK, column);
        }
        case 1 -> {
          String column = pick("identified_date", "closed_date", "plan_date", "birth_month");
          raw.put(column, column.equals("birth_month") ? pick("2001-13", "March 2001")
              : pick("31/02/2016", "2016-02-30", "2016/01/01", "13/13/2016", "yesterday"));
          return new Expected(null, Rule.INVALID_DATE, column);
        }
        case 2 -> {
          String column = pick("gender", "risk_level", "ethnicity", "la_code", "cp_plan", "looked_after", "cin_factors");
          raw.put(column, switch (column) {
            case "la_code" -> "E0600004";
            case "looked_after" -> "maybe";
            case "cin_factors" -> "10AA;11A";
            default -> "X";
          });
          return new Expected(null, Rule.INVALID_CODE, column);
        }
        case 3 -> {
          raw.put("identified_date", date(RUN_DATE.plusDays(1 + rng.nextInt(500))));
          raw.put("closed_date", "");
          return new Expected(null, Rule.FUTURE_DATE, "identified_date");
        }
        case 4 -> {
          raw.put("closed_date", date(identified.minusDays(1 + rng.nextInt(100))));
          return new Expected(null, Rule.END_BEFORE_START, "closed_date");
        }
        case 5 -> {
          LocalDate birth = identified.withDayOfMonth(1).plusMonths(1 + rng.nextInt(24));
          raw.put("birth_month", (birth.isAfter(RUN_DATE) ? RUN_DATE.withDayOfMonth(1) : birth).toString().substring(0, 7));
          return new Expected(null, Rule.BIRTH_AFTER_EVENT, "birth_month");
        }
        case 6 -> {
          raw.put("birth_month", identified.minusYears(18).minusMonths(1 + rng.nextInt(200)).toString().substring(0, 7));
          return new Expected(null, Rule.AGE_OUT_OF_RANGE, "birth_month");
        }
        case 7 -> {
          return new Expected(null, Rule.FIELD_COUNT, null);
        }
        default -> {
          return new Expected(null, Rule.MALFORMED_QUOTES, null);
        }
      }
    }

    /** One row in {@code columns} order; {@code malformed} breaks the quoting of its first value. */
    private String row(List<String> columns, Map<String, String> raw, String malformed) {
      List<String> cells = new ArrayList<>();
      for (String c : columns) {
        String value = raw.getOrDefault(c.toLowerCase(Locale.ROOT), raw.getOrDefault(c, ""));
        if (malformed != null && cells.isEmpty()) {
          cells.add(malformed.equals("after") ? "\"v\"x" : "\"unclosed");
          continue;
        }
        cells.add(cell(value));
      }
      return String.join(",", cells);
    }

    /** A value as CSV: quoted when it must be, and sometimes when it need not be. */
    private String cell(String value) {
      boolean must = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
      // A quoted empty value is not written: an unclosed quote earlier in the file must meet a quote
      // followed by text, as in any real file whose quoted values start with a letter or digit.
      if (must || !value.isBlank() && !Character.isWhitespace(value.charAt(0)) && rng.nextInt(5) == 0) {
        return "\"" + value.replace("\"", "\"\"") + "\"" + pick("", "", " ");
      }
      return value;
    }

    private String optionalCode(Map<String, String> raw, String column, List<String> codes) {
      if (rng.nextInt(3) == 0) {
        raw.put(column, pick("", " "));
        return null;
      }
      String code = codes.get(rng.nextInt(codes.size()));
      raw.put(column, spaced(rng.nextBoolean() ? code.toUpperCase(Locale.ROOT) : code));
      return code;
    }

    private LocalDate optionalDate(Map<String, String> raw, String column, LocalDate from) {
      LocalDate d = from.plusDays(rng.nextInt(400));
      if (rng.nextInt(3) == 0 || d.isAfter(RUN_DATE)) {
        raw.put(column, "");
        return null;
      }
      raw.put(column, date(d));
      return d;
    }

    private Boolean yesNo(Map<String, String> raw, String column) {
      int k = rng.nextInt(5);
      if (k == 0) {
        raw.put(column, "");
        return null;
      }
      boolean yes = k % 2 == 1;
      String text = yes ? pick("Y", "y", "Yes", "YES") : pick("N", "n", "No", "no");
      raw.put(column, spaced(text));
      return yes;
    }

    private String date(LocalDate d) {
      return switch (rng.nextInt(3)) {
        case 0 -> d.toString();
        case 1 -> UK.format(d);
        default -> UK_SHORT.format(d);
      };
    }

    /** Spaces around an unquoted value are trimmed. */
    private String spaced(String value) {
      return rng.nextInt(4) == 0 ? " " + value + "  " : value;
    }

    private String pick(String... options) {
      return options[rng.nextInt(options.length)];
    }

    /** The physical line the next character of {@code text} is on (a byte-order mark is not a line). */
    private static long lineOf(CharSequence text) {
      long line = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\r') {
          line++;
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        } else if (c == '\n') {
          line++;
        }
      }
      return line;
    }
  }
}
