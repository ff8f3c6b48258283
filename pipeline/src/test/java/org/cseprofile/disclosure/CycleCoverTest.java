package org.cseprofile.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cseprofile.reports.published.PublishedCell;
import org.junit.jupiter.api.Test;

/** The cheapest pattern in which every small count can move, worked by hand on a two-by-three table. */
class CycleCoverTest {
  //        X    Y    Z  | total
  //   A    2   50    6  |    58
  //   B   30    3    0  |    33
  //  ---------------------------
  //       32   53    6  |    91
  private static CellRef cell(String row, String column) {
    return TwoWayTable.cell(row, column);
  }

  private static CountModel table() {
    return TwoWayTable.of(new long[][] {{2, 50, 6}, {30, 3, 0}});
  }

  private static Map<CellRef, PublishedCell> published(CountModel model) {
    Map<CellRef, PublishedCell> cells = new TreeMap<>();
    model.published().forEach(c -> cells.put(c, SmallCountSuppression.publish(model.values().get(c),
        DisclosurePolicy.PARTNERSHIP)));
    return cells;
  }

  @Test
  void twoSmallCountsShareOneRectangle() {
    // A,X = 2 and B,Y = 3 are small. Each row and column holding one of them needs a second withheld cell. A,Y and
    // B,X close the rectangle A,X - A,Y - B,Y - B,X: row A (A,X, A,Y), row B (B,X, B,Y), column X (A,X, B,X) and
    // column Y (A,Y, B,Y) each hold two, at cost (10 + 50) + (10 + 30) = 100. Any other closed pattern needs a third
    // cell (through Z, A,Z costs 16 but B,Z is a shown 0, which can never be withheld: a reader knows a `c` is not 0)
    // or a total (costed twice).
    CountModel model = table();

    assertThat(CycleCover.cellsToWithhold(published(model), model, Set.of(), model.totals()))
        .containsExactly(cell("A", "Y"), cell("B", "X"));
  }

  @Test
  void theRunWithholdsOnlyTheRectangleAndTheAuditPasses() {
    // A,X moves within [1, 32 - 25]: raised by 4 it takes 4 from A,Y (50) and B,X (30), and B,Y gains 4; no cell
    // needs more, so the rounds add nothing and showing again cannot drop either cell.
    CountModel model = table();
    Protection protection = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, Set.of(),
        SecondarySuppression.Method.ALTERNATIVE);

    assertThat(protection.primary()).containsExactly(cell("A", "X"), cell("B", "Y"));
    assertThat(protection.secondary()).containsExactly(cell("A", "Y"), cell("B", "X"));
    assertThat(protection.audit().passes()).isTrue();
  }

  @Test
  void nothingToMoveWithholdsNothing() {
    // No small count: every count can stay where it is.
    CountModel.Builder b = new CountModel.Builder();
    b.count(cell("A", "X"), 10L).count(cell("A", "Y"), 20L).count(cell("A", "total"), 30L);
    b.relation(Relation.sum(cell("A", "total"), List.of(cell("A", "X"), cell("A", "Y")), "row A"));
    CountModel model = b.build();

    assertThat(CycleCover.cellsToWithhold(published(model), model, Set.of(), model.totals())).isEmpty();
  }
}
