package org.cseprofile.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each contract field sits in one file's header row, and what is wrong with the header.
 * Header names are matched case-insensitively after trimming; a leading byte-order mark is ignored.
 * Unknown and repeated headers are listed as written (trimmed).
 */
public record HeaderMapping(
    ExtractSpec spec, int[] positions, int headerWidth,
    List<String> missingRequired, List<String> unknown, List<String> duplicated) implements Serializable {

  public HeaderMapping {
    missingRequired = List.copyOf(missingRequired);
    unknown = List.copyOf(unknown);
    duplicated = List.copyOf(duplicated);
    if (positions.length != spec.fields().size()) {
      throw new IllegalArgumentException("positions must have one entry per field of " + spec.name());
    }
  }

  /** Maps the header row of a file of the extract {@code spec}. */
  public static HeaderMapping of(ExtractSpec spec, List<String> header) {
    Map<String, Integer> byName = new HashMap<>();
    List<String> duplicated = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> written = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      written.add(asWritten(header.get(i), i == 0));
      String name = written.get(i).toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      if (byName.putIfAbsent(name, i) != null && duplicated.stream().noneMatch(name::equalsIgnoreCase)) {
        duplicated.add(written.get(i));
      }
    }
    int[] positions = new int[spec.fields().size()];
    List<String> missing = new ArrayList<>();
    for (int f = 0; f < positions.length; f++) {
      FieldSpec field = spec.fields().get(f);
      Integer index = byName.remove(field.matchKey());
      positions[f] = index == null ? -1 : index;
      if (index == null && field.isRequired()) {
        missing.add(field.header());
      }
    }
    byName.values().stream().sorted().forEach(i -> unknown.add(written.get(i)));
    return new HeaderMapping(spec, positions, header.size(), missing, unknown, duplicated);
  }

  /** Whether the file can be read at all: every required column present exactly once. */
  public boolean usable() {
    return missingRequired.isEmpty() && duplicated.isEmpty();
  }

  /** The header position of field {@code f}, or -1 when the (optional) column is absent. */
  public int position(int f) {
    return positions[f];
  }

  /** The contract header of the field read from file column {@code position}, or null for a column it ignores. */
  public String headerAt(int position) {
    for (int f = 0; f < positions.length; f++) {
      if (positions[f] == position) {
        return spec.fields().get(f).header();
      }
    }
    return null;
  }

  private static String asWritten(String header, boolean first) {
    String h = first && header.startsWith("\uFEFF") ? header.substring(1) : header;
    return h.trim();
  }
}
