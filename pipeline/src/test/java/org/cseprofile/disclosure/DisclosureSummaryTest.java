package org.cseprofile.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What disclosure control withheld, table by table, and how the run reports it. */
class DisclosureSummaryTest {

  @Test
  void eachTableCountsItsShownPrimaryAndSecondaryCellsAndTheirTotals() {
    // t: a + b + c = total, 3 + 10 + 12 = 25: a is small, b (the cheapest other part) protects it.
    CountModel t = new CountModel.Builder()
        .count(CellRef.of("t", "a", "r"), 3L).count(CellRef.of("t", "b", "r"), 10L)
        .count(CellRef.of("t", "c", "r"), 12L).count(CellRef.of("t", "total", "r"), 25L)
        .relation(Relation.sum(CellRef.of("t", "total", "r"), List.of(CellRef.of("t", "a", "r"),
            CellRef.of("t", "b", "r"), CellRef.of("t", "c", "r")), "row"))
        .build();
    // u: two cells in no relation, 2 and 0: one small count, one zero (shown).
    CountModel u = new CountModel.Builder()
        .count(CellRef.of("u", "x", "r"), 2L).count(CellRef.of("u", "y", "r"), 0L).build();

    Protection pt = SecondarySuppression.protect(t, DisclosurePolicy.PARTNERSHIP);
    Protection pu = SecondarySuppression.protect(u, DisclosurePolicy.PARTNERSHIP);
    assertThat(pt.losses()).containsExactly(new TableLoss("t", 2, 1, 3, 1, 10));
    assertThat(pu.losses()).containsExactly(new TableLoss("u", 1, 1, 2, 0, 0));

    DisclosureSummary summary = DisclosureSummary.of(DisclosurePolicy.PARTNERSHIP, List.of(pt, pu));
    assertThat(summary.primary()).isEqualTo(2);
    assertThat(summary.secondary()).isEqualTo(1);
    assertThat(summary.shown()).isEqualTo(3);
    assertThat(summary.primaryValue()).isEqualTo(5);
    assertThat(summary.secondaryValue()).isEqualTo(10);
    assertThat(summary.describe()).isEqualTo("disclosure policy partnership: 2 small counts suppressed, 1 more "
        + "suppressed so they cannot be worked out, 3 shown; audit of 3 withheld cells passed");
    assertThat(summary.lossLines()).containsExactly(
        "table                      shown   small (total) secondary   (total)",
        "t                              2       1       3         1        10",
        "u                              1       1       2         0         0",
        "all tables                     3       2       5         1        10");
    Map<String, Object> manifest = summary.asMap();
    assertThat(manifest).containsEntry("primary", 2).containsEntry("primary_value", 5L)
        .containsEntry("secondary", 1).containsEntry("secondary_value", 10L).containsEntry("audit_passed", true);
    assertThat((List<?>) manifest.get("tables")).hasSize(2);
  }
}
