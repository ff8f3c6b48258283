package org.cseprofile.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Children resident in each authority, from an ONS mid-year population estimates file
 * ({@code --population}): the denominators of rates per 10,000 children. Two of ONS's layouts are
 * read, as CSV:
 * <ul>
 *   <li>wide, the "MYE2 - Persons" sheet of the estimates workbook saved as CSV: title lines, then a header
 *       {@code Code, Name, Geography, All ages, 0, 1, ... 89, 90+} and one row per area (counties, unitary
 *       authorities and districts alike);</li>
 *   <li>long, the detailed series (MYEB1): {@code ladcode23, laname23, country, sex, age, population_2011, ...,
 *       population_2022}, one row per area, sex and single year of age; the latest {@code population_} year
 *       is used.</li>
 * </ul>
 *
 * @param file the file's name
 * @param year what the file says of the year estimated (its title line or population column), or null
 * @param authorities code to the children of the two age groups
 */
public record Population(String file, String year, Map<String, Children> authorities) {

  /** Residents aged 0 to 17 and 10 to 17 of one authority. */
  public record Children(long aged0To17, long aged10To17) {
    public Children {
      if (aged10To17 < 0 || aged0To17 < aged10To17) {
        throw new IllegalArgumentException("aged0To17 must be at least aged10To17, and both not negative");
      }
    }

    Children plus(Children other) {
      return new Children(aged0To17 + other.aged0To17, aged10To17 + other.aged10To17);
    }
  }

  public Population {
    Objects.requireNonNull(file, "file");
    authorities = Collections.unmodifiableMap(new TreeMap<>(authorities));
  }

  /** Reads the file at {@code path} (any Hadoop file system). */
  public static Population read(String path, Configuration hadoop) {
    Path p = new Path(path);
    try {
      FileSystem fs = p.getFileSystem(hadoop);
      if (!fs.exists(p)) {
        throw new GeographyException(path + ": no such population file");
      }
      try (InputStream in = fs.open(p)) {
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), p.getName());
      }
    } catch (IOException e) {
      throw new GeographyException(path + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Parses either layout; errors name the file and line, never a value. */
  static Population parse(Reader reader, String file) throws IOException {
    List<CSVRecord> records = new ArrayList<>();
    for (CSVRecord r : CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
      records.add(r);
    }
    String title = null;
    for (int i = 0; i < records.size(); i++) {
      List<String> cells = records.get(i).stream().map(c -> c.replace("\uFEFF", "").trim()).toList();
      List<String> lower = cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
      if (lower.contains("code") && lower.contains("0") && lower.contains("17")) {
        return wide(records, i, cells, file, title);
      }
      if (lower.contains("age") && lower.stream().anyMatch(c -> c.matches("ladcode\\d*|code"))
          && lower.stream().anyMatch(c -> c.startsWith("population_"))) {
        return long_(records, i, lower, file);
      }
      if (title == null && !cells.isEmpty() && !cells.get(0).isBlank()) {
        title = cells.get(0);
      }
    }
    throw new GeographyException(file + ": no header of an ONS mid-year estimates layout (wide: Code, Name, ..., 0, "
        + "1, ... 90+; long: ladcode, laname, sex, age, population_YYYY); see docs/metrics.md, \"Rates\"");
  }

  private static Population wide(List<CSVRecord> records, int header, List<String> names, String file, String title) {
    int code = indexOf(names, "code");
    int[] ages = new int[18];
    for (int age = 0; age <= 17; age++) {
      ages[age] = names.indexOf(Integer.toString(age));
      if (ages[age] < 0) {
        throw new GeographyException(file + ", line " + (header + 1) + ": no column for age " + age);
      }
    }
    Map<String, Children> areas = new TreeMap<>();
    for (int i = header + 1; i < records.size(); i++) {
      CSVRecord r = records.get(i);
      String area = r.size() > code ? r.get(code).trim() : "";
      if (area.isEmpty() || r.size() <= ages[17]) {
        continue; // blank lines and notes under the table
      }
      long all = 0;
      long older = 0;
      for (int age = 0; age <= 17; age++) {
        long n = count(r, ages[age], file, "age " + age);
        all += n;
        older += age >= 10 ? n : 0;
      }
      if (areas.put(area, new Children(all, older)) != null) {
        throw new GeographyException(file + ", line " + r.getRecordNumber() + ": an area appears twice");
      }
    }
    return new Population(file, year(title), areas);
  }

  private static Population long_(List<CSVRecord> records, int header, List<String> names, String file) {
    int code = -1;
    for (int c = 0; c < names.size(); c++) {
      if (names.get(c).matches("ladcode\\d*|code")) {
        code = c;
        break;
      }
    }
    int age = indexOf(names, "age");
    int latest = -1;
    for (int c = 0; c < names.size(); c++) {
      if (names.get(c).startsWith("population_") && (latest < 0 || names.get(c).compareTo(names.get(latest)) > 0)) {
        latest = c;
      }
    }
    Map<String, Children> areas = new TreeMap<>();
    for (int i = header + 1; i < records.size(); i++) {
      CSVRecord r = records.get(i);
      if (r.size() <= Math.max(code, Math.max(age, latest)) || r.get(code).isBlank()) {
        continue;
      }
      String years = r.get(age).trim();
      int a;
      try {
        a = Integer.parseInt(years.replace("+", ""));
      } catch (NumberFormatException e) {
        throw new GeographyException(file + ", line " + r.getRecordNumber() + ": the age is not a whole number");
      }
      if (a > 17) {
        continue;
      }
      long n = count(r, latest, file, names.get(latest));
      areas.merge(r.get(code).trim(), new Children(n, a >= 10 ? n : 0), Children::plus);
    }
    return new Population(file, names.get(latest).substring("population_".length()), areas);
  }

  private static int indexOf(List<String> names, String wanted) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(wanted)) {
        return i;
      }
    }
    return -1;
  }

  private static long count(CSVRecord r, int column, String file, String what) {
    String text = r.size() > column ? r.get(column).replace(",", "").trim() : "";
    try {
      long n = Long.parseLong(text);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new GeographyException(file + ", line " + r.getRecordNumber() + ", column " + what
          + ": not a whole number of people");
    }
  }

  /** The first four-digit year in the title line (ONS titles read "Mid-2016 Population Estimates..."). */
  private static String year(String title) {
    if (title == null) {
      return null;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(19|20)\\d{2}").matcher(title);
    return m.find() ? m.group() : null;
  }

  /** The children of an authority, if the file has it. */
  public java.util.Optional<Children> of(String laCode) {
    return java.util.Optional.ofNullable(authorities.get(laCode));
  }
}
