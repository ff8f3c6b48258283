package org.cseprofile.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelationTest {
  private static final CellRef TOTAL = CellRef.of("t", "total", "r");
  private static final CellRef A = CellRef.of("t", "a", "r");
  private static final CellRef B = CellRef.of("t", "b", "r");

  @Test
  void aSumIsOneEquation() {
    // total = a + b, written total - a - b = 0.
    assertThat(Relation.sum(TOTAL, List.of(A, B), "sum").constraints())
        .containsExactly(new Relation.Constraint(Map.of(TOTAL, 1.0, A, -1.0, B, -1.0), true));
  }

  @Test
  void overlappingPartsCoverTheTotalAndEachIsWithinIt() {
    // A child counted under several vulnerabilities: total <= a + b, and a <= total, b <= total.
    assertThat(new Relation(RelationKind.COVERS, TOTAL, List.of(A, B), "covers").constraints()).containsExactly(
        new Relation.Constraint(Map.of(TOTAL, 1.0, A, -1.0, B, -1.0), false),
        new Relation.Constraint(Map.of(A, 1.0, TOTAL, -1.0), false),
        new Relation.Constraint(Map.of(B, 1.0, TOTAL, -1.0), false));
  }

  @Test
  void partsWithinATotalAreOnlyBoundedByIt() {
    // Nothing says the parts add up: a <= total and b <= total only.
    assertThat(new Relation(RelationKind.CONTAINS, TOTAL, List.of(A, B), "contains").constraints()).containsExactly(
        new Relation.Constraint(Map.of(A, 1.0, TOTAL, -1.0), false),
        new Relation.Constraint(Map.of(B, 1.0, TOTAL, -1.0), false));
  }

  @Test
  void aPartRepeatedOrEqualToTheTotalIsRefusedByName() {
    assertThatThrownBy(() -> Relation.sum(TOTAL, List.of(A, A), "twice"))
        .hasMessage("parts must be distinct and differ from the total (relation twice)");
    assertThatThrownBy(() -> Relation.sum(TOTAL, List.of(TOTAL), "itself"))
        .hasMessage("parts must be distinct and differ from the total (relation itself)");
  }

  @Test
  void totalsAreTheCellsWithTwoOrMoreParts() {
    // total = a + b is a total; "a published twice" (a = b) is not.
    CountModel model = new CountModel.Builder().count(TOTAL, 5L).count(A, 2L).count(B, 3L).count(CellRef.of("t", "a2", "r"), 2L)
        .relation(Relation.sum(TOTAL, List.of(A, B), "sum")).relation(Relation.same(A, CellRef.of("t", "a2", "r"), "same"))
        .build();
    assertThat(model.totals()).containsExactly(TOTAL);
  }
}
