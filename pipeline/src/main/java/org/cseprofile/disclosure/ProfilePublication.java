package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.cseprofile.profile.Cohort;
import org.cseprofile.geography.RatePer10000;
import org.cseprofile.profile.WilsonInterval;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.cseprofile.table.Columns;

/**
 * Publishes one period of the profile as the tables' specs say: models every count and relation
 * ({@link ProfileModel}), protects them ({@link SecondarySuppression}) and writes the published
 * tables, with shares, intervals and ratios recomputed from the published counts and medians over few
 * children suppressed. Plain Java: the restricted tables arrive collected.
 */
public final class ProfilePublication {
  /** The category that rare values of a free-text breakdown (platforms) are merged into. */
  public static final String OTHER_PLATFORM = "other";

  /** The published tables, the protection that made them, and the model it protected. */
  public record Result(List<PublishedTable> tables, Protection protection, CountModel model) {
    public Result {
      tables = List.copyOf(tables);
      Objects.requireNonNull(protection, "protection");
      Objects.requireNonNull(model, "model");
    }

    /** The published table with the given name. */
    public PublishedTable table(String name) {
      return tables.stream().filter(t -> t.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no published table " + name));
    }
  }

  private ProfilePublication() {}

  /**
   * Publishes {@code restricted} (tables of the period {@code period}, by name; any subset of those
   * {@code specs} describe) under {@code policy}: each table is prepared as its spec says, every count
   * and relation modelled, the counts protected together, and the tables published in spec order.
   */
  public static Result publish(Map<String, RestrictedTable> restricted, List<PublishedSpec> specs, String period,
      DisclosurePolicy policy) {
    return publish(restricted, specs, period, policy, SecondarySuppression.DEFAULT_METHOD);
  }

  /** {@link #publish(Map, List, String, DisclosurePolicy)} with secondary cells chosen by {@code method}. */
  public static Result publish(Map<String, RestrictedTable> restricted, List<PublishedSpec> specs, String period,
      DisclosurePolicy policy, SecondarySuppression.Method method) {
    Map<String, RestrictedTable> tables = prepare(restricted, specs, policy);
    Set<String> headline = new java.util.HashSet<>();
    specs.stream().filter(PublishedSpec::headline).forEach(spec -> headline.add(spec.table()));
    CountModel model = ProfileModel.build(tables, specs, period);
    Protection protection = SecondarySuppression.protect(model, policy, headline, method);
    List<PublishedTable> published = new ArrayList<>();
    for (PublishedSpec spec : specs) {
      RestrictedTable table = tables.get(spec.table());
      if (table != null) {
        published.add(table(spec, table, protection, policy, period));
      }
    }
    return new Result(published, protection, model);
  }

  /** The restricted tables as their specs publish them (rare categories merged, partnership rows only...). */
  public static Map<String, RestrictedTable> prepare(Map<String, RestrictedTable> restricted, List<PublishedSpec> specs,
      DisclosurePolicy policy) {
    Map<String, RestrictedTable> tables = new LinkedHashMap<>(restricted);
    for (PublishedSpec spec : specs) {
      RestrictedTable table = tables.get(spec.table());
      if (table != null) {
        tables.put(spec.table(), spec.preparation().apply(table, policy));
      }
    }
    return tables;
  }

  private static PublishedTable table(
      PublishedSpec spec, RestrictedTable table, Protection protection, DisclosurePolicy policy, String period) {
    List<PublishedRow> rows = new ArrayList<>();
    List<RestrictedTable.Row> ordered = new ArrayList<>(table.rows());
    var order = spec.order().comparator(spec.dimensions());
    ordered.sort((a, b) -> order.compare(a.key(), b.key()));
    for (RestrictedTable.Row row : ordered) {
      Map<String, PublishedCell> cells = new LinkedHashMap<>();
      for (PublishedMeasure m : spec.measures()) {
        if (m.rule() == PublishedMeasure.Rule.COUNT) {
          PublishedCell cell = protection.cell(new CellRef(spec.table(), row.key(), m.column()));
          cells.put(m.column(), spec.notApplicable().test(row.key(), m.column())
              ? PublishedCell.withheld(Status.NOT_APPLICABLE) : cell);
        }
      }
      for (PublishedMeasure m : spec.measures()) {
        if (m.rule() != PublishedMeasure.Rule.COUNT) {
          PublishedMeasure published = spec.rowMeasures().of(row.key(), m);
          cells.put(m.column(), published == null ? PublishedCell.withheld(Status.NOT_APPLICABLE)
              : derived(published, row, cells, policy));
        }
      }
      rows.add(new PublishedRow(row.key(), spec.measureColumns().stream().map(cells::get).toList()));
    }
    List<MeasureKind> kinds = spec.measures().stream().map(ProfilePublication::kind).toList();
    return new PublishedTable(spec.table(), period, policy.name(), spec.dimensions(), spec.measureColumns(), kinds, rows,
        table.notes());
  }

  private static MeasureKind kind(PublishedMeasure m) {
    return switch (m.rule()) {
      case COUNT -> MeasureKind.COUNT;
      case PERCENT, CI_LOWER, CI_UPPER -> MeasureKind.PERCENT;
      case RATIO, OVER_CHILDREN, RATE_PER_10000, RATE_LOWER, RATE_UPPER -> MeasureKind.DECIMAL;
    };
  }

  /**
   * A statistic from published counts: withheld when either count is, so it can never reveal them. Not available (x)
   * wins over withheld (c): a statistic whose count was never made says so, which reveals nothing (whether an extract
   * was supplied is public) and tells the reader more than c.
   */
  static PublishedCell derived(PublishedMeasure m, RestrictedTable.Row row, Map<String, PublishedCell> cells,
      DisclosurePolicy policy) {
    PublishedMeasure.Rule rule = m.rule();
    if (rule == PublishedMeasure.Rule.OVER_CHILDREN) {
      Object value = row.values().get(m.column());
      Long children = row.count(m.denominator());
      if (value == null || children == null) {
        return PublishedCell.withheld(children == null ? Status.NOT_AVAILABLE : Status.NOT_APPLICABLE);
      }
      // A median over few children describes those children: shown only over more than the policy suppresses.
      return children <= policy.largestSuppressed() ? PublishedCell.withheld(children == 0 ? Status.NOT_APPLICABLE
          : Status.SUPPRESSED) : PublishedCell.shown(((Number) value).doubleValue());
    }
    PublishedCell numerator = cells.get(m.numerator());
    PublishedCell denominator = cells.get(m.denominator());
    if (numerator.status() == Status.NOT_AVAILABLE || denominator.status() == Status.NOT_AVAILABLE) {
      return PublishedCell.withheld(Status.NOT_AVAILABLE);
    }
    for (PublishedCell c : List.of(numerator, denominator)) {
      if (c.status() == Status.SUPPRESSED || c.status() == Status.LOW) {
        return PublishedCell.withheld(Status.SUPPRESSED);
      }
    }
    for (PublishedCell c : List.of(numerator, denominator)) {
      if (!c.isShown()) {
        return PublishedCell.withheld(c.status());
      }
    }
    double n = numerator.value();
    double d = denominator.value();
    if (d == 0) {
      return PublishedCell.withheld(Status.NOT_APPLICABLE);
    }
    return switch (rule) {
      case PERCENT -> PublishedCell.shown(100 * n / d);
      case RATIO -> PublishedCell.shown(n / d);
      case CI_LOWER -> PublishedCell.shown(WilsonInterval.percent((long) n, (long) d)[0]);
      case CI_UPPER -> PublishedCell.shown(WilsonInterval.percent((long) n, (long) d)[1]);
      case RATE_PER_10000 -> PublishedCell.shown(RatePer10000.rate(Math.round(n), Math.round(d)));
      case RATE_LOWER -> PublishedCell.shown(RatePer10000.interval(Math.round(n), Math.round(d))[0]);
      case RATE_UPPER -> PublishedCell.shown(RatePer10000.interval(Math.round(n), Math.round(d))[1]);
      default -> throw new IllegalStateException("not a derived rule: " + rule);
    };
  }

  /**
   * Age (single years or bands) by gender is published for the partnership only (the pyramid): per
   * authority the cross-tabulation is mostly small counts (children of unknown gender in every band),
   * and protecting them chains suppression through every authority's age and gender totals; at
   * national size the linear programs of that one table did not finish. Each authority's age bands and
   * genders are published on their own in {@code cohort_breakdown}.
   */
  public static RestrictedTable partnershipOnly(RestrictedTable table) {
    int la = table.dimensions().indexOf(Columns.LA_CODE);
    return new RestrictedTable(table.name(), table.dimensions(), table.measures(),
        table.rows().stream().filter(r -> r.key().get(la).equals(Columns.PARTNERSHIP)).toList(), table.notes());
  }

  /**
   * A free-text breakdown (platforms, written as the police record them): a category is named only
   * when the partnership counts more than the policy suppresses; the others are counted under
   * {@code other}, so a rare name (or a mistyped one) never reaches a published file.
   */
  public static BiFunction<RestrictedTable, DisclosurePolicy, RestrictedTable> mergeRareCategories(String freeText,
      String countColumn) {
    return (table, policy) -> mergeRare(table, policy, freeText, countColumn);
  }

  private static RestrictedTable mergeRare(RestrictedTable table, DisclosurePolicy policy, String freeText,
      String countColumn) {
    int la = table.dimensions().indexOf(Columns.LA_CODE);
    int breakdown = table.dimensions().indexOf(Columns.BREAKDOWN);
    int category = table.dimensions().indexOf(Columns.CATEGORY);
    Set<String> rare = new java.util.HashSet<>();
    for (RestrictedTable.Row row : table.rows()) {
      String c = row.key().get(category);
      if (row.key().get(la).equals(Columns.PARTNERSHIP) && row.key().get(breakdown).equals(freeText)
          && !c.equals(OTHER_PLATFORM) && !c.equals(Cohort.NOT_RECORDED)) {
        Long n = row.count(countColumn);
        if (n != null && n <= policy.largestSuppressed()) {
          rare.add(c);
        }
      }
    }
    if (rare.isEmpty()) {
      return table;
    }
    Map<List<String>, Long> other = new LinkedHashMap<>();
    List<RestrictedTable.Row> kept = new ArrayList<>();
    for (RestrictedTable.Row row : table.rows()) {
      boolean merged = row.key().get(breakdown).equals(freeText);
      String c = row.key().get(category);
      if (merged && (rare.contains(c) || c.equals(OTHER_PLATFORM))) {
        List<String> key = new ArrayList<>(row.key());
        key.set(category, OTHER_PLATFORM);
        Long n = row.count(countColumn);
        other.merge(key, n == null ? 0L : n, Long::sum);
      } else {
        kept.add(row);
      }
    }
    other.forEach((key, n) -> kept.add(new RestrictedTable.Row(key, Map.of(countColumn, n))));
    return new RestrictedTable(table.name(), table.dimensions(), table.measures(), kept, table.notes());
  }
}
