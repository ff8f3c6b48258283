package org.cseprofile.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.EducationExtract;
import org.cseprofile.ingest.HealthExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.ingest.Rule;
import org.cseprofile.ingest.SuspectsExtract;

/**
 * Turns a clean generated data set into its dirty variant: puts a known number of defects of each kind
 * into the files, the way real extracts go wrong (blank and impossible values, typos in years, swapped
 * dates, broken quotes, rows pasted twice, a child reported twice with different details, overlapping
 * missing episodes, an extra column), and returns how many rows each rule must quarantine or flag per
 * file. Each defect breaks exactly one rule, so the pipeline's counts must match exactly.
 */
final class DefectInjector {
  /** Defects of each kind put into each file (fewer when a file has too few suitable rows). */
  static final int PER_RULE = 3;
  static final long DEFECT_STREAM = 6;
  /** Years added to a date to put it in the future (a typo such as 2061 for 2016). */
  static final int FUTURE_YEARS = 45;

  private static final DateTimeFormatter ISO_MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
  private static final DateTimeFormatter UK_DATE = ExtractCsv.UK_DATE;

  private final SplittableRandom rng;
  private final LocalDate to;
  private final Map<String, Expected> expected = new TreeMap<>();
  private LocalDate earliestFuture;

  /** What the pipeline must find in one file. */
  static final class Expected {
    long rows;
    final Map<String, Long> quarantined = new TreeMap<>();
    final Map<String, Long> warned = new TreeMap<>();
    final List<String> fileWarnings = new ArrayList<>();

    private void quarantine(Rule rule, long n) {
      quarantined.merge(rule.id(), n, Long::sum);
    }
  }

  /** The defects put into a data set: per file (relative name), what the pipeline must find. */
  record Defects(Map<String, Expected> files, LocalDate futureFrom) {}

  private DefectInjector(SampleConfig config) {
    this.rng = Randoms.forItem(config.seed(), DEFECT_STREAM, 0);
    this.to = config.to();
  }

  /** Puts defects into the clean extracts in {@code dir}, in place. */
  static Defects inject(Path dir, SampleConfig config) {
    DefectInjector injector = new DefectInjector(config);
    injector.cohort(injector.table(dir, CohortExtract.NAME + ".csv"));
    injector.education(injector.table(dir, EducationExtract.NAME + ".csv"));
    injector.health(injector.table(dir, HealthExtract.NAME + ".csv"));
    List<Path> missing;
    try (Stream<Path> files = Files.list(dir.resolve(MissingExtract.NAME))) {
      missing = files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir.resolve(MissingExtract.NAME), e);
    }
    List<Table> missingTables = new ArrayList<>();
    Map<String, List<LocalDate>> starts = new HashMap<>();
    for (Path file : missing) {
      Table t = injector.table(dir, MissingExtract.NAME + "/" + file.getFileName());
      missingTables.add(t);
      for (int r = 0; r < t.rows.size(); r++) {
        starts.computeIfAbsent(t.get(r, t.column("CHILD")), k -> new ArrayList<>()).add(uk(t.get(r, t.column("MIS_START"))));
      }
    }
    for (int i = 0; i < missingTables.size(); i++) {
      injector.missing(missingTables.get(i), starts, i == 0);
    }
    injector.incidents(injector.table(dir, IncidentsExtract.NAME + ".csv"));
    injector.suspects(injector.table(dir, SuspectsExtract.NAME + ".csv"));
    return new Defects(Collections.unmodifiableMap(injector.expected), injector.earliestFuture);
  }

  private void cohort(Table t) {
    int child = t.column("child_id");
    int birth = t.column("birth_month");
    int gender = t.column("gender");
    int identified = t.column("identified_date");
    int closed = t.column("closed_date");
    int risk = t.column("risk_level");
    IntPredicate safe = r -> iso(t.get(r, identified)).isBefore(to.minusMonths(2));
    t.change(Rule.REQUIRED_BLANK, 1, r -> true, r -> t.set(r, child, ""));
    t.change(Rule.INVALID_DATE, 1, r -> true, r -> t.set(r, identified, "31/02/2016"));
    t.change(Rule.INVALID_CODE, 1, r -> true, r -> t.set(r, risk, "severe"));
    // A broken export's stray NUL byte, and an identifier Excel turned into a number.
    t.change(Rule.NUL_BYTE, 1, r -> true, r -> t.set(r, risk, "hi\u0000gh"));
    t.change(Rule.EXCEL_NUMBER, 1, r -> true, r -> t.set(r, child, "1.23E+05"));
    t.change(Rule.FUTURE_DATE, 1, r -> true, r -> t.set(r, identified, future(iso(t.get(r, identified))).toString()));
    t.change(Rule.END_BEFORE_START, 1, r -> true,
        r -> t.set(r, closed, iso(t.get(r, identified)).minusDays(10).toString()));
    t.change(Rule.BIRTH_AFTER_EVENT, 1, safe,
        r -> t.set(r, birth, ISO_MONTH.format(YearMonth.from(iso(t.get(r, identified))).plusMonths(1))));
    t.change(Rule.AGE_OUT_OF_RANGE, 1, r -> true,
        r -> t.set(r, birth, ISO_MONTH.format(YearMonth.from(iso(t.get(r, identified))).minusYears(20))));
    t.change(Rule.FIELD_COUNT, 1, r -> true, r -> t.rows.set(r, t.rows.get(r).subList(0, t.header.size() - 1)));
    t.change(Rule.MALFORMED_QUOTES, 1, r -> true, r -> t.raw.put(r, malformed(t.rows.get(r), child)));
    // The same episode sent twice, once with a CIN gender code and a UK date: the same values once parsed.
    t.change(Rule.DUPLICATE, 1, r -> true, r -> {
      List<String> copy = new ArrayList<>(t.rows.get(r));
      copy.set(gender, switch (copy.get(gender)) {
        case "F" -> "2";
        case "M" -> "1";
        default -> "9";
      });
      copy.set(identified, UK_DATE.format(iso(copy.get(identified))));
      t.insertAfter(r, copy);
    });
    t.change(Rule.CONFLICTING_DUPLICATE, 2, r -> true, r -> {
      List<String> copy = new ArrayList<>(t.rows.get(r));
      copy.set(risk, copy.get(risk).equals("high") ? "low" : "high");
      t.insertAfter(r, copy);
    });
    t.write();
  }

  private void education(Table t) {
    t.change(Rule.INVALID_DATE, 1, r -> true, r -> t.set(r, t.column("recorded_date"), "2016-13-01"));
    t.change(Rule.REQUIRED_BLANK, 1, r -> true, r -> t.set(r, t.column("education_status"), " "));
    t.write();
  }

  private void health(Table t) {
    t.change(Rule.INVALID_CODE, 1, r -> true, r -> t.set(r, t.column("service"), "a_and_e"));
    t.change(Rule.DUPLICATE, 1, r -> true, r -> t.insertAfter(r, new ArrayList<>(t.rows.get(r))));
    t.write();
  }

  /** {@code starts}: every child's episode start dates across all missing files. */
  private void missing(Table t, Map<String, List<LocalDate>> starts, boolean extraColumn) {
    int child = t.column("CHILD");
    int dob = t.column("DOB");
    int start = t.column("MIS_START");
    int end = t.column("MIS_END");
    int easting = t.column("FOUND_EASTING");
    int northing = t.column("FOUND_NORTHING");
    IntPredicate safe = r -> uk(t.get(r, start)).isBefore(to.minusMonths(2));
    // Two consecutive episodes of one child in this file, the first stretched past the start of the second:
    // both are flagged, and no other episode of the child (in any file) lies between them.
    Map<String, List<Integer>> episodes = new LinkedHashMap<>();
    for (int r = 0; r < t.rows.size(); r++) {
      episodes.computeIfAbsent(t.get(r, child), k -> new ArrayList<>()).add(r);
    }
    List<int[]> pairs = new ArrayList<>();
    for (List<Integer> rows : episodes.values()) {
      List<Integer> sorted = new ArrayList<>(rows);
      sorted.sort((a, b) -> uk(t.get(a, start)).compareTo(uk(t.get(b, start))));
      if (sorted.size() < 2 || !safe.test(sorted.get(1))) {
        continue;
      }
      LocalDate first = uk(t.get(sorted.get(0), start));
      LocalDate second = uk(t.get(sorted.get(1), start));
      boolean between = starts.get(t.get(sorted.get(0), child)).stream()
          .anyMatch(d -> d.isAfter(first) && d.isBefore(second));
      if (!between) {
        pairs.add(new int[] {sorted.get(0), sorted.get(1)});
      }
    }
    Collections.shuffle(pairs, new java.util.Random(rng.nextLong()));
    int overlaps = 0;
    for (int[] pair : pairs) {
      if (overlaps == PER_RULE) {
        break;
      }
      if (t.used.contains(pair[0]) || t.used.contains(pair[1])) {
        continue;
      }
      t.used.add(pair[0]);
      t.used.add(pair[1]);
      t.set(pair[0], end, UK_DATE.format(uk(t.get(pair[1], start)).plusDays(1)));
      t.expected.warned.merge(Rule.OVERLAPPING_MISSING.id(), 2L, Long::sum);
      overlaps++;
    }
    t.change(Rule.END_BEFORE_START, 1, r -> true, r -> t.set(r, end, UK_DATE.format(uk(t.get(r, start)).minusDays(1))));
    t.change(Rule.BIRTH_AFTER_EVENT, 1, safe, r -> t.set(r, dob, UK_DATE.format(uk(t.get(r, start)).plusDays(40))));
    // Systems that write 0 for "not known".
    t.change(Rule.OUTSIDE_GRID, 1, r -> !t.get(r, easting).isEmpty(), r -> {
      t.set(r, easting, "0");
      t.set(r, northing, "0");
    });
    t.change(Rule.DUPLICATE, 1, r -> true, r -> t.insertAfter(r, new ArrayList<>(t.rows.get(r))));
    if (extraColumn) {
      // Real SSDA903 exports carry columns the contract does not use, such as SEX.
      t.header.add("SEX");
      for (int r = 0; r < t.rows.size(); r++) {
        t.rows.set(r, append(t.rows.get(r), rng.nextBoolean() ? "1" : "2"));
      }
      t.after.values().forEach(copies -> copies.replaceAll(c -> append(c, "1")));
      t.expected.fileWarnings.add(Rule.UNKNOWN_COLUMN.id());
    }
    t.write();
  }

  private void incidents(Table t) {
    int easting = t.column("easting");
    int northing = t.column("northing");
    t.change(Rule.OUTSIDE_GRID, 1, r -> !t.get(r, easting).isEmpty(), r -> t.set(r, easting, "1234567"));
    t.change(Rule.INVALID_NUMBER, 1, r -> !t.get(r, northing).isEmpty(), r -> t.set(r, northing, "N/A"));
    t.change(Rule.INVALID_CODE, 1, r -> true, r -> t.set(r, t.column("place_type"), "car park"));
    int type = t.column("incident_type");
    t.change(Rule.CONFLICTING_DUPLICATE, 2, r -> true, r -> {
      List<String> copy = new ArrayList<>(t.rows.get(r));
      copy.set(type, copy.get(type).equals("crime") ? "concern" : "crime");
      t.insertAfter(r, copy);
    });
    // A month where the day is needed, as police.uk writes dates: its own rule, pointing to mapping files.
    t.change(Rule.MONTH_ONLY_DATE, 1, r -> true, r -> t.set(r, t.column("recorded_date"), "2016-10"));
    t.write();
  }

  private void suspects(Table t) {
    t.change(Rule.INVALID_CODE, 1, r -> true, r -> t.set(r, t.column("status"), "released"));
    t.change(Rule.INVALID_NUMBER, 1, r -> !t.get(r, t.column("birth_year")).isEmpty(),
        r -> t.set(r, t.column("birth_year"), "1990s"));
    t.change(Rule.DUPLICATE, 1, r -> true, r -> t.insertAfter(r, new ArrayList<>(t.rows.get(r))));
    t.write();
  }

  private LocalDate future(LocalDate date) {
    LocalDate future = date.plusYears(FUTURE_YEARS);
    if (earliestFuture == null || future.isBefore(earliestFuture)) {
      earliestFuture = future;
    }
    return future;
  }

  /** The row written with its first field as {@code "value"x}: text after a closing quote. */
  private static String malformed(List<String> row, int column) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      cells.add(i == column ? "\"" + row.get(i) + "\"x" : row.get(i));
    }
    return String.join(",", cells);
  }

  private static List<String> append(List<String> row, String value) {
    List<String> longer = new ArrayList<>(row);
    longer.add(value);
    return longer;
  }

  private static LocalDate iso(String text) {
    return LocalDate.parse(text);
  }

  private static LocalDate uk(String text) {
    return LocalDate.parse(text, UK_DATE);
  }

  private Table table(Path dir, String name) {
    return new Table(dir.resolve(name), name);
  }

  /** One extract file held in memory while defects are put into it, then written back in place. */
  private final class Table {
    final Path path;
    final List<String> header;
    final List<List<String>> rows = new ArrayList<>();
    /** Rows written as raw text (broken CSV), by index. */
    final Map<Integer, String> raw = new HashMap<>();
    /** Rows inserted after a row, by index. */
    final Map<Integer, List<List<String>>> after = new HashMap<>();
    final Set<Integer> used = new HashSet<>();
    final Expected expected = new Expected();

    Table(Path path, String name) {
      this.path = path;
      try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(in).getRecords();
        this.header = new ArrayList<>(records.get(0).toList());
        for (CSVRecord r : records.subList(1, records.size())) {
          rows.add(new ArrayList<>(r.toList()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
      expected.rows = rows.size();
      DefectInjector.this.expected.put(name, expected);
    }

    int column(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new IllegalStateException("no column " + name + " in " + path);
      }
      return i;
    }

    String get(int row, int column) {
      return rows.get(row).get(column);
    }

    void set(int row, int column, String value) {
      rows.get(row).set(column, value);
    }

    void insertAfter(int row, List<String> copy) {
      after.computeIfAbsent(row, k -> new ArrayList<>()).add(copy);
      expected.rows++;
    }

    /**
     * Applies {@code defect} to {@link #PER_RULE} rows not yet touched that satisfy {@code suitable}; each
     * makes {@code quarantinedPerDefect} rows break {@code rule}.
     */
    void change(Rule rule, int quarantinedPerDefect, IntPredicate suitable, java.util.function.IntConsumer defect) {
      List<Integer> candidates = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        if (!used.contains(r) && suitable.test(r)) {
          candidates.add(r);
        }
      }
      Collections.shuffle(candidates, new java.util.Random(rng.nextLong()));
      for (int r : candidates.subList(0, Math.min(PER_RULE, candidates.size()))) {
        used.add(r);
        defect.accept(r);
        expected.quarantine(rule, quarantinedPerDefect);
      }
    }

    void write() {
      try (BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
          CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
        printer.printRecord(header);
        for (int r = 0; r < rows.size(); r++) {
          if (raw.containsKey(r)) {
            printer.getOut().append(raw.get(r)).append("\r\n");
          } else {
            printer.printRecord(rows.get(r));
          }
          for (List<String> copy : after.getOrDefault(r, List.of())) {
            printer.printRecord(copy);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + path, e);
      }
    }
  }
}
