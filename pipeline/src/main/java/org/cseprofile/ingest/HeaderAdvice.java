package org.cseprofile.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * For a file refused because required columns are missing: which contract column each of its header's columns
 * most likely is (from name tables of known exports, police.uk and SSDA903, then string similarity), and a
 * mapping file to start from. A first row may be data rather than a header, so a cell is only ever shown when it
 * is recognised as a column name (in a table, or close to a contract name) and does not look like a value.
 */
public record HeaderAdvice(String extract, String file, Map<String, String> suggestions, List<String> drop,
    int unrecognised, boolean policeUk, List<String> skeleton) {

  /** Names police.uk's street-level crime files use, as the incidents extract reads them. */
  private static final Map<String, String> POLICE_UK = Map.of(
      "crime id", IncidentsExtract.INCIDENT_ID, "month", IncidentsExtract.RECORDED_DATE,
      "latitude", "latitude", "longitude", "longitude");
  /** police.uk columns the contract has no place for (its crime types are not the contract's incident types). */
  private static final List<String> POLICE_UK_OTHER = List.of("reported by", "falls within", "location", "lsoa code",
      "lsoa name", "crime type", "last outcome category", "context");
  /** SSDA903 and CIN census names of the children's extracts. */
  private static final Map<String, String> SSDA903 = Map.of(
      "child", "child_id", "childid", "child_id", "dob", "birth_month", "sex", "gender", "la", "la_code",
      "date of birth", "birth_month");
  /** Similarity (1 - edit distance / longer length) from which a name is suggested. */
  static final double SIMILAR = 0.75;
  /** A cell that looks like a value (dates, codes, numbers) is never shown, whatever it resembles. */
  private static final Pattern LOOKS_LIKE_A_VALUE = Pattern.compile(".*\\d.*|.{41,}");

  public HeaderAdvice {
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(file, "file");
    suggestions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(suggestions));
    drop = List.copyOf(drop);
    skeleton = List.copyOf(skeleton);
  }

  /**
   * Whether the advice says more than the {@code missing_column} messages: a column was recognised, the file is
   * police.uk's, or cells of the header matched no contract column (a mapping can name them).
   */
  public boolean helpful() {
    return !suggestions.isEmpty() || policeUk || unrecognised > 0;
  }

  /** The advice for a file of {@code spec} whose first row is {@code header}. */
  public static HeaderAdvice of(ExtractSpec spec, String file, List<String> header) {
    Map<String, String> suggestions = new LinkedHashMap<>();
    List<String> drop = new ArrayList<>();
    int unrecognised = 0;
    long policeNames = header.stream().map(h -> MappingFile.key(strip(h)))
        .filter(h -> POLICE_UK.containsKey(h) || POLICE_UK_OTHER.contains(h)).count();
    boolean policeUk = spec.name().equals(IncidentsExtract.NAME) && policeNames >= 6;
    for (String cell : header) {
      String written = strip(cell).trim();
      String k = MappingFile.key(written);
      if (written.isEmpty() || LOOKS_LIKE_A_VALUE.matcher(written).matches()) {
        unrecognised += written.isEmpty() ? 0 : 1;
        continue;
      }
      if (MappingFile.contractHeader(spec, written).isPresent() || MappingFile.coordinateHeaders(spec).contains(k)) {
        continue; // already a contract column
      }
      String target = null;
      if (policeUk && POLICE_UK.containsKey(k)) {
        target = POLICE_UK.get(k);
      } else if (policeUk && POLICE_UK_OTHER.contains(k)) {
        drop.add(written);
        continue;
      } else if (SSDA903.containsKey(k)) {
        target = MappingFile.contractHeader(spec, SSDA903.get(k)).orElse(null);
      }
      if (target == null) {
        target = similar(spec, k);
      }
      if (target == null) {
        unrecognised++;
      } else if (!suggestions.containsValue(target)) {
        suggestions.put(written, target);
      }
    }
    return new HeaderAdvice(spec.name(), file, suggestions, drop, unrecognised, policeUk,
        skeleton(spec, header, suggestions, drop, policeUk));
  }

  /** The contract column (header) most like {@code name}, if one is similar enough. */
  static String similar(ExtractSpec spec, String name) {
    String n = letters(name);
    String best = null;
    double bestScore = 0;
    for (FieldSpec f : spec.fields()) {
      for (String candidate : List.of(f.header(), f.column())) {
        String c = letters(candidate);
        double score = n.length() >= 4 && c.length() >= 4 && (c.contains(n) || n.contains(c))
            ? Math.max(SIMILAR, similarity(n, c)) : similarity(n, c);
        if (score > bestScore) {
          bestScore = score;
          best = f.header();
        }
      }
    }
    return bestScore >= SIMILAR ? best : null;
  }

  /** 1 minus the edit distance over the longer length: 1 for the same letters, 0 for nothing in common. */
  static double similarity(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return 1 - (double) previous[b.length()] / Math.max(a.length(), b.length());
  }

  private static String letters(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static String strip(String cell) {
    return cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
  }

  /** A mapping file to start from: the suggested renames, the columns to drop, and the required columns left. */
  private static List<String> skeleton(ExtractSpec spec, List<String> header, Map<String, String> suggestions,
      List<String> drop, boolean policeUk) {
    List<String> lines = new ArrayList<>();
    lines.add("extract: " + spec.name());
    lines.add("columns:                 # the file's column: the contract's column (check each)");
    suggestions.forEach((from, to) -> lines.add("  " + yaml(from) + ": " + to));
    if (!drop.isEmpty()) {
      lines.add("drop: [" + String.join(", ", drop.stream().map(HeaderAdvice::yaml).toList()) + "]");
    } else {
      lines.add("drop: []                 # the file's columns to ignore");
    }
    List<String> present = new ArrayList<>();
    for (String cell : header) {
      MappingFile.contractHeader(spec, strip(cell).trim()).ifPresent(present::add);
    }
    present.addAll(suggestions.values());
    List<String> left = spec.fields().stream().filter(FieldSpec::isRequired).map(FieldSpec::header)
        .filter(h -> !present.contains(h)).toList();
    if (!left.isEmpty()) {
      lines.add("constants:               # required columns still missing: rename a column to each, or give one value");
      left.forEach(h -> lines.add("  # " + h + ": "));
    }
    if (policeUk) {
      lines.add("dates:");
      lines.add("  " + IncidentsExtract.RECORDED_DATE + ": month     # police.uk gives months only");
      lines.add("skip_rows:");
      lines.add("  " + IncidentsExtract.INCIDENT_ID + ": [\"\"]       # anti-social behaviour rows have no Crime ID");
    }
    return lines;
  }

  /** A name as a YAML key or list item: quoted when YAML would read it otherwise. */
  private static String yaml(String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_ ().-]*") ? name : "\"" + name.replace("\"", "\\\"") + "\"";
  }
}
