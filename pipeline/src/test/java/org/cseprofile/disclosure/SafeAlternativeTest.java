package org.cseprofile.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cheapest other table, worked by hand on a two-by-three table with every margin published. */
class SafeAlternativeTest {
  //        X    Y    Z  | total
  //   A    2   50    6  |    58
  //   B   30   40    8  |    78
  //  ---------------------------
  //       32   90   14  |   136
  private static CellRef cell(String row, String column) {
    return TwoWayTable.cell(row, column);
  }

  private static CountModel table() {
    return TwoWayTable.of(new long[][] {{2, 50, 6}, {30, 40, 8}});
  }

  @Test
  void theSmallCellIsProtectedByTheCheapestRectangle() {
    // A,X = 2 is small. Raised by 4 (to 6, a protection width above the 2 a reader now works out), row A must give 4
    // back through Y (50) or Z (6), column X through B,X (30), and row B takes 4 more through Y (40) or Z (8): the
    // cheapest way is Z, so A,Z, B,X and B,Z are withheld (the rectangle through the small column), not Y's 50 and 40.
    CountModel model = table();
    Protection protection = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, Set.of(),
        SecondarySuppression.Method.ALTERNATIVE);

    assertThat(protection.primary()).containsExactly(cell("A", "X"));
    assertThat(protection.secondary()).containsExactlyInAnyOrder(cell("A", "Z"), cell("B", "X"), cell("B", "Z"));
    assertThat(protection.audit().passes()).isTrue();
    // A,X + A,Z = 58 - 50 = 8, so A,X is anywhere in [1, 7]: B,X = 32 - A,X, B,Z = 14 - A,Z.
    assertThat(protection.audit().interval(cell("A", "X"))).isEqualTo(new CellInterval(cell("A", "X"), 1, 7L, false));
    assertThat(protection.audit().interval(cell("A", "Z"))).isEqualTo(new CellInterval(cell("A", "Z"), 1, 7L, false));
    assertThat(protection.audit().interval(cell("B", "X"))).isEqualTo(new CellInterval(cell("B", "X"), 25, 31L, false));
    assertThat(protection.audit().interval(cell("B", "Z"))).isEqualTo(new CellInterval(cell("B", "Z"), 7, 13L, false));
  }

  @Test
  void aCellAlreadyWideEnoughNeedsNothingMore() {
    // With A,Z and B,X and B,Z withheld already, raising A,X by 4 changes only withheld cells: nothing more to withhold.
    CountModel model = table();
    var cells = new java.util.TreeMap<CellRef, org.cseprofile.reports.published.PublishedCell>();
    for (CellRef c : model.published()) {
      cells.put(c, SmallCountSuppression.publish(model.values().get(c), DisclosurePolicy.PARTNERSHIP));
    }
    for (CellRef c : List.of(cell("A", "Z"), cell("B", "X"), cell("B", "Z"))) {
      cells.put(c, org.cseprofile.reports.published.PublishedCell.withheld(
          org.cseprofile.reports.published.Status.SUPPRESSED));
    }
    java.util.Map<CellRef, List<Relation>> relationsOf = new java.util.HashMap<>();
    model.relations().forEach(r -> r.cells().forEach(c -> relationsOf.computeIfAbsent(c, k -> new java.util.ArrayList<>()).add(r)));

    assertThat(SafeAlternative.cellsToWithhold(new CellInterval(cell("A", "X"), 2, 2L, false), cells, model,
        DisclosurePolicy.PARTNERSHIP, relationsOf, Set.of(), Set.of())).contains(Set.of());
  }
}
