package org.cseprofile.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.disclosure.SmallCountSuppression;
import org.cseprofile.query.QueryResult.ColumnKind;
import org.cseprofile.reports.published.PublishedCell;

/**
 * Disclosure control for a query result: every whole number is a count and is published under the
 * policy (small counts replaced by their status symbol, others rounded), whatever the column's type
 * or name: a count turned into text ({@code CAST(children AS STRING)}) is still a count, and a text column
 * computed from a count ({@code CONCAT('n=', children)}, a {@code CASE} on it) that is not a whole number is
 * refused, as it could carry a small count past suppression. The only
 * exceptions are dimension columns ({@code age}, or named with {@code --dimension}) taken unchanged
 * from a table (not {@code children AS age}), and constants. Primary suppression only: it cannot see
 * differencing between queries.
 */
public final class QueryPublication {
  /** Whole-number columns that are dimensions unless told otherwise. */
  public static final Set<String> DEFAULT_DIMENSIONS = Set.of("age");

  /** A whole number written as text. */
  private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("\\s*[-+]?\\d+\\s*");

  private QueryPublication() {}

  private static long parse(String text) {
    java.math.BigInteger n = new java.math.BigInteger(text.strip());
    return n.bitLength() < 63 ? n.longValueExact() : n.signum() * Long.MAX_VALUE;
  }

  /**
   * The published form of {@code result}. Refuses columns with fractions (rates and means cannot be
   * protected by count suppression) and negative counts, naming the column.
   */
  public static QueryResult publish(QueryResult result, DisclosurePolicy policy, Set<String> dimensions) {
    List<ColumnKind> kinds = result.kinds();
    for (int c = 0; c < kinds.size(); c++) {
      if (kinds.get(c) == ColumnKind.FRACTION
          && !(dimensions.contains(result.columns().get(c)) && result.tableColumns().get(c))) {
        throw new QueryException("column " + result.columns().get(c) + " holds fractions; --publish publishes counts "
            + "only (whole numbers), because rates and means of small numbers cannot be protected by suppressing counts");
      }
    }
    for (int c = 0; c < kinds.size(); c++) {
      Set<String> counts = new java.util.TreeSet<>(result.numberSources().get(c));
      counts.removeAll(dimensions);
      if (kinds.get(c) != ColumnKind.TEXT || counts.isEmpty()) {
        continue;
      }
      for (List<Object> row : result.rows()) {
        Object value = row.get(c);
        if (value != null && !WHOLE_NUMBER.matcher(value.toString()).matches()) {
          throw new QueryException("column " + result.columns().get(c) + " is text computed from "
              + String.join(", ", counts) + "; --publish treats anything computed from a count as a count and "
              + "publishes it only as a whole number, since a count inside text (or text chosen by a count) would "
              + "escape suppression: select the count as a column of its own");
        }
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (List<Object> row : result.rows()) {
      List<Object> published = new ArrayList<>(row);
      for (int c = 0; c < kinds.size(); c++) {
        Object value = row.get(c);
        boolean dimension = dimensions.contains(result.columns().get(c)) && result.tableColumns().get(c);
        boolean wholeText = kinds.get(c) == ColumnKind.TEXT && !result.tableColumns().get(c) && value != null
            && WHOLE_NUMBER.matcher(value.toString()).matches();
        if ((kinds.get(c) != ColumnKind.WHOLE_NUMBER && !wholeText) || dimension || value == null) {
          continue;
        }
        long count = wholeText ? parse(value.toString()) : (Long) value;
        if (count < 0) {
          throw new QueryException("column " + result.columns().get(c) + " has a negative value; --publish publishes "
              + "counts only");
        }
        PublishedCell cell = SmallCountSuppression.publish(count, policy);
        published.set(c, cell.isShown() ? (Object) Math.round(cell.value()) : cell.status().symbol());
      }
      rows.add(published);
    }
    return new QueryResult(result.columns(), kinds, result.tableColumns(), result.numberSources(), rows, result.limit(),
        result.completeness());
  }
}
