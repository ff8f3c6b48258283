package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.cseprofile.table.Columns;

/**
 * Global recoding before suppression: a category small in the partnership as a whole (so small in
 * every area) is counted with the largest category of its breakdown, in every area, and the table
 * says so in a note. Suppressing it instead would cost a large count: a small line, subtracted from
 * a shown total, must be protected by withholding another line of the partnership's breakdown.
 */
public final class Recoding {
  /** The gender code for "not known". */
  public static final String GENDER_NOT_KNOWN = "U";
  /** The genders a small "not known" can be counted with, in order of preference when equal. */
  static final List<String> GENDERS = List.of("F", "M");

  private Recoding() {}

  /**
   * Children whose gender is not known ({@code U}) are counted with the larger of girls and boys (as
   * counted in the partnership) when the partnership has no more of them than {@code policy}
   * suppresses. {@code genderAt} is the position of the gender in a row key; {@code genderRow} says
   * which rows are gender rows. Applied with the same rule to every table that breaks children down by
   * gender, so that their relations still hold.
   */
  public static BiFunction<RestrictedTable, DisclosurePolicy, RestrictedTable> genderNotKnown(int genderAt,
      Predicate<List<String>> genderRow) {
    return (table, policy) -> foldSmall(table, policy, Columns.CHILDREN, genderAt, genderRow, GENDER_NOT_KNOWN, GENDERS);
  }

  /**
   * {@code table} with the category {@code small} (at position {@code at} of the keys of the rows
   * {@code inBreakdown}) counted with the largest of {@code into} in the partnership, when the
   * partnership counts at most {@code policy.largestSuppressed()} of it in {@code column}; {@code table}
   * itself otherwise. Every count of a folded row is added to the row it joins.
   */
  static RestrictedTable foldSmall(RestrictedTable table, DisclosurePolicy policy, String column, int at,
      Predicate<List<String>> inBreakdown, String small, List<String> into) {
    int la = table.dimensions().indexOf(Columns.LA_CODE);
    Map<String, Long> partnership = new LinkedHashMap<>();
    for (RestrictedTable.Row row : table.rows()) {
      if (row.key().get(la).equals(Columns.PARTNERSHIP) && inBreakdown.test(row.key())) {
        Long n = row.count(column);
        partnership.merge(row.key().get(at), n == null ? 0L : n, Long::sum);
      }
    }
    Long smallTotal = partnership.get(small);
    if (smallTotal == null || smallTotal > policy.largestSuppressed()) {
      return table;
    }
    String target = into.get(0);
    for (String c : into) {
      if (partnership.getOrDefault(c, 0L) > partnership.getOrDefault(target, 0L)) {
        target = c;
      }
    }
    Map<List<String>, RestrictedTable.Row> rows = new LinkedHashMap<>();
    table.rows().forEach(r -> rows.put(r.key(), r));
    for (RestrictedTable.Row row : table.rows()) {
      if (!inBreakdown.test(row.key()) || !row.key().get(at).equals(small)) {
        continue;
      }
      List<String> key = new ArrayList<>(row.key());
      key.set(at, target);
      RestrictedTable.Row existing = rows.get(key);
      Map<String, Object> values = new LinkedHashMap<>(existing == null ? row.values() : existing.values());
      if (existing != null) {
        for (Map.Entry<String, Object> e : row.values().entrySet()) {
          Object mine = values.get(e.getKey());
          values.put(e.getKey(), mine == null || e.getValue() == null ? null
              : Long.valueOf(((Number) mine).longValue() + ((Number) e.getValue()).longValue()));
        }
      }
      rows.remove(row.key());
      rows.put(key, new RestrictedTable.Row(key, values));
    }
    List<String> notes = new ArrayList<>(table.notes());
    notes.add(note(small, target));
    return new RestrictedTable(table.name(), table.dimensions(), table.measures(), new ArrayList<>(rows.values()),
        notes);
  }

  /**
   * The note a recoded table carries, for its readers. It holds no number (the policy's threshold is in
   * the report's note on suppression), so no scan of a published file mistakes it for a count.
   */
  static String note(String small, String target) {
    return "Children whose gender is not known (" + small + ") are counted with " + label(target) + " (" + target
        + ") in every area: the partnership has no more of them than the policy withholds as a small count, and a "
        + "line of their own could be worked out from the total.";
  }

  private static String label(String gender) {
    return switch (gender) {
      case "F" -> "girls";
      case "M" -> "boys";
      default -> gender;
    };
  }
}
