package org.cseprofile.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.disclosure.SmallCountSuppression;
import org.cseprofile.query.QueryResult.ColumnKind;
import org.cseprofile.reports.published.PublishedCell;

/**
 * Disclosure control for a query result: every whole-number column is a count and is published
 * under the policy (small counts replaced by their status symbol, others rounded), except the
 * columns named as dimensions. Primary suppression only: it cannot see differencing between queries.
 */
public final class QueryPublication {
  /** Whole-number columns that are dimensions unless told otherwise. */
  public static final Set<String> DEFAULT_DIMENSIONS = Set.of("age");

  private QueryPublication() {}

  /**
   * The published form of {@code result}. Refuses columns with fractions (rates and means cannot be
   * protected by count suppression) and negative counts, naming the column.
   */
  public static QueryResult publish(QueryResult result, DisclosurePolicy policy, Set<String> dimensions) {
    List<ColumnKind> kinds = result.kinds();
    for (int c = 0; c < kinds.size(); c++) {
      if (kinds.get(c) == ColumnKind.FRACTION && !dimensions.contains(result.columns().get(c))) {
        throw new QueryException("column " + result.columns().get(c) + " holds fractions; --publish publishes counts "
            + "only (whole numbers), because rates and means of small numbers cannot be protected by suppressing counts");
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (List<Object> row : result.rows()) {
      List<Object> published = new ArrayList<>(row);
      for (int c = 0; c < kinds.size(); c++) {
        Object value = row.get(c);
        if (kinds.get(c) != ColumnKind.WHOLE_NUMBER || dimensions.contains(result.columns().get(c)) || value == null) {
          continue;
        }
        long count = (Long) value;
        if (count < 0) {
          throw new QueryException("column " + result.columns().get(c) + " has a negative value; --publish publishes "
              + "counts only");
        }
        PublishedCell cell = SmallCountSuppression.publish(count, policy);
        published.set(c, cell.isShown() ? (Object) Math.round(cell.value()) : cell.status().symbol());
      }
      rows.add(published);
    }
    return new QueryResult(result.columns(), kinds, rows, result.limit(), result.completeness());
  }
}
