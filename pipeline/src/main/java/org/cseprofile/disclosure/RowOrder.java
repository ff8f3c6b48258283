package org.cseprofile.disclosure;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.profile.Cohort;
import org.cseprofile.table.Columns;

/**
 * The order a published table lists its rows in: the partnership first, then authorities by code;
 * ages in sequence; values of a dimension in the order the table declares for it (genders, bands,
 * populations, indicators, measures), others alphabetically with {@code other} and
 * {@code not_recorded} last; breakdowns and their categories in the order declared for them.
 */
public final class RowOrder {
  /** Every dimension alphabetically, apart from the partnership and ages. */
  public static final RowOrder NATURAL = new RowOrder(Map.of(), Map.of());

  private static final String OTHER = "other";

  private final Map<String, List<String>> values;
  private final Map<String, List<String>> breakdowns;

  private RowOrder(Map<String, List<String>> values, Map<String, List<String>> breakdowns) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.breakdowns = Collections.unmodifiableMap(new LinkedHashMap<>(breakdowns));
  }

  /** Values of each named dimension in the order given (for example {@code gender} as F, M, U). */
  public static RowOrder of(Map<String, List<String>> values) {
    return new RowOrder(values, Map.of());
  }

  /** The breakdowns in the order of {@code breakdowns}' keys, and each one's categories in list order. */
  public static RowOrder breakdowns(Map<String, List<String>> breakdowns) {
    return new RowOrder(Map.of(), breakdowns);
  }

  /** This order with the breakdowns in the order of {@code breakdowns}' keys, their categories in list order. */
  public RowOrder withBreakdowns(Map<String, List<String>> breakdowns) {
    return new RowOrder(values, breakdowns);
  }

  /** Orders the row keys of a table whose dimension columns are {@code dimensions}. */
  public Comparator<List<String>> comparator(List<String> dimensions) {
    return (a, b) -> {
      for (int i = 0; i < dimensions.size(); i++) {
        int c = compare(dimensions, i, a, b);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  private int compare(List<String> dimensions, int i, List<String> a, List<String> b) {
    String x = a.get(i);
    String y = b.get(i);
    if (x.equals(y)) {
      return 0;
    }
    String dimension = dimensions.get(i);
    return switch (dimension) {
      case Columns.LA_CODE -> x.equals(Columns.PARTNERSHIP) ? -1 : y.equals(Columns.PARTNERSHIP) ? 1 : x.compareTo(y);
      case Columns.AGE -> Integer.compare(Integer.parseInt(x), Integer.parseInt(y));
      case Columns.BREAKDOWN -> ranked(List.copyOf(breakdowns.keySet()), x, y);
      case Columns.CATEGORY ->
          ranked(breakdowns.getOrDefault(a.get(dimensions.indexOf(Columns.BREAKDOWN)), List.of()), x, y);
      default -> values.containsKey(dimension) ? ranked(values.get(dimension), x, y) : x.compareTo(y);
    };
  }

  /** Listed values in list order, then others alphabetically, with {@code other} and {@code not_recorded} last. */
  private static int ranked(List<String> order, String x, String y) {
    int rx = rank(order, x);
    int ry = rank(order, y);
    return rx != ry ? Integer.compare(rx, ry) : x.compareTo(y);
  }

  private static int rank(List<String> order, String value) {
    int i = order.indexOf(value);
    if (i >= 0) {
      return i;
    }
    return switch (value) {
      case OTHER -> Integer.MAX_VALUE - 1;
      case Cohort.NOT_RECORDED -> Integer.MAX_VALUE;
      default -> order.size();
    };
  }
}
