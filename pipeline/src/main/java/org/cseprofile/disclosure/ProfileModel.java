package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.table.Columns;

/**
 * Builds the model of one period's published tables: every count, then every relation each table
 * declares ({@link PublishedSpec#relations}) between them. Tables declare relations through the
 * methods here: totals within a row, categories of a breakdown adding up to a total, the partnership
 * ({@code ALL}) against its authorities, the same count published in two tables. Plain Java over
 * collected tables.
 */
public final class ProfileModel {
  private static final String ALL = Columns.PARTNERSHIP;

  /** How the partnership row of a count relates to the authorities' rows. */
  public enum Across {
    /** Each counted thing has one authority: ALL = sum. */
    EQUAL,
    /** A thing may count in several authorities, and always in at least one listed: ALL <= sum, each <= ALL. */
    COVERS,
    /** A thing may count in several authorities or in none: each <= ALL. */
    CONTAINS,
    /** A thing counts in at most one authority, possibly one not listed (or none): sum <= ALL. */
    AT_MOST,
    /** No relation by definition; a sum only where the counts happen to make one. */
    IF_EQUAL
  }

  private final Map<String, RestrictedTable> tables;
  private final String period;
  private final CountModel.Builder model = new CountModel.Builder();
  private final List<String> authorities = new ArrayList<>();

  private ProfileModel(Map<String, RestrictedTable> tables, String period) {
    this.tables = tables;
    this.period = period;
  }

  /**
   * The model of {@code tables} (by name; any subset of the tables {@code specs} describe) for the
   * period labelled {@code period}: the counts of every table, then the relations each declares, in
   * the order of {@code specs}.
   */
  public static CountModel build(Map<String, RestrictedTable> tables, List<PublishedSpec> specs, String period) {
    ProfileModel m = new ProfileModel(tables, period);
    for (PublishedSpec spec : specs) {
      m.addCounts(spec);
    }
    for (PublishedSpec spec : specs) {
      if (m.present(spec.table())) {
        spec.relations().declare(m);
      }
    }
    return m.model.build();
  }

  /**
   * The counts of {@code model} that no relation mentions, in tables of {@code specs} that do not
   * declare that they stand alone: a count a reader may relate to others though the model does not,
   * so its suppression could be undone without the audit noticing. Counts not available (null) are
   * left out: nothing is published for them.
   */
  public static List<CellRef> unrelated(CountModel model, List<PublishedSpec> specs) {
    java.util.Set<String> standAlone = new java.util.HashSet<>();
    specs.stream().filter(s -> s.relations().standsAloneBecause() != null).forEach(s -> standAlone.add(s.table()));
    java.util.Set<CellRef> related = new java.util.HashSet<>();
    model.relations().forEach(r -> related.addAll(r.cells()));
    return model.published().stream()
        .filter(c -> model.values().get(c) != null && !related.contains(c) && !standAlone.contains(c.table()))
        .toList();
  }

  private void addCounts(PublishedSpec spec) {
    RestrictedTable table = tables.get(spec.table());
    if (table == null) {
      return;
    }
    for (RestrictedTable.Row row : table.rows()) {
      for (String column : spec.countColumns()) {
        model.count(new CellRef(spec.table(), row.key(), column), row.count(column));
      }
    }
    if (table.dimensions().contains(Columns.LA_CODE)) {
      for (String la : table.values(Columns.LA_CODE)) {
        if (!la.equals(ALL) && !authorities.contains(la)) {
          authorities.add(la);
        }
      }
    }
  }

  // ---------------------------------------------------------------- what the tables hold

  /** The label of the period published. */
  public String period() {
    return period;
  }

  /** Whether the table is part of this publication. */
  public boolean present(String table) {
    return tables.containsKey(table);
  }

  /** A table of the publication, which must be present. */
  public RestrictedTable table(String table) {
    RestrictedTable t = tables.get(table);
    if (t == null) {
      throw new IllegalArgumentException("no table " + table + " in the publication");
    }
    return t;
  }

  /** The rows of a table of the publication. */
  public List<RestrictedTable.Row> rows(String table) {
    return table(table).rows();
  }

  /** Runs {@code action} when the table is present and has a row with this key. */
  public void ifPresent(String table, List<String> key, Runnable action) {
    if (present(table) && tables.get(table).has(key)) {
      action.run();
    }
  }

  /** The partnership ({@code ALL}) and every authority of the publication. */
  public List<String> areas() {
    List<String> all = new ArrayList<>();
    all.add(ALL);
    all.addAll(authorities);
    return all;
  }

  /** The count {@code column} of {@code table}'s row {@code key}. */
  public static CellRef cell(String table, String column, List<String> key) {
    return new CellRef(table, key, column);
  }

  /** The count {@code column} of {@code table}'s row whose key is {@code key}. */
  public static CellRef cell(String table, String column, String... key) {
    return new CellRef(table, List.of(key), column);
  }

  // ---------------------------------------------------------------- relations

  /** Any relation. */
  public void relation(Relation r) {
    model.relation(r);
  }

  /** An unpublished count (a total no table publishes) that relations may use; protected as implied. */
  public void implied(CellRef cell, long value) {
    model.implied(cell, value);
  }

  /** The total is the sum of the parts. */
  public void sum(CellRef total, List<CellRef> parts, String name) {
    model.relation(Relation.sum(total, parts, name));
  }

  /** The same count, published twice. */
  public void same(CellRef a, CellRef b, String name) {
    model.relation(Relation.same(a, b, name));
  }

  /** Each part is at most the total. */
  public void contains(CellRef total, List<CellRef> parts, String name) {
    model.relation(new Relation(RelationKind.CONTAINS, total, parts, name));
  }

  /** The parts may overlap: the total is at most their sum, each part at most the total. */
  public void covers(CellRef total, List<CellRef> parts, String name) {
    model.relation(new Relation(RelationKind.COVERS, total, parts, name));
  }

  /**
   * The parts add up to at most the total: the total is the parts plus an unpublished remainder
   * named {@code rest} (for example {@code children_not_identified}), which must not be worked out
   * either when small.
   */
  public void atMost(CellRef total, List<CellRef> parts, String rest, String name) {
    model.atMost(total, parts, new CellRef(total.table(), total.key(), rest + "(" + total.column() + ")"), name);
  }

  /**
   * The total is the sum of the parts only when the counts happen to make it so (an attacker may guess it). A total
   * with no count (a column not supplied) or no parts with counts relates nothing.
   */
  public void ifEqual(CellRef total, List<CellRef> parts, String name) {
    Long t = model.value(total);
    if (t == null || parts.isEmpty()) {
      return;
    }
    long sum = 0;
    for (CellRef part : parts) {
      Long v = model.value(part);
      if (v == null || t == null) {
        return;
      }
      sum += v;
    }
    if (sum == t) {
      sum(total, parts, name);
    }
  }

  /** The cells of every category of a breakdown (rows {@code la, breakdown, category}), in row order. */
  public List<CellRef> categories(String table, String la, String breakdown, String column) {
    return table(table).rows().stream()
        .filter(r -> r.key().get(0).equals(la) && r.key().get(1).equals(breakdown))
        .map(r -> cell(table, column, r.key())).toList();
  }

  /** Each breakdown's categories add up to the total in {@code totals} (same leading keys before la_code). */
  public void breakdownTotals(String table, String totals, String column, String totalColumn) {
    if (!present(table) || !present(totals)) {
      return;
    }
    RestrictedTable t = tables.get(table);
    int b = t.dimensions().indexOf(Columns.BREAKDOWN);
    Map<List<String>, List<CellRef>> groups = new LinkedHashMap<>();
    for (RestrictedTable.Row row : t.rows()) {
      groups.computeIfAbsent(row.key().subList(0, b + 1), g -> new ArrayList<>()).add(cell(table, column, row.key()));
    }
    groups.forEach((group, parts) -> sum(cell(totals, totalColumn, group.subList(0, group.size() - 1)), parts,
        table + ": " + group.get(group.size() - 1) + " categories = total"));
  }

  /** The counts of a trend table's report-period quarter are those of the period's own table. */
  public void sameInTrend(String trend, String table, List<String> columns) {
    if (!present(trend) || !present(table)) {
      return;
    }
    for (RestrictedTable.Row row : tables.get(trend).rows()) {
      if (!row.key().get(0).equals(period)) {
        continue;
      }
      List<String> key = row.key().subList(1, row.key().size());
      if (!tables.get(table).has(key)) {
        continue;
      }
      for (String c : columns) {
        same(cell(table, c, key), cell(trend, c, row.key()), trend + ": report quarter = " + table);
      }
    }
  }

  /** The ALL rows of {@code column} against the authorities' rows. */
  public void across(String table, String column, Across kind) {
    across(table, column, kind, null);
  }

  /** The ALL rows of {@code column} against the authorities' rows (only rows containing {@code only}, if given). */
  public void across(String table, String column, Across kind, String only) {
    if (!present(table)) {
      return;
    }
    for (RestrictedTable.Row row : tables.get(table).rows()) {
      int la = tables.get(table).dimensions().indexOf(Columns.LA_CODE);
      if (row.key().get(la).equals(ALL) && (only == null || row.key().contains(only)) && row.count(column) != null) {
        acrossRow(table, column, row.key(), kind);
      }
    }
  }

  /** The ALL row {@code allKey} of {@code column} against the same row of every authority. */
  public void acrossRow(String table, String column, List<String> allKey, Across kind) {
    List<CellRef> parts = authorityCells(table, column, allKey);
    if (parts.isEmpty()) {
      return;
    }
    CellRef total = cell(table, column, allKey);
    String name = table + ": " + column + ", ALL and authorities";
    switch (kind) {
      case EQUAL -> sum(total, parts, name);
      case COVERS -> covers(total, parts, name);
      case CONTAINS -> contains(total, parts, name);
      case AT_MOST -> atMost(total, parts, "outside_authorities", name);
      case IF_EQUAL -> ifEqual(total, parts, name);
    }
  }

  /** The cells of {@code column} in every authority's row matching the ALL row {@code allKey}. */
  public List<CellRef> authorityCells(String table, String column, List<String> allKey) {
    RestrictedTable t = table(table);
    int la = t.dimensions().indexOf(Columns.LA_CODE);
    List<CellRef> parts = new ArrayList<>();
    for (String authority : authorities) {
      List<String> key = new ArrayList<>(allKey);
      key.set(la, authority);
      if (t.has(key) && t.row(key).count(column) != null) {
        parts.add(cell(table, column, key));
      }
    }
    return parts;
  }
}
