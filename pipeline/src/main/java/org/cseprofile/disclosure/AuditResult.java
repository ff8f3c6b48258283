package org.cseprofile.disclosure;

import java.util.List;
import java.util.Objects;

/** The intervals a reader can deduce for every withheld cell of a publication, judged against the policy. */
public record AuditResult(DisclosurePolicy policy, List<CellInterval> intervals) {

  public AuditResult {
    Objects.requireNonNull(policy, "policy");
    intervals = List.copyOf(intervals);
  }

  /** The cells whose interval is narrower than the policy allows, in cell order. */
  public List<CellInterval> exposed() {
    return intervals.stream().filter(i -> i.exposed(policy)).sorted(
        java.util.Comparator.comparing(CellInterval::cell)).toList();
  }

  /** Whether no cell is exposed. */
  public boolean passes() {
    return exposed().isEmpty();
  }

  /** The interval of one cell. */
  public CellInterval interval(CellRef cell) {
    return intervals.stream().filter(i -> i.cell().equals(cell)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no interval for " + cell));
  }
}
