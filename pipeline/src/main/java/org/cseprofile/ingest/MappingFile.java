package org.cseprofile.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A mapping file: how one agency's export of one extract becomes the contract's columns and codes (header
 * renames, code maps, constant columns, date formats, columns to drop, rows to skip), written in YAML by a data
 * officer and checked when it is loaded. Names are matched ignoring case and surrounding spaces. It is applied
 * to every row before validation ({@link RowMapper}), so every rule and the row accounting work on mapped rows.
 * {@code sheet} names the sheet of a workbook to read (null: the first).
 */
public record MappingFile(
    String file, String sha256, String extract, Map<String, String> renames, Set<String> drop,
    Map<String, String> constants, Map<String, String> dates, Map<String, Map<String, String>> codes,
    Map<String, Set<String>> skipRows, String sheet) implements Serializable {

  /** The folder beside the extracts where {@code <extract>.yaml} mapping files are found. */
  public static final String FOLDER = "mappings";
  /** {@code dates} value: the column holds months ({@code 2019-01}); each is taken as its first day. */
  public static final String MONTH = "month";
  /** {@code dates} value: the column holds Excel serial day numbers (days since 30 December 1899). */
  public static final String EXCEL = "excel";

  private static final Set<String> SECTIONS =
      Set.of("extract", "sheet", "columns", "drop", "constants", "dates", "codes", "skip_rows");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public MappingFile {
    // Kept in the file's order: constant columns are added to the header in that order.
    renames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(renames));
    drop = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(drop));
    constants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    dates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dates));
    codes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    skipRows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipRows));
  }

  /** The extract's contract, which the mapping's extract names. */
  public ExtractSpec spec() {
    return Extracts.named(extract).orElseThrow();
  }

  /**
   * Reads and checks a mapping file; {@code file} is its name as shown in messages. Throws an
   * {@link InputException} naming the file, the section and the entry (never a row of data: a mapping holds
   * column names and codes) when the file is not valid.
   */
  public static MappingFile parse(String file, byte[] bytes) {
    JsonNode root;
    try {
      root = YAML.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InputException("mapping file " + file + " is not valid YAML"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
          + ": check the indentation (spaces, not tabs) and that each entry is written name: value");
    } catch (java.io.IOException e) {
      throw new InputException("mapping file " + file + " cannot be read");
    }
    if (root == null || !root.isObject()) {
      throw invalid(file, "the file must hold sections such as extract: and columns:");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!SECTIONS.contains(name)) {
        throw invalid(file, "unknown section '" + name + "'; the sections are " + String.join(", ",
            List.of("extract", "sheet", "columns", "drop", "constants", "dates", "codes", "skip_rows")));
      }
    }
    JsonNode extractNode = root.path("extract");
    if (!extractNode.isTextual() || Extracts.named(extractNode.asText().trim()).isEmpty()) {
      throw invalid(file, "extract: must name one extract of the contract ("
          + String.join(", ", Extracts.ALL.stream().map(ExtractSpec::name).toList()) + ")");
    }
    ExtractSpec spec = Extracts.named(extractNode.asText().trim()).orElseThrow();
    Map<String, String> renames = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : textMap(file, root, "columns").entrySet()) {
      String target = e.getValue().trim();
      String header = contractHeader(spec, target)
          .or(() -> coordinateHeaders(spec).contains(key(target)) ? Optional.of(target) : Optional.empty())
          .orElseThrow(() -> invalid(file, "columns: '" + e.getKey() + "' is renamed to '" + target
              + "', which is not a column of the " + spec.name() + " extract (see docs/data-contract.md)"));
      renames.put(key(e.getKey()), header);
    }
    Set<String> drop = new LinkedHashSet<>();
    JsonNode dropNode = root.path("drop");
    if (!dropNode.isMissingNode() && !dropNode.isNull()) {
      if (!dropNode.isArray()) {
        throw invalid(file, "drop: must be a list of column names, such as [Location, Context]");
      }
      dropNode.forEach(n -> drop.add(key(n.asText())));
    }
    Map<String, String> constants = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : textMap(file, root, "constants").entrySet()) {
      constants.put(key(field(file, spec, "constants", e.getKey()).header()), e.getValue().trim());
    }
    Map<String, String> dates = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : textMap(file, root, "dates").entrySet()) {
      FieldSpec f = field(file, spec, "dates", e.getKey());
      if (f.type() != FieldType.DATE && f.type() != FieldType.MONTH) {
        throw invalid(file, "dates: '" + e.getKey() + "' is not a date column");
      }
      String format = e.getValue().trim();
      if (!format.equalsIgnoreCase(MONTH) && !format.equalsIgnoreCase(EXCEL)) {
        try {
          DateTimeFormatter.ofPattern(format, Locale.UK);
        } catch (IllegalArgumentException bad) {
          throw invalid(file, "dates: the format of '" + e.getKey() + "' must be month, excel or a pattern such "
              + "as dd.MM.yyyy (letters d, M, y)");
        }
      } else {
        format = format.toLowerCase(Locale.ROOT);
      }
      dates.put(key(f.header()), format);
    }
    Map<String, Map<String, String>> codes = new LinkedHashMap<>();
    JsonNode codesNode = root.path("codes");
    if (!codesNode.isMissingNode() && !codesNode.isNull()) {
      if (!codesNode.isObject()) {
        throw invalid(file, "codes: must list, for each column, the agency's values and the contract code each "
            + "becomes");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = codesNode.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> column = it.next();
        FieldSpec f = field(file, spec, "codes", column.getKey());
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : textMap(file, column.getValue(), "codes: " + column.getKey()).entrySet()) {
          String code = c.getValue().trim();
          if (!f.codes().isEmpty() && ValueParsers.code(code, f.codes()) == null) {
            throw invalid(file, "codes: " + column.getKey() + ": '" + c.getKey() + "' becomes '" + code
                + "', which is not one of the column's codes (" + String.join(", ", f.codes()) + ")");
          }
          map.put(key(c.getKey()), code);
        }
        codes.put(key(f.header()), map);
      }
    }
    Map<String, Set<String>> skipRows = new LinkedHashMap<>();
    JsonNode skipNode = root.path("skip_rows");
    if (!skipNode.isMissingNode() && !skipNode.isNull()) {
      if (!skipNode.isObject()) {
        throw invalid(file, "skip_rows: must list, for each column, the values of rows to skip (\"\" for blank)");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = skipNode.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> column = it.next();
        Set<String> values = new LinkedHashSet<>();
        if (column.getValue().isArray()) {
          column.getValue().forEach(n -> values.add(key(n.asText())));
        } else if (column.getValue().isValueNode()) {
          values.add(key(column.getValue().asText()));
        } else {
          throw invalid(file, "skip_rows: " + column.getKey() + " must be a value or a list of values");
        }
        skipRows.put(key(column.getKey()), values);
      }
    }
    JsonNode sheetNode = root.path("sheet");
    String sheet = null;
    if (!sheetNode.isMissingNode() && !sheetNode.isNull()) {
      if (!sheetNode.isValueNode() || sheetNode.asText().isBlank()) {
        throw invalid(file, "sheet: must name one sheet of the workbook (the name on its tab)");
      }
      sheet = sheetNode.asText().trim();
    }
    return new MappingFile(file, sha256(bytes), spec.name(), renames, drop, constants, dates, codes, skipRows, sheet);
  }

  /** The contract header (as written in the contract) of a column named by its header or its pipeline name. */
  static Optional<String> contractHeader(ExtractSpec spec, String name) {
    String k = key(name);
    return spec.fields().stream()
        .filter(f -> f.matchKey().equals(k) || f.column().equalsIgnoreCase(k))
        .map(FieldSpec::header)
        .findFirst();
  }

  /**
   * The latitude and longitude headers an extract accepts in place of each easting and northing pair, matched
   * ignoring case: {@code latitude}/{@code longitude} for {@code easting}/{@code northing}, and
   * {@code FOUND_LATITUDE}/{@code FOUND_LONGITUDE} for {@code FOUND_EASTING}/{@code FOUND_NORTHING}.
   */
  static Set<String> coordinateHeaders(ExtractSpec spec) {
    Set<String> names = new LinkedHashSet<>();
    for (RowCheck check : spec.checks()) {
      if (check instanceof RowCheck.InGreatBritain grid) {
        names.add(longitudeOf(spec.fieldOf(grid.easting()).header()));
        names.add(latitudeOf(spec.fieldOf(grid.northing()).header()));
      }
    }
    return names;
  }

  /** {@code easting} becomes {@code longitude}, {@code FOUND_EASTING} becomes {@code found_longitude}. */
  static String longitudeOf(String eastingHeader) {
    return key(eastingHeader).replace("easting", "longitude");
  }

  /** {@code northing} becomes {@code latitude}. */
  static String latitudeOf(String northingHeader) {
    return key(northingHeader).replace("northing", "latitude");
  }

  /** A name as matched: trimmed and lower-cased. */
  static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  private static FieldSpec field(String file, ExtractSpec spec, String section, String name) {
    return contractHeader(spec, name).map(h -> spec.fields().stream().filter(f -> f.header().equals(h)).findFirst()
            .orElseThrow())
        .orElseThrow(() -> invalid(file, section + ": '" + name + "' is not a column of the " + spec.name()
            + " extract (name columns as the contract does, after renaming; see docs/data-contract.md)"));
  }

  private static Map<String, String> textMap(String file, JsonNode parent, String section) {
    JsonNode node = section.contains(":") ? parent : parent.path(section);
    Map<String, String> map = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return map;
    }
    if (!node.isObject()) {
      throw invalid(file, section + ": must list entries written name: value, one a line");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isValueNode() || e.getValue().isNull()) {
        throw invalid(file, section + ": '" + e.getKey() + "' must have one value (quote it if it holds a colon)");
      }
      map.put(e.getKey(), e.getValue().asText());
    }
    return map;
  }

  private static InputException invalid(String file, String why) {
    return new InputException("mapping file " + file + ": " + why);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
