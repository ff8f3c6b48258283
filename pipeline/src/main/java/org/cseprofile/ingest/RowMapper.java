package org.cseprofile.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cseprofile.geography.BritishNationalGrid;

/**
 * Turns one file's header and raw rows into the contract's header and raw rows before validation: applies the
 * extract's mapping file (if any), converts WGS84 latitude and longitude to British National Grid easting and
 * northing, and finds location columns the contract cannot use, so that no location is dropped silently. Pure
 * Java, no values in any output: a row it cannot map is rejected with a rule and a column, like any other.
 */
public final class RowMapper implements Serializable {
  /**
   * The area where EPSG:27700 is defined (Great Britain and its islands, EPSG's "area of use"): a position
   * outside it is {@code outside_grid}, whatever the projection would give.
   */
  static final double MIN_LATITUDE = 49.75;
  static final double MAX_LATITUDE = 61.01;
  static final double MIN_LONGITUDE = -9.01;
  static final double MAX_LONGITUDE = 2.01;

  /** Column names that hold a location, in any common spelling; matched against whole words of a header. */
  private static final Pattern LOCATION_NAME = Pattern.compile(
      "(^|.*[_ .-])(lat|latitude|lon|lng|long|longitude|x|y|x_?coord(inate)?|y_?coord(inate)?|easting|northing|"
          + "eastings|northings|grid_?ref(erence)?|gridref|os_?grid(_?ref)?|ngr|coordinates?)($|[_ .-].*)");
  private static final Pattern DECIMAL_DEGREES = Pattern.compile("[+-]?\\d{1,3}(\\.\\d+)?");
  private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  /** Serial 61 is 1 March 1900: Excel counts a 29 February 1900 that never was, so earlier serials are refused. */
  private static final int EXCEL_FIRST_SERIAL = 61;

  private final ExtractSpec spec;
  private final int width;
  private final List<String> header;
  /** Per output column: the file column it comes from, or -1 (a constant, or an easting or northing computed). */
  private final int[] source;
  private final String[] constant;
  private final List<Map<String, String>> codes;
  private final String[] dateFormat;
  private final Map<Integer, Set<String>> skip;
  private final List<Coordinates> coordinates;
  /** File columns holding a location the contract cannot use, and their names. */
  private final Map<Integer, String> lost;
  /** Output positions of the easting and northing each row's place is read from (-1 when absent). */
  private final int eastingOut;
  private final int northingOut;
  private transient Map<String, DateTimeFormatter> formatters;

  /** Where one pair of latitude and longitude is read and the easting and northing it gives are written. */
  private record Coordinates(int latitude, int longitude, String latitudeHeader, String longitudeHeader,
      int eastingIn, int northingIn, int eastingOut, int northingOut) implements Serializable { }

  /** The result of mapping one row: the contract's raw fields, or the rule that stops the row; perhaps a warning. */
  public record Mapped(List<String> fields, Rule rule, String column, Rule warning, String warningColumn) {
    static Mapped rejected(Rule rule, String column) {
      return new Mapped(null, rule, column, null, null);
    }

    /** Whether the row goes on to validation. */
    public boolean mapped() {
      return fields != null;
    }
  }

  private RowMapper(ExtractSpec spec, int width, List<String> header, int[] source, String[] constant,
      List<Map<String, String>> codes, String[] dateFormat, Map<Integer, Set<String>> skip,
      List<Coordinates> coordinates, Map<Integer, String> lost, int eastingOut, int northingOut) {
    this.spec = spec;
    this.width = width;
    this.header = List.copyOf(header);
    this.source = source;
    this.constant = constant;
    this.codes = codes;
    this.dateFormat = dateFormat;
    this.skip = skip;
    this.coordinates = coordinates;
    this.lost = lost;
    this.eastingOut = eastingOut;
    this.northingOut = northingOut;
  }

  /**
   * The mapper for a file of {@code spec} whose header row is {@code fileHeader}, under {@code mapping} (or
   * null when the extract has no mapping file).
   */
  public static RowMapper of(ExtractSpec spec, List<String> fileHeader, MappingFile mapping) {
    if (mapping != null && !mapping.extract().equals(spec.name())) {
      throw new IllegalArgumentException("mapping must be for extract " + spec.name() + ", was " + mapping.extract());
    }
    List<String> written = new ArrayList<>();
    for (int i = 0; i < fileHeader.size(); i++) {
      String h = i == 0 && fileHeader.get(i).startsWith("\uFEFF") ? fileHeader.get(i).substring(1) : fileHeader.get(i);
      written.add(h.trim());
    }
    // Each file column's name after renaming; null when dropped.
    List<String> named = new ArrayList<>();
    for (String w : written) {
      String k = MappingFile.key(w);
      if (mapping != null && mapping.drop().contains(k)) {
        named.add(null);
      } else {
        named.add(mapping == null ? w : mapping.renames().getOrDefault(k, w));
      }
    }
    Map<String, String> constants = mapping == null ? Map.of() : mapping.constants();
    for (int i = 0; i < named.size(); i++) {
      if (named.get(i) != null && constants.containsKey(MappingFile.key(named.get(i)))) {
        named.set(i, null); // a constant replaces the file's column of that name
      }
    }
    // Latitude and longitude in place of each easting and northing pair of the contract.
    List<int[]> pairs = new ArrayList<>(); // {latitude, longitude} file columns, or -1
    List<String[]> pairHeaders = new ArrayList<>(); // {easting header, northing header, latitude name, longitude name}
    for (RowCheck check : spec.checks()) {
      if (check instanceof RowCheck.InGreatBritain grid) {
        String e = spec.fieldOf(grid.easting()).header();
        String n = spec.fieldOf(grid.northing()).header();
        String lat = MappingFile.latitudeOf(n);
        String lon = MappingFile.longitudeOf(e);
        pairs.add(new int[] {indexOf(named, lat), indexOf(named, lon)});
        pairHeaders.add(new String[] {e, n, lat, lon});
      }
    }
    List<String> header = new ArrayList<>();
    List<Integer> sources = new ArrayList<>();
    List<String> constantValues = new ArrayList<>();
    Map<Integer, String> lost = new HashMap<>();
    for (int p = 0; p < pairs.size(); p++) {
      int[] pair = pairs.get(p);
      if (pair[0] >= 0 && pair[1] >= 0) {
        named.set(pair[0], null); // consumed by the conversion
        named.set(pair[1], null);
      } else if (pair[0] >= 0 || pair[1] >= 0) {
        int alone = Math.max(pair[0], pair[1]);
        lost.put(alone, written.get(alone));
      }
    }
    for (int i = 0; i < named.size(); i++) {
      if (named.get(i) == null) {
        continue;
      }
      header.add(named.get(i));
      sources.add(i);
      constantValues.add(null);
      boolean contract = MappingFile.contractHeader(spec, named.get(i)).isPresent();
      if (!contract && !pairs.isEmpty() && LOCATION_NAME.matcher(MappingFile.key(named.get(i))).matches()) {
        lost.put(i, written.get(i));
      }
    }
    for (Map.Entry<String, String> c : constants.entrySet()) {
      header.add(MappingFile.contractHeader(spec, c.getKey()).orElseThrow());
      sources.add(-1);
      constantValues.add(c.getValue());
    }
    List<Coordinates> coordinates = new ArrayList<>();
    int eastingOut = -1;
    int northingOut = -1;
    for (int p = 0; p < pairs.size(); p++) {
      int[] pair = pairs.get(p);
      String[] h = pairHeaders.get(p);
      int e = indexOf(header, h[0]);
      int n = indexOf(header, h[1]);
      if (pair[0] >= 0 && pair[1] >= 0) {
        int eIn = e < 0 ? -1 : sources.get(e);
        int nIn = n < 0 ? -1 : sources.get(n);
        if (e < 0) {
          header.add(h[0]);
          sources.add(-1);
          constantValues.add(null);
          e = header.size() - 1;
        }
        if (n < 0) {
          header.add(h[1]);
          sources.add(-1);
          constantValues.add(null);
          n = header.size() - 1;
        }
        coordinates.add(new Coordinates(pair[0], pair[1], written.get(pair[0]), written.get(pair[1]), eIn, nIn, e, n));
      } else if ((e < 0) != (n < 0)) {
        // An easting without a northing (or the reverse) places nothing.
        int alone = sources.get(Math.max(e, n));
        if (alone >= 0) {
          lost.put(alone, written.get(alone));
        }
      }
      if (p == 0) {
        eastingOut = e;
        northingOut = n;
      }
    }
    int out = header.size();
    int[] source = sources.stream().mapToInt(Integer::intValue).toArray();
    List<Map<String, String>> codeMaps = new ArrayList<>();
    String[] dateFormat = new String[out];
    for (int o = 0; o < out; o++) {
      String k = MappingFile.key(header.get(o));
      codeMaps.add(mapping == null ? null : mapping.codes().get(k));
      dateFormat[o] = mapping == null ? null : mapping.dates().get(k);
    }
    Map<Integer, Set<String>> skip = new HashMap<>();
    if (mapping != null) {
      for (Map.Entry<String, Set<String>> s : mapping.skipRows().entrySet()) {
        for (int i = 0; i < written.size(); i++) {
          String renamed = mapping.renames().getOrDefault(MappingFile.key(written.get(i)), written.get(i));
          if (MappingFile.key(written.get(i)).equals(s.getKey()) || MappingFile.key(renamed).equals(s.getKey())) {
            skip.put(i, s.getValue());
          }
        }
      }
    }
    return new RowMapper(spec, written.size(), header, source, constantValues.toArray(String[]::new), codeMaps,
        dateFormat, skip, coordinates, lost, eastingOut, northingOut);
  }

  /** The header row the contract sees: renamed, without dropped columns, with constants and computed places. */
  public List<String> header() {
    return header;
  }

  /** Whether the mapper changes nothing: no mapping file, no coordinates to convert, no location to lose. */
  public boolean identity() {
    boolean sameColumns = source.length == width;
    for (int o = 0; sameColumns && o < source.length; o++) {
      sameColumns = source[o] == o && codes.get(o) == null && dateFormat[o] == null;
    }
    return sameColumns && skip.isEmpty() && coordinates.isEmpty() && lost.isEmpty();
  }

  /** The file column (by position) the output column {@code output} is read from, or -1 (a constant, or computed). */
  public int sourceOf(int output) {
    return source[output];
  }

  /** The file columns (by position) read for latitude and longitude, and for rows to skip. */
  public java.util.BitSet convertedOrSkipColumns() {
    java.util.BitSet columns = new java.util.BitSet();
    for (Coordinates c : coordinates) {
      columns.set(c.latitude());
      columns.set(c.longitude());
    }
    skip.keySet().forEach(columns::set);
    return columns;
  }

  /** The names, as written in the file, of location columns the contract cannot use (warned per row). */
  public List<String> lostLocationColumns() {
    return lost.keySet().stream().sorted().map(lost::get).toList();
  }

  /** The contract headers the mapping reads as months (warned once per file). */
  public List<String> monthColumns() {
    List<String> months = new ArrayList<>();
    for (int o = 0; o < header.size(); o++) {
      if (MappingFile.MONTH.equals(dateFormat[o])) {
        months.add(header.get(o));
      }
    }
    return months;
  }

  /** Maps one row given as its raw fields in file order. */
  public Mapped map(List<String> raw) {
    if (raw.size() != width) {
      return Mapped.rejected(Rule.FIELD_COUNT, null);
    }
    for (Map.Entry<Integer, Set<String>> s : skip.entrySet()) {
      if (s.getValue().contains(MappingFile.key(WhiteSpace.trim(raw.get(s.getKey()))))) {
        int o = outputOf(s.getKey());
        return Mapped.rejected(Rule.SKIPPED_BY_MAPPING, o >= 0 ? header.get(o) : null);
      }
    }
    String[] fields = new String[header.size()];
    for (int o = 0; o < fields.length; o++) {
      if (constant[o] != null) {
        fields[o] = constant[o];
        continue;
      }
      if (source[o] < 0) {
        fields[o] = "";
        continue;
      }
      String value = raw.get(source[o]);
      Map<String, String> codeMap = codes.get(o);
      if (codeMap != null) {
        String code = codeMap.get(MappingFile.key(WhiteSpace.trim(value)));
        value = code == null ? value : code;
      }
      if (dateFormat[o] != null && !WhiteSpace.trim(value).isEmpty()) {
        LocalDate date = date(dateFormat[o], WhiteSpace.trim(value));
        if (date == null) {
          return Mapped.rejected(Rule.INVALID_DATE, header.get(o));
        }
        value = date.toString();
      }
      fields[o] = value;
    }
    String locationWarning = null;
    for (Coordinates c : coordinates) {
      String e = c.eastingIn() < 0 ? "" : WhiteSpace.trim(raw.get(c.eastingIn()));
      String n = c.northingIn() < 0 ? "" : WhiteSpace.trim(raw.get(c.northingIn()));
      if (!e.isEmpty() && !n.isEmpty()) {
        continue; // easting and northing given: they are the place
      }
      String lat = WhiteSpace.trim(raw.get(c.latitude()));
      String lon = WhiteSpace.trim(raw.get(c.longitude()));
      if (lat.isEmpty() && lon.isEmpty()) {
        continue;
      }
      if (lat.isEmpty() || lon.isEmpty()) {
        locationWarning = lat.isEmpty() ? c.longitudeHeader() : c.latitudeHeader();
        continue;
      }
      if (!DECIMAL_DEGREES.matcher(lat).matches()) {
        return Mapped.rejected(Rule.INVALID_NUMBER, c.latitudeHeader());
      }
      if (!DECIMAL_DEGREES.matcher(lon).matches()) {
        return Mapped.rejected(Rule.INVALID_NUMBER, c.longitudeHeader());
      }
      double latitude = Double.parseDouble(lat);
      double longitude = Double.parseDouble(lon);
      if (latitude < MIN_LATITUDE || latitude > MAX_LATITUDE) {
        return Mapped.rejected(Rule.OUTSIDE_GRID, c.latitudeHeader());
      }
      if (longitude < MIN_LONGITUDE || longitude > MAX_LONGITUDE) {
        return Mapped.rejected(Rule.OUTSIDE_GRID, c.longitudeHeader());
      }
      double[] grid = BritishNationalGrid.fromWgs84(longitude, latitude);
      fields[c.eastingOut()] = Long.toString(Math.round(grid[0]));
      fields[c.northingOut()] = Long.toString(Math.round(grid[1]));
    }
    if (locationWarning == null && !lost.isEmpty() && !placed(fields)) {
      for (Map.Entry<Integer, String> l : lost.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
        if (!WhiteSpace.trim(raw.get(l.getKey())).isEmpty()) {
          locationWarning = l.getValue();
          break;
        }
      }
    }
    return new Mapped(List.of(fields), null, null, locationWarning == null ? null : Rule.LOCATION_LOST,
        locationWarning);
  }

  /** Whether the mapped row has both an easting and a northing. */
  private boolean placed(String[] fields) {
    return eastingOut >= 0 && northingOut >= 0
        && !WhiteSpace.trim(fields[eastingOut]).isEmpty() && !WhiteSpace.trim(fields[northingOut]).isEmpty();
  }

  private int outputOf(int fileColumn) {
    for (int o = 0; o < source.length; o++) {
      if (source[o] == fileColumn) {
        return o;
      }
    }
    return -1;
  }

  /** A date read under a mapping's format, or null. */
  private LocalDate date(String format, String text) {
    try {
      if (format.equals(MappingFile.MONTH)) {
        if (text.matches("\\d{4}-\\d{1,2}")) {
          String[] p = text.split("-");
          return YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1])).atDay(1);
        }
        if (text.matches("\\d{1,2}/\\d{4}")) {
          String[] p = text.split("/");
          return YearMonth.of(Integer.parseInt(p[1]), Integer.parseInt(p[0])).atDay(1);
        }
        LocalDate full = ValueParsers.date(text);
        return full == null ? null : full.withDayOfMonth(1);
      }
      if (format.equals(MappingFile.EXCEL)) {
        if (!EXCEL_SERIAL.matcher(text).matches()) {
          return isoDate(text);
        }
        long days = (long) Math.floor(Double.parseDouble(text));
        return days < EXCEL_FIRST_SERIAL ? null : EXCEL_EPOCH.plusDays(days);
      }
      if (formatters == null) {
        formatters = new HashMap<>();
      }
      DateTimeFormatter f = formatters.computeIfAbsent(format, p -> DateTimeFormatter.ofPattern(p, Locale.UK));
      try {
        return LocalDate.parse(text, f);
      } catch (java.time.DateTimeException e) {
        return isoDate(text);
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * A date written {@code yyyy-MM-dd}, or null: how a workbook's date cell arrives whatever format the mapping gives
   * its column (the cell holds the date itself, not text in the agency's format).
   */
  private static LocalDate isoDate(String text) {
    try {
      return ISO_DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static int indexOf(List<String> names, String name) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i) != null && MappingFile.key(names.get(i)).equals(MappingFile.key(name))) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "RowMapper[" + spec.name() + ", " + header.size() + " columns]";
  }
}
