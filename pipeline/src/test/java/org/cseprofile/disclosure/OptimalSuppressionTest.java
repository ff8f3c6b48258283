package org.cseprofile.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cseprofile.disclosure.SecondarySuppression.Method;
import org.junit.jupiter.api.Test;

/** The cheapest safe set of secondary cells, against the greedy choice, on hand-worked and generated tables. */
class OptimalSuppressionTest {

  private static CellRef cell(String column) {
    return CellRef.of("t", column, "row");
  }

  @Test
  void oneCellSharedByTwoRelationsProtectsBothSmallCounts() {
    // T1 = a + p + x (24 = 2 + 10 + 12) and T2 = c + q + x (26 = 3 + 11 + 12): a and c are small.
    CountModel model = new CountModel.Builder()
        .count(cell("a"), 2L).count(cell("p"), 10L).count(cell("x"), 12L).count(cell("T1"), 24L)
        .count(cell("c"), 3L).count(cell("q"), 11L).count(cell("T2"), 26L)
        .relation(Relation.sum(cell("T1"), List.of(cell("a"), cell("p"), cell("x")), "T1"))
        .relation(Relation.sum(cell("T2"), List.of(cell("c"), cell("q"), cell("x")), "T2"))
        .build();

    // Greedy: the cheapest part of each relation, p for a and q for c: two cells (a + p = 12, c + q = 14).
    Protection greedy = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, Set.of(), Method.GREEDY);
    assertThat(greedy.secondary()).containsExactly(cell("p"), cell("q"));
    assertThat(greedy.audit().interval(cell("a"))).isEqualTo(new CellInterval(cell("a"), 1, 11L, false));

    // Optimal: a and c are each the only unknown of their equation, so before any audit one of {p, x, T1}
    // and one of {q, x, T2} must go; costs (10 + value, twice for a total) are p 20, q 21, x 22, T1 68,
    // T2 72, so x alone (22) beats p and q (41). Then a + x = 14 and c + x = 15 with each at least 1:
    // x in [1, 13], a = 14 - x in [1, 13], c = 15 - x in [2, 14]. The first audit passes.
    Protection optimal = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, Set.of(), Method.OPTIMAL);
    assertThat(optimal.secondary()).containsExactly(cell("x"));
    assertThat(optimal.audit().passes()).isTrue();
    assertThat(optimal.audit().interval(cell("a"))).isEqualTo(new CellInterval(cell("a"), 1, 13L, false));
    assertThat(optimal.audit().interval(cell("c"))).isEqualTo(new CellInterval(cell("c"), 2, 14L, false));
    assertThat(optimal.audit().interval(cell("x"))).isEqualTo(new CellInterval(cell("x"), 1, 13L, false));
    assertThat(optimal.rounds()).isEqualTo(1);
  }

  @Test
  void theSetCoverIsExactAndPrefersOneSharedItemToTwoCheaperOnes() {
    // Sets {0, 2}, {1, 2}; costs 20, 21, 22: item 2 alone (22) covers both.
    int[][] sets = {{0, 2}, {1, 2}};
    double[] costs = {20, 21, 22};
    assertThat(OptimalSuppression.SetCover.exact(sets, costs, 1000)).containsExactly(false, false, true);
    // Sets {0,1}, {1,2}, {2,3}, costs 1, 5, 5, 1: greedy (cost per set newly covered) takes 0, then 3, then 1
    // for {1,2} (7); pruning, costliest first, keeps 1 and 3 and drops 0: 6. The optimum is 6 ({0, 2} or
    // {1, 3}): the search finds nothing cheaper and keeps {1, 3}.
    int[][] chain = {{0, 1}, {1, 2}, {2, 3}};
    double[] chainCosts = {1, 5, 5, 1};
    assertThat(OptimalSuppression.SetCover.greedy(chain, chainCosts)).containsExactly(false, true, false, true);
    assertThat(OptimalSuppression.SetCover.exact(chain, chainCosts, 1000)).containsExactly(false, true, false, true);
    // Sets {0,1}, {0,2}, {3}: costs 3, 2, 2, 1. Greedy: 0 covers two sets at 1.5 each, then 3: 4. Optimum: 4 too
    // ({0, 3}); against {1, 2, 3} at 5.
    int[][] fan = {{0, 1}, {0, 2}, {3}};
    assertThat(OptimalSuppression.SetCover.exact(fan, new double[] {3, 2, 2, 1}, 1000))
        .containsExactly(true, false, false, true);
  }

  @Test
  void onManyGeneratedTablesBothAreSafeAndTheOptimalChoiceWithholdsFewerCells() {
    int greedyCells = 0;
    int optimalCells = 0;
    double greedyCost = 0;
    double optimalCost = 0;
    int better = 0;
    int worse = 0;
    for (int seed = 1; seed <= 60; seed++) {
      CountModel model = generated(new Random(seed));
      Protection greedy = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, Set.of(), Method.GREEDY);
      Protection optimal = SecondarySuppression.protect(model, DisclosurePolicy.PARTNERSHIP, Set.of(), Method.OPTIMAL);
      // The audit, run afresh on what each publishes, is the judge.
      assertThat(DisclosureAudit.audit(greedy.cells(), model, DisclosurePolicy.PARTNERSHIP).passes()).isTrue();
      assertThat(DisclosureAudit.audit(optimal.cells(), model, DisclosurePolicy.PARTNERSHIP).passes())
          .as("seed %d", seed).isTrue();
      assertThat(optimal.primary()).isEqualTo(greedy.primary());
      greedyCells += greedy.secondary().size();
      optimalCells += optimal.secondary().size();
      double g = cost(greedy, model);
      double o = cost(optimal, model);
      greedyCost += g;
      optimalCost += o;
      better += o < g ? 1 : 0;
      worse += o > g ? 1 : 0;
    }
    System.out.printf("generated: greedy %d cells (cost %.0f), optimal %d cells (cost %.0f); optimal cheaper in %d,"
        + " dearer in %d of 60%n", greedyCells, greedyCost, optimalCells, optimalCost, better, worse);
    assertThat(optimalCells).isLessThan(greedyCells);
    assertThat(optimalCost).isLessThan(greedyCost);
    assertThat(better).isGreaterThan(worse);
  }

  private static double cost(Protection p, CountModel model) {
    Set<CellRef> totals = new java.util.HashSet<>();
    model.relations().forEach(r -> totals.add(r.total()));
    return p.secondary().stream()
        .mapToDouble(c -> OptimalSuppression.cost(c, model.values().get(c), Set.of(), totals.contains(c))).sum();
  }

  /**
   * A partnership of 2 to 4 authorities, each row a breakdown of 3 to 5 categories with its total, the
   * partnership row their sum: about one count in four small, some zeros.
   */
  static CountModel generated(Random random) {
    return generated(random, 2 + random.nextInt(3), 3 + random.nextInt(3));
  }

  /** {@code areas} authorities (and the partnership) by {@code categories} categories and their totals. */
  static CountModel generated(Random random, int areas, int categories) {
    CountModel.Builder b = new CountModel.Builder();
    long[] all = new long[categories];
    List<String> names = new ArrayList<>();
    for (int a = 1; a <= areas; a++) {
      names.add("E" + a);
    }
    for (String area : names) {
      long total = 0;
      List<CellRef> parts = new ArrayList<>();
      for (int c = 0; c < categories; c++) {
        int kind = random.nextInt(8);
        long v = kind == 0 ? 0 : kind <= 2 ? 1 + random.nextInt(4) : 5 + random.nextInt(40);
        CellRef cell = CellRef.of("t", "c" + c, area);
        b.count(cell, v);
        parts.add(cell);
        total += v;
        all[c] += v;
      }
      CellRef t = CellRef.of("t", "total", area);
      b.count(t, total);
      b.relation(Relation.sum(t, parts, "categories = total, " + area));
    }
    long grand = 0;
    List<CellRef> allParts = new ArrayList<>();
    for (int c = 0; c < categories; c++) {
      CellRef cell = CellRef.of("t", "c" + c, "ALL");
      b.count(cell, all[c]);
      allParts.add(cell);
      grand += all[c];
      List<CellRef> column = new ArrayList<>();
      for (String area : names) {
        column.add(CellRef.of("t", "c" + c, area));
      }
      b.relation(Relation.sum(cell, column, "ALL = authorities, c" + c));
    }
    CellRef t = CellRef.of("t", "total", "ALL");
    b.count(t, grand);
    b.relation(Relation.sum(t, allParts, "categories = total, ALL"));
    List<CellRef> totals = new ArrayList<>();
    for (String area : names) {
      totals.add(CellRef.of("t", "total", area));
    }
    b.relation(Relation.sum(t, totals, "ALL = authorities, total"));
    return b.build();
  }
}
