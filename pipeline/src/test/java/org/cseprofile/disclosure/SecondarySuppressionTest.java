package org.cseprofile.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.Status;
import org.junit.jupiter.api.Test;

/** Tables known to be vulnerable: the audit must catch each attack, and secondary suppression must stop it. */
/* The optimal method unless a test names the greedy rounds (a run uses greedy: SecondarySuppression.DEFAULT_METHOD). */
class SecondarySuppressionTest {

  private static CellRef cell(String column) {
    return CellRef.of("t", column, "row");
  }

  private static CellRef cell(String table, String column) {
    return CellRef.of(table, column, "row");
  }

  @Test
  void oneSuppressedCellInARowWithItsTotalIsRecoveredBySubtraction() {
    // a + b + c = total: 3 + 10 + 12 = 25. Only a is small.
    CountModel model = new CountModel.Builder()
        .count(cell("a"), 3L).count(cell("b"), 10L).count(cell("c"), 12L).count(cell("total"), 25L)
        .relation(Relation.sum(cell("total"), List.of(cell("a"), cell("b"), cell("c")), "row total"))
        .build();

    Map<CellRef, PublishedCell> primary = primary(model, DisclosurePolicy.PARTNERSHIP);
    AuditResult attack = DisclosureAudit.audit(primary, model, DisclosurePolicy.PARTNERSHIP);
    // 25 - 10 - 12 = 3 exactly.
    assertThat(attack.interval(cell("a"))).isEqualTo(new CellInterval(cell("a"), 3, 3L, false));
    assertThat(attack.exposed()).extracting(CellInterval::cell).containsExactly(cell("a"));

    Protection protection = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, java.util.Set.of(), SecondarySuppression.Method.OPTIMAL);
    // The smallest other part, b = 10, goes too: a + b = 13, so each is anywhere in [1, 12].
    assertThat(protection.primary()).containsExactly(cell("a"));
    assertThat(protection.secondary()).containsExactly(cell("b"));
    assertThat(protection.audit().passes()).isTrue();
    assertThat(protection.audit().interval(cell("a"))).isEqualTo(new CellInterval(cell("a"), 1, 12L, false));
    assertThat(protection.audit().interval(cell("b"))).isEqualTo(new CellInterval(cell("b"), 1, 12L, false));
    assertThat(protection.cell(cell("total"))).isEqualTo(PublishedCell.shown(25));
    assertThat(protection.cell(cell("c"))).isEqualTo(PublishedCell.shown(12));
    // a is the only unknown of the row: b is withheld with it before the first audit, which passes.
    assertThat(protection.rounds()).isEqualTo(1);
  }

  @Test
  void aCellWhoseLastShownNeighbourWentEarlierInTheRoundIsAuditedAgainNotGivenUp() {
    // total = a + b (5 = 2 + 3) and b = e + f (3 = 1 + 2): every part is small. Protecting a takes the
    // total, the only shown cell; e, exposed in the same round, then reaches no shown cell at all,
    // yet the total just suppressed already protects it: the next audit must say so.
    CountModel model = new CountModel.Builder()
        .count(cell("a"), 2L).count(cell("b"), 3L).count(cell("e"), 1L).count(cell("f"), 2L)
        .count(cell("total"), 5L)
        .relation(Relation.sum(cell("total"), List.of(cell("a"), cell("b")), "total"))
        .relation(Relation.sum(cell("b"), List.of(cell("e"), cell("f")), "b"))
        .build();

    AuditResult attack = DisclosureAudit.audit(primary(model, DisclosurePolicy.PARTNERSHIP), model,
        DisclosurePolicy.PARTNERSHIP);
    assertThat(attack.exposed()).extracting(CellInterval::cell)
        .containsExactly(cell("a"), cell("b"), cell("e"), cell("f"));

    Protection protection = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, java.util.Set.of(), SecondarySuppression.Method.OPTIMAL);
    assertThat(protection.secondary()).containsExactly(cell("total"));
    assertThat(protection.rounds()).isEqualTo(2);
    assertThat(protection.audit().passes()).isTrue();
    assertThat(protection.audit().interval(cell("e"))).isEqualTo(new CellInterval(cell("e"), 1, null, false));
  }

  @Test
  void theCheapestCellThatActuallyProtectsIsChosenNotMerelyTheCheapest() {
    // total = e + a + b (32 = 2 + 10 + 20), and a = a1 + a2 (5 + 5) is published too. Withholding a, the
    // cheapest, would not help (a is known from a1 + a2); withholding b does.
    CountModel model = new CountModel.Builder()
        .count(cell("e"), 2L).count(cell("a"), 10L).count(cell("b"), 20L).count(cell("total"), 32L)
        .count(cell("a1"), 5L).count(cell("a2"), 5L)
        .relation(Relation.sum(cell("total"), List.of(cell("e"), cell("a"), cell("b")), "total"))
        .relation(Relation.sum(cell("a"), List.of(cell("a1"), cell("a2")), "a"))
        .build();

    Protection protection = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, java.util.Set.of(),
        SecondarySuppression.Method.GREEDY);
    assertThat(protection.secondary()).containsExactly(cell("b"));
    assertThat(protection.rounds()).isEqualTo(2);
    assertThat(protection.audit().interval(cell("e"))).isEqualTo(new CellInterval(cell("e"), 1, 21L, false));
    assertThat(protection.cell(cell("a"))).isEqualTo(PublishedCell.shown(10));
    // The optimal choice takes b too, before any audit: e is the only unknown of the total's equation, and a,
    // itself a total (of a1 + a2), costs twice (10 + 10) = 40 against b's 10 + 20 = 30.
    Protection optimal = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, java.util.Set.of(), SecondarySuppression.Method.OPTIMAL);
    assertThat(optimal.secondary()).containsExactly(cell("b"));
    assertThat(optimal.rounds()).isEqualTo(1);
  }

  @Test
  void aCellPinnedTwiceNeedsACellFromEachRelationAndOneTheOthersDetermineIsShownAgain() {
    // e is pinned by two totals: t1 = e + c + d (30 = 2 + 12 + 16) and t2 = e + f (22 = 2 + 20); c = p + q (6 + 6)
    // is published too. No single cell protects e: c goes first (cheapest of its own relations), then d, then
    // f. At the end c is known exactly from p + q, so it is shown again: only d and f stay withheld.
    CountModel model = new CountModel.Builder()
        .count(cell("e"), 2L).count(cell("c"), 12L).count(cell("d"), 16L).count(cell("t1"), 30L)
        .count(cell("f"), 20L).count(cell("t2"), 22L).count(cell("p"), 6L).count(cell("q"), 6L)
        .relation(Relation.sum(cell("t1"), List.of(cell("e"), cell("c"), cell("d")), "t1"))
        .relation(Relation.sum(cell("t2"), List.of(cell("e"), cell("f")), "t2"))
        .relation(Relation.sum(cell("c"), List.of(cell("p"), cell("q")), "c"))
        .build();

    Protection protection = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, java.util.Set.of(), SecondarySuppression.Method.OPTIMAL);
    assertThat(protection.secondary()).containsExactly(cell("d"), cell("f"));
    assertThat(protection.cell(cell("c"))).isEqualTo(PublishedCell.shown(12));
    // The optimal choice: e is the only unknown of t1 and of t2, so one of {c, d, t1} and one of {f, t2} must go
    // before any audit; c is a total (of p + q) and costs twice (10 + 12) = 44 against d's 26: d and f, and
    // the first audit passes.
    assertThat(protection.rounds()).isEqualTo(1);
    assertThat(protection.audit().passes()).isTrue();
    assertThat(protection.audit().interval(cell("e"))).isEqualTo(new CellInterval(cell("e"), 1, 17L, false));
    assertThat(protection.audit().intervals()).extracting(CellInterval::cell)
        .containsExactlyInAnyOrder(cell("e"), cell("d"), cell("f"));
  }

  @Test
  void twoSuppressedCellsWhoseSumIsKnownAndSmallAreNarrowedToOneOrTwo() {
    // 1 + 2 + 20 = 23: a + b = 3 is known, and each is at least 1, so each is 1 or 2.
    CountModel model = new CountModel.Builder()
        .count(cell("a"), 1L).count(cell("b"), 2L).count(cell("c"), 20L).count(cell("total"), 23L)
        .relation(Relation.sum(cell("total"), List.of(cell("a"), cell("b"), cell("c")), "row total"))
        .build();

    AuditResult attack = DisclosureAudit.audit(primary(model, DisclosurePolicy.PARTNERSHIP), model,
        DisclosurePolicy.PARTNERSHIP);
    assertThat(attack.interval(cell("a"))).isEqualTo(new CellInterval(cell("a"), 1, 2L, false));
    assertThat(attack.interval(cell("b"))).isEqualTo(new CellInterval(cell("b"), 1, 2L, false));
    assertThat(attack.exposed()).hasSize(2);

    Protection protection = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, java.util.Set.of(), SecondarySuppression.Method.OPTIMAL);
    // c = 20 goes too: a + b + c = 23 with each at least 1 leaves each in [1, 21].
    assertThat(protection.secondary()).containsExactly(cell("c"));
    assertThat(protection.audit().interval(cell("a"))).isEqualTo(new CellInterval(cell("a"), 1, 21L, false));
    assertThat(protection.audit().interval(cell("c"))).isEqualTo(new CellInterval(cell("c"), 1, 21L, false));
    assertThat(protection.audit().passes()).isTrue();
  }

  @Test
  void aTotalTableAndAMaleOnlyTableRevealOneFemale() {
    // The OpenSAFELY differencing example: two outputs, each without a small count on its own.
    // Band A: 20 children, 19 of them male, so 1 female. Band B: 15 children, all male.
    CountModel.Builder builder = new CountModel.Builder()
        .count(cell("total", "A"), 20L).count(cell("total", "B"), 15L)
        .count(cell("male", "A"), 19L).count(cell("male", "B"), 15L);
    builder.atMost(cell("total", "A"), List.of(cell("male", "A")), cell("female", "A"), "total = male + female, band A");
    builder.atMost(cell("total", "B"), List.of(cell("male", "B")), cell("female", "B"), "total = male + female, band B");
    CountModel model = builder.build();
    assertThat(model.values().get(cell("female", "A"))).isEqualTo(1L);

    Map<CellRef, PublishedCell> primary = primary(model, DisclosurePolicy.PARTNERSHIP);
    assertThat(primary.values()).allMatch(PublishedCell::isShown); // primary suppression sees nothing small
    AuditResult attack = DisclosureAudit.audit(primary, model, DisclosurePolicy.PARTNERSHIP);
    assertThat(attack.interval(cell("female", "A"))).isEqualTo(new CellInterval(cell("female", "A"), 1, 1L, true));
    // Band B's females are known to be 0: a zero gives nothing away.
    assertThat(attack.interval(cell("female", "B"))).isEqualTo(new CellInterval(cell("female", "B"), 0, 0L, true));
    assertThat(attack.exposed()).extracting(CellInterval::cell).containsExactly(cell("female", "A"));

    Protection protection = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, java.util.Set.of(), SecondarySuppression.Method.OPTIMAL);
    // The male count (a part) is suppressed rather than the total: females in A are now anywhere in [0, 19].
    assertThat(protection.secondary()).containsExactly(cell("male", "A"));
    assertThat(protection.audit().interval(cell("female", "A"))).isEqualTo(new CellInterval(cell("female", "A"), 0, 19L, true));
    assertThat(protection.audit().interval(cell("male", "A"))).isEqualTo(new CellInterval(cell("male", "A"), 1, 20L, false));
    assertThat(protection.audit().passes()).isTrue();
  }

  @Test
  void roundingToFiveHidesARowButTwoRoundedMarginsCanStillPinACell() {
    // a = 4 sits in a row (a + b = R) and a column (a + d = C): b = 22, R = 26, d = 18, C = 22.
    // Public policy: a -> c; b -> 20, R -> 25, d -> 20, C -> 20 (each true value within 2 of it).
    CountModel model = new CountModel.Builder()
        .count(cell("a"), 4L).count(cell("b"), 22L).count(cell("R"), 26L).count(cell("d"), 18L).count(cell("C"), 22L)
        .relation(Relation.sum(cell("R"), List.of(cell("a"), cell("b")), "row"))
        .relation(Relation.sum(cell("C"), List.of(cell("a"), cell("d")), "column"))
        .build();
    Map<CellRef, PublishedCell> primary = primary(model, DisclosurePolicy.PUBLIC);
    assertThat(primary.get(cell("R"))).isEqualTo(PublishedCell.shown(25));
    assertThat(primary.get(cell("C"))).isEqualTo(PublishedCell.shown(20));

    // Row alone: a = R - b in [23 - 22, 27 - 18] = [1, 9], wide enough (7).
    // Column: a = C - d in [18 - 22, 22 - 18], so a <= 4: with both, a is in [1, 4].
    AuditResult attack = DisclosureAudit.audit(primary, model, DisclosurePolicy.PUBLIC);
    assertThat(attack.interval(cell("a"))).isEqualTo(new CellInterval(cell("a"), 1, 4L, false));
    assertThat(attack.passes()).isFalse();

    Protection protection = SecondarySuppression.protect(model, DisclosurePolicy.PUBLIC, java.util.Set.of(),
        SecondarySuppression.Method.GREEDY);
    // b and d cost the same (20); withholding b leaves a pinned by the column, withholding d leaves
    // only the row: a in [1, 9], wide enough. So d alone goes.
    assertThat(protection.secondary()).containsExactly(cell("d"));
    assertThat(protection.rounds()).isEqualTo(2);
    assertThat(protection.audit().interval(cell("a"))).isEqualTo(new CellInterval(cell("a"), 1, 9L, false));
    // The optimal choice gets there in three audits: the first says one of {b, R, d, C} must go, b and d cost
    // the same (10 + 20) and b comes first; the second says one of {d, C} must go (a is still pinned by the
    // column): d alone meets both, and the third audit passes.
    protection = SecondarySuppression.protect(model, DisclosurePolicy.PUBLIC, java.util.Set.of(), SecondarySuppression.Method.OPTIMAL);
    assertThat(protection.secondary()).containsExactly(cell("d"));
    assertThat(protection.rounds()).isEqualTo(3);
    assertThat(protection.audit().interval(cell("a"))).isEqualTo(new CellInterval(cell("a"), 1, 9L, false));
    assertThat(protection.audit().passes()).isTrue();
  }

  @Test
  void roundingAloneProtectsASingleRowUnderThePublicPolicy() {
    // 3 + 12 + 23 = 38 -> c, 10, 25, 40: a = total - b - c in [38 - 12 - 27, 42 - 8 - 23] = [-1, 11] -> [1, 11].
    CountModel model = new CountModel.Builder()
        .count(cell("a"), 3L).count(cell("b"), 12L).count(cell("c"), 23L).count(cell("total"), 38L)
        .relation(Relation.sum(cell("total"), List.of(cell("a"), cell("b"), cell("c")), "row total"))
        .build();
    Protection protection = SecondarySuppression.protect(model, DisclosurePolicy.PUBLIC, java.util.Set.of(), SecondarySuppression.Method.OPTIMAL);
    assertThat(protection.cells()).containsEntry(cell("b"), PublishedCell.shown(10)).containsEntry(cell("c"),
        PublishedCell.shown(25)).containsEntry(cell("total"), PublishedCell.shown(40));
    assertThat(protection.audit().interval(cell("a"))).isEqualTo(new CellInterval(cell("a"), 1, 11L, false));
    assertThat(protection.secondary()).isEmpty();
  }

  @Test
  void overlappingPartsOnlyBoundTheTotal() {
    // Suspects counted in each authority where they offended: ALL = 10, LA1 = 3, LA2 = 8 (one suspect in both).
    CountModel model = new CountModel.Builder()
        .count(cell("all"), 10L).count(cell("la1"), 3L).count(cell("la2"), 8L)
        .relation(new Relation(RelationKind.COVERS, cell("all"), List.of(cell("la1"), cell("la2")), "ALL covers"))
        .build();
    // ALL <= LA1 + LA2 gives LA1 >= 2; LA1 <= ALL gives LA1 <= 10.
    Protection protection = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, java.util.Set.of(), SecondarySuppression.Method.OPTIMAL);
    assertThat(protection.audit().interval(cell("la1"))).isEqualTo(new CellInterval(cell("la1"), 2, 10L, false));
    assertThat(protection.secondary()).isEmpty();
  }

  @Test
  void relationsThatHappenToBeSumsAreTreatedAsSums() {
    // No suspect in two authorities this quarter: ALL = 11 = 3 + 8, so a reader guessing a sum is right.
    CountModel model = new CountModel.Builder()
        .count(cell("all"), 11L).count(cell("la1"), 3L).count(cell("la2"), 8L)
        .relation(new Relation(RelationKind.COVERS, cell("all"), List.of(cell("la1"), cell("la2")), "ALL covers"))
        .build();
    assertThat(model.relations().get(0).kind()).isEqualTo(RelationKind.EQUAL);
    Protection protection = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, java.util.Set.of(), SecondarySuppression.Method.OPTIMAL);
    assertThat(protection.secondary()).containsExactly(cell("la2"));
  }

  @Test
  void aSuppressedCellInNoRelationHasNoUpperLimitAndZerosAreNeverSuppressed() {
    CountModel model = new CountModel.Builder()
        .count(cell("lonely"), 2L).count(cell("a"), 4L).count(cell("zero"), 0L).count(cell("total"), 4L)
        .relation(Relation.sum(cell("total"), List.of(cell("a"), cell("zero")), "row"))
        .build();
    Protection protection = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, java.util.Set.of(), SecondarySuppression.Method.OPTIMAL);
    assertThat(protection.audit().interval(cell("lonely"))).isEqualTo(new CellInterval(cell("lonely"), 1, null, false));
    // a = total - 0: both are small, both primary; a + 0 = total leaves a and total free above 1.
    assertThat(protection.primary()).containsExactly(cell("a"), cell("lonely"), cell("total"));
    assertThat(protection.cell(cell("zero"))).isEqualTo(PublishedCell.shown(0));
    assertThat(protection.audit().passes()).isTrue();
  }

  @Test
  void aRelationThatDoesNotHoldStopsTheModel() {
    CountModel.Builder builder = new CountModel.Builder()
        .count(cell("a"), 3L).count(cell("total"), 2L)
        .relation(Relation.sum(cell("total"), List.of(cell("a")), "row total"));
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("disclosure model: relation row total (EQUAL, total t[row].total) does not hold; the table does "
            + "not match its definition");
    assertThatThrownBy(() -> new CountModel.Builder().count(cell("a"), 1L)
        .relation(Relation.sum(cell("total"), List.of(cell("a")), "r")).build())
        .hasMessageContaining("names a cell that is not in the model");
  }

  @Test
  void notAvailableCountsAreUnknownsAndNeverProtected() {
    CountModel model = new CountModel.Builder()
        .count(cell("a"), 3L).count(cell("b"), null).count(cell("total"), 30L)
        .relation(Relation.sum(cell("total"), List.of(cell("a"), cell("b")), "row"))
        .build();
    Protection protection = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, java.util.Set.of(), SecondarySuppression.Method.OPTIMAL);
    assertThat(protection.cell(cell("b"))).isEqualTo(PublishedCell.withheld(Status.NOT_AVAILABLE));
    assertThat(protection.audit().interval(cell("a"))).isEqualTo(new CellInterval(cell("a"), 1, 30L, false));
    assertThat(protection.secondary()).isEmpty();
  }

  private static Map<CellRef, PublishedCell> primary(CountModel model, DisclosurePolicy policy) {
    Map<CellRef, PublishedCell> cells = new TreeMap<>();
    for (CellRef c : model.published()) {
      cells.put(c, SmallCountSuppression.publish(model.values().get(c), policy));
    }
    return cells;
  }
}
