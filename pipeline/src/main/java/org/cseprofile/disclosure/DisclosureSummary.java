package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What disclosure control did in a run: cells suppressed as small, cells suppressed to protect them,
 * the audit, and what was lost table by table ({@link TableLoss}: restricted, for the analyst).
 */
public record DisclosureSummary(String policy, int primary, int secondary, int rounds, int audited, boolean passed,
    List<TableLoss> tables) {

  public DisclosureSummary {
    Objects.requireNonNull(policy, "policy");
    tables = List.copyOf(tables);
  }

  /** The summary of a protection. */
  public static DisclosureSummary of(DisclosurePolicy policy, Protection protection) {
    return new DisclosureSummary(policy.name(), protection.primary().size(), protection.secondary().size(),
        protection.rounds(), protection.audit().intervals().size(), protection.audit().passes(), protection.losses());
  }

  /** The summary of several protections of one run (the profile's, the places'), added up. */
  public static DisclosureSummary of(DisclosurePolicy policy, List<Protection> protections) {
    DisclosureSummary sum = new DisclosureSummary(policy.name(), 0, 0, 0, 0, true, List.of());
    for (Protection p : protections) {
      DisclosureSummary one = of(policy, p);
      Map<String, TableLoss> tables = new TreeMap<>();
      for (TableLoss t : sum.tables) {
        tables.merge(t.table(), t, TableLoss::plus);
      }
      for (TableLoss t : one.tables) {
        tables.merge(t.table(), t, TableLoss::plus);
      }
      sum = new DisclosureSummary(policy.name(), sum.primary + one.primary, sum.secondary + one.secondary,
          Math.max(sum.rounds, one.rounds), sum.audited + one.audited, sum.passed && one.passed,
          new ArrayList<>(tables.values()));
    }
    return sum;
  }

  /** Counts shown in every table. */
  public int shown() {
    return tables.stream().mapToInt(TableLoss::shown).sum();
  }

  /** The total value of the counts suppressed as small. */
  public long primaryValue() {
    return tables.stream().mapToLong(TableLoss::primaryValue).sum();
  }

  /** The total value of the counts suppressed to protect them. */
  public long secondaryValue() {
    return tables.stream().mapToLong(TableLoss::secondaryValue).sum();
  }

  /** One line for the analyst. */
  public String describe() {
    return "disclosure policy " + policy + ": " + primary + " small counts suppressed, " + secondary
        + " more suppressed so they cannot be worked out, " + shown() + " shown; audit of " + audited
        + " withheld cells " + (passed ? "passed" : "FAILED");
  }

  /**
   * The tables that lost a count, one line each (restricted: the totals of withheld values are exact),
   * under a heading line: cells shown, withheld as small and their total, withheld to protect them and
   * their total.
   */
  public List<String> lossLines() {
    List<String> lines = new ArrayList<>();
    int width = Math.max(24, tables.stream().mapToInt(t -> t.table().length()).max().orElse(0) + 2);
    String format = "%-" + width + "s %7s %7s %7s %9s %9s";
    lines.add(String.format(format, "table", "shown", "small", "(total)", "secondary", "(total)"));
    for (TableLoss t : tables) {
      if (t.withheld() > 0) {
        lines.add(String.format(format, t.table(), t.shown(), t.primary(), t.primaryValue(), t.secondary(),
            t.secondaryValue()));
      }
    }
    lines.add(String.format(format, "all tables", shown(), primary, primaryValue(), secondary, secondaryValue()));
    return lines;
  }

  /** The summary as the manifest records it (field names in snake case, tables in order). */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("policy", policy);
    m.put("shown", shown());
    m.put("primary", primary);
    m.put("primary_value", primaryValue());
    m.put("secondary", secondary);
    m.put("secondary_value", secondaryValue());
    m.put("rounds", rounds);
    m.put("audited", audited);
    m.put("audit_passed", passed);
    List<Map<String, Object>> list = new ArrayList<>();
    for (TableLoss t : tables) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("table", t.table());
      one.put("shown", t.shown());
      one.put("primary", t.primary());
      one.put("primary_value", t.primaryValue());
      one.put("secondary", t.secondary());
      one.put("secondary_value", t.secondaryValue());
      list.add(one);
    }
    m.put("tables", list);
    return m;
  }
}
