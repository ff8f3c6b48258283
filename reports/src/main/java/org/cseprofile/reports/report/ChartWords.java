package org.cseprofile.reports.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;

/**
 * What a chart shows, in words written from its published values (its text alternative), and its
 * values as a table. Only published values are named; a withheld value is counted, never guessed.
 */
public final class ChartWords {
  /** A labelled published value, as drawn in a bar chart. */
  public record Value(String label, PublishedCell cell) {}

  /** A chart's numbers as a table and its text alternative. */
  public record Described(Table numbers, String words) {}

  private ChartWords() {}

  /** Bars: how many, the largest three shown and the smallest, and how many are withheld or not available. */
  public static String bars(String what, List<Value> values, MeasureKind kind, String unit) {
    List<Value> shown = values.stream().filter(v -> v.cell().isShown()).toList();
    long withheld = values.size() - shown.size();
    List<PublishedCell> cells = values.stream().map(Value::cell).toList();
    StringBuilder s = new StringBuilder(capital(what) + ": " + count(values.size(), "bar") + ".");
    if (shown.isEmpty()) {
      return s.append(cells.stream().allMatch(c -> c.status() == Status.SUPPRESSED) ? " Every value is withheld (c)."
          : " No value is shown: " + notShown(cells, "value", " is ", " are ") + ".").toString();
    }
    List<Value> sorted = shown.stream()
        .sorted(Comparator.comparingDouble((Value v) -> -v.cell().value()).thenComparing(Value::label)).toList();
    s.append(withheld > 0 ? " Of those shown, the largest is " : " The largest is ")
        .append(named(sorted.get(0), kind, unit));
    if (sorted.size() > 2) {
      s.append(", then ").append(named(sorted.get(1), kind, unit)).append(" and ").append(named(sorted.get(2), kind, unit));
    } else if (sorted.size() == 2) {
      s.append(", then ").append(named(sorted.get(1), kind, unit));
    }
    s.append('.');
    if (sorted.size() > 3) {
      s.append(" The smallest shown is ").append(named(sorted.get(sorted.size() - 1), kind, unit)).append('.');
    }
    if (withheld > 0) {
      s.append(' ').append(capital(notShown(cells, "value", " is ", " are "))).append('.');
    }
    return s.toString();
  }

  /** Bars and their values as a two-column table. */
  public static Described bars(String id, String caption, String source, String what, String header, String valueHeader,
      List<Value> values, MeasureKind kind, String unit) {
    List<List<String>> rows = values.stream().map(v -> List.of(v.label(), ReportTables.format(v.cell(), kind))).toList();
    return new Described(new Table(id, caption, source, List.of(header, valueHeader), 1, rows),
        bars(what, values, kind, unit));
  }

  /** Lines over quarters: for each line where it starts and ends and its highest quarter; the values as a table. */
  public static Described trend(String id, String caption, String source, List<String> quarters,
      Map<String, List<PublishedCell>> lines) {
    // quarters across, one row per line: a short table that stays with its chart
    List<String> head = new ArrayList<>();
    head.add(lines.size() == 1 ? lines.keySet().iterator().next() : "Children");
    head.addAll(quarters);
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, List<PublishedCell>> line : lines.entrySet()) {
      List<String> row = new ArrayList<>();
      row.add(line.getKey());
      line.getValue().forEach(c -> row.add(ReportTables.format(c, MeasureKind.COUNT)));
      rows.add(row);
    }
    List<String> sentences = new ArrayList<>();
    for (Map.Entry<String, List<PublishedCell>> line : lines.entrySet()) {
      List<Integer> shown = new ArrayList<>();
      for (int q = 0; q < quarters.size(); q++) {
        if (line.getValue().get(q).isShown()) {
          shown.add(q);
        }
      }
      if (shown.isEmpty()) {
        sentences.add(line.getKey() + (line.getValue().stream().allMatch(c -> c.status() == Status.SUPPRESSED)
            ? ": every quarter is withheld (c)."
            : ": no quarter is shown: " + notShown(line.getValue(), "quarter", " is ", " are ") + "."));
        continue;
      }
      int first = shown.get(0);
      int last = shown.get(shown.size() - 1);
      int highest = shown.stream().max(Comparator.comparingDouble((Integer q) -> line.getValue().get(q).value())
          .thenComparing(q -> -q)).orElseThrow();
      String s = line.getKey() + ": " + whole(line.getValue().get(first)) + " in " + quarters.get(first);
      if (last != first) {
        s += ", " + whole(line.getValue().get(last)) + " in " + quarters.get(last);
      }
      s += "; the highest was " + whole(line.getValue().get(highest)) + " in " + quarters.get(highest);
      int withheld = quarters.size() - shown.size();
      sentences.add(s + (withheld > 0 ? "; " + notShown(line.getValue(), "quarter", " ", " ") + "." : "."));
    }
    return new Described(new Table(id, caption, source, head, 1, rows),
        "Lines over " + count(quarters.size(), "quarter") + ". " + String.join(" ", sentences));
  }

  /** The age pyramid: at how many ages girls outnumber boys, and the largest group; the values as a table. */
  public static Described pyramid(String id, PublishedTable ages, String laCode) {
    int gender = ages.dimension("gender");
    int age = ages.dimension("age");
    int children = ages.measure("children");
    Map<Integer, PublishedCell[]> byAge = new TreeMap<>();
    for (PublishedRow row : ages.rowsWhere("la_code", laCode)) {
      String g = row.dimensions().get(gender);
      if (!g.equals("M") && !g.equals("F")) {
        continue;
      }
      PublishedCell[] pair = byAge.computeIfAbsent(Integer.parseInt(row.dimensions().get(age)),
          a -> new PublishedCell[] {PublishedCell.shown(0), PublishedCell.shown(0)});
      pair[g.equals("F") ? 0 : 1] = row.cells().get(children);
    }
    byAge.entrySet().removeIf(e -> e.getValue()[0].isShown() && e.getValue()[0].value() == 0
        && e.getValue()[1].isShown() && e.getValue()[1].value() == 0);
    List<String> girlsRow = new ArrayList<>(List.of("Girls"));
    List<String> boysRow = new ArrayList<>(List.of("Boys"));
    List<String> head = new ArrayList<>(List.of("Age"));
    int compared = 0;
    int girlsMore = 0;
    int boysMore = 0;
    String largest = null;
    double largestValue = -1;
    for (Map.Entry<Integer, PublishedCell[]> e : byAge.entrySet()) {
      PublishedCell girls = e.getValue()[0];
      PublishedCell boys = e.getValue()[1];
      head.add(Integer.toString(e.getKey()));
      girlsRow.add(ReportTables.format(girls, MeasureKind.COUNT));
      boysRow.add(ReportTables.format(boys, MeasureKind.COUNT));
      if (girls.isShown() && boys.isShown()) {
        compared++;
        girlsMore += girls.value() > boys.value() ? 1 : 0;
        boysMore += boys.value() > girls.value() ? 1 : 0;
      }
      for (int i = 0; i < 2; i++) {
        PublishedCell c = e.getValue()[i];
        if (c.isShown() && c.value() > largestValue) {
          largestValue = c.value();
          largest = (i == 0 ? "girls" : "boys") + " aged " + e.getKey() + " (" + whole(c) + ")";
        }
      }
    }
    String words;
    if (compared == 0) {
      words = "At no age are the counts of both girls and boys shown.";
      if (largest != null) {
        words += " The largest group shown is " + largest + ".";
      }
    } else {
      String at = compared == byAge.size() ? "every age" : "each age where both counts are shown";
      words = girlsMore == compared ? "Girls outnumber boys at " + at + "."
          : boysMore == compared ? "Boys outnumber girls at " + at + "."
          : "Girls outnumber boys at " + count(girlsMore, "age") + " and boys outnumber girls at "
              + count(boysMore, "age") + " of the " + count(compared, "age") + " where both counts are shown.";
      if (largest != null) {
        words += " The largest group is " + largest + ".";
      }
    }
    Table table = new Table(id, "Children open to CSE concern by age and gender", ages.name(), head, 1,
        List.of(girlsRow, boysRow));
    return new Described(table, words + " " + org.cseprofile.reports.chart.AgeGenderPyramid.unknownGenderWords(ages));
  }

  static String whole(PublishedCell cell) {
    return ReportTables.format(cell, MeasureKind.COUNT);
  }

  private static String named(Value v, MeasureKind kind, String unit) {
    String value = ReportTables.format(v.cell(), kind);
    // "Brighton and Hove: open to CSE concern" starts with a name, which keeps its capital
    return (v.label().contains(":") ? v.label() : lowerFirst(v.label())) + " (" + value + unit + ")";
  }

  private static String lowerFirst(String text) {
    if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
      return text; // an abbreviation such as CIN keeps its capitals
    }
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * How many of {@code cells} are not shown, by what stands in their place: "one value is withheld (c)", "two values
   * are withheld (c) and four not available (x)". A value not supplied is never called withheld.
   */
  static String notShown(List<PublishedCell> cells, String noun, String isWord, String areWord) {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    cells.stream().filter(c -> !c.isShown()).forEach(c -> counts.merge(c.status(), 1L, Long::sum));
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Status, Long> e : counts.entrySet()) {
      long n = e.getValue();
      String what = meaning(e.getKey());
      parts.add(parts.isEmpty() ? count(n, noun) + (n == 1 ? isWord : areWord) + what : number(n) + " " + what);
    }
    return parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  private static String meaning(Status status) {
    return switch (status) {
      case SUPPRESSED -> "withheld (c)";
      case NOT_AVAILABLE -> "not available (x)";
      case NOT_APPLICABLE -> "not applicable (z)";
      case LOW -> "above 0 but too small to show (low)";
      case SHOWN -> "shown";
    };
  }

  private static String capital(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** "one bar", "two bars", "14 bars": words to nine, so no small count is printed as a number. */
  public static String count(long n, String noun) {
    return number(n) + " " + (n == 1 ? noun : noun + "s");
  }

  private static String number(long n) {
    String[] words = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    return n < words.length ? words[(int) n] : String.format(java.util.Locale.UK, "%,d", n);
  }
}
