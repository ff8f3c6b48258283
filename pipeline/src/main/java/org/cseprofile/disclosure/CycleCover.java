package org.cseprofile.disclosure;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.Status;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;

/**
 * The cheapest set of shown cells to withhold so that every small count can move: a withheld count a reader
 * cannot pin down must be able to change, and a sum that holds changes in one of its cells only if it changes in
 * another, so every equation touching the moving cells must hold at least two of them (the closed patterns,
 * rectangles in a two-way table, of the suppression literature). Solved exactly as a 0-1 program; a necessary
 * condition of safety, not a sufficient one, so the audit and the rounds of {@link SecondarySuppression} finish it.
 */
final class CycleCover {
  /** Above this many cells the program is not tried (a nation's tables): the rounds alone decide. */
  static final int MAX_CELLS = 4_000;
  /**
   * Nor when more than this share of the cells in equations are small counts (small data sets): there the patterns
   * join into a few large groups whose audits are slow, and the greedy rounds decide anyway (the sample: at most 278 of 2,110).
   */
  static final double MAX_SMALL_SHARE = 0.25;

  private CycleCover() {}

  /**
   * The cells to withhold besides the small ones, or none when the program is too large or not solved to
   * optimality. Cells withheld already (small, implied, not available) move at no cost.
   */
  static Set<CellRef> cellsToWithhold(Map<CellRef, PublishedCell> cells, CountModel model, Set<String> headline,
      Set<CellRef> totals) {
    // The model's relations are tightened already (CountModel.Builder): an inequality that holds as an equation is one.
    List<Relation> equations = model.relations().stream().filter(r -> r.kind() == RelationKind.EQUAL).toList();
    Map<CellRef, Integer> index = new LinkedHashMap<>();
    for (Relation r : equations) {
      r.cells().forEach(c -> index.putIfAbsent(c, index.size()));
    }
    long small = index.keySet().stream()
        .filter(c -> cells.get(c) != null && cells.get(c).status() == Status.SUPPRESSED).count();
    if (index.isEmpty() || index.size() > MAX_CELLS || small > MAX_SMALL_SHARE * index.size()) {
      return Set.of();
    }
    ExpressionsBasedModel program = new ExpressionsBasedModel();
    Map<CellRef, Variable> moves = new HashMap<>();
    for (CellRef cell : index.keySet()) {
      Variable v = program.addVariable("m" + index.get(cell)).binary();
      PublishedCell published = cells.get(cell);
      if (published != null && published.status() == Status.SUPPRESSED) {
        v.lower(1); // a small count must move
      } else if (published != null && published.isShown() && model.values().get(cell) == 0) {
        v.upper(0); // a reader knows a withheld count is not 0, so a withheld 0 would be worked out
      } else if (published != null && published.isShown()) {
        v.weight(OptimalSuppression.cost(cell, model.values().get(cell), headline, totals.contains(cell)));
      }
      // implied or not available: unknown to a reader already, free to move
      moves.put(cell, v);
    }
    int n = 0;
    for (Relation r : equations) {
      List<CellRef> members = r.cells();
      for (CellRef cell : members) {
        Expression partner = program.addExpression("p" + n++).lower(0);
        for (CellRef other : members) {
          partner.set(moves.get(other), other.equals(cell) ? -1 : 1);
        }
      }
    }
    // One worker: the branch and bound then visits nodes in one order, so a rerun on the same data withholds the same
    // cells (two patterns for one period would let a reader combine them).
    program.options.integer(IntegerStrategy.DEFAULT.withParallelism(() -> 1));
    Optimisation.Result result = program.minimise();
    if (result.getState() != Optimisation.State.OPTIMAL) {
      return Set.of();
    }
    Set<CellRef> chosen = new TreeSet<>();
    moves.forEach((cell, v) -> {
      PublishedCell published = cells.get(cell);
      if (published != null && published.isShown() && v.getValue().doubleValue() > 0.5) {
        chosen.add(cell);
      }
    });
    return chosen;
  }
}
