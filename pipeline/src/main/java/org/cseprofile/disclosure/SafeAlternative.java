package org.cseprofile.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cseprofile.reports.published.PublishedCell;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The cells to withhold so that one exposed cell is protected, found as the cheapest other table a reader could
 * not rule out (the linear-programming heuristic of Fischetti and Salazar, as in tau-Argus): every relation still
 * holds, every published cell that changes is one to withhold, and the exposed cell lies a whole protection width
 * away from the lowest value the reader can work out for it now. Withholding exactly the cells that changed lets
 * the reader no longer tell the two tables apart, so the cell's interval is at least that wide.
 */
final class SafeAlternative {
  /** Changes smaller than this are the solver's rounding, not changes. */
  private static final double CHANGED = 1e-6;
  /**
   * How many relations away from the exposed cell the other table may differ, tried in turn (a near change is
   * found with a small linear program; most are near).
   */
  static final int[] RINGS = {2, 4, 6};
  /** A neighbourhood of more relations than this is not tried (national tables): the greedy choice is used. */
  static final int MAX_RELATIONS = 150;

  private SafeAlternative() {}

  /**
   * The shown cells to withhold so that {@code exposed} (now in {@code interval}) can be a whole protection width
   * higher, or failing that lower, than the reader can rule out; the cheaper of the two. Cells withheld already
   * cost nothing; a shown zero never changes (zeros give nothing away and stay shown). Empty when neither
   * direction is possible within the largest of {@link #RINGS} relations, or the neighbourhood is too large.
   */
  static Optional<Set<CellRef>> cellsToWithhold(CellInterval interval, Map<CellRef, PublishedCell> cells,
      CountModel model, DisclosurePolicy policy, Map<CellRef, List<Relation>> relationsOf, Set<String> headline,
      Set<CellRef> totals) {
    int required = policy.largestSuppressed();
    for (int rings : RINGS) {
      List<Relation> near = near(interval.cell(), relationsOf, rings);
      if (near.size() > MAX_RELATIONS) {
        break;
      }
      Optional<Change> up = solve(interval.cell(), interval.lower() + required, true, near, relationsOf, cells, model,
          policy, headline, totals);
      Optional<Change> down = interval.upper() == null || interval.upper() - required < 1 ? Optional.empty()
          : solve(interval.cell(), interval.upper() - required, false, near, relationsOf, cells, model, policy, headline,
              totals);
      if (up.isPresent() || down.isPresent()) {
        Change best = up.isEmpty() ? down.get()
            : down.isEmpty() || up.get().cost <= down.get().cost ? up.get() : down.get();
        return Optional.of(best.cells);
      }
    }
    return Optional.empty();
  }

  /** The cells that change and what they cost. */
  private record Change(Set<CellRef> cells, double cost) {}

  /** The relations within {@code rings} relations of {@code start}, through any cell. */
  private static List<Relation> near(CellRef start, Map<CellRef, List<Relation>> relationsOf, int rings) {
    Set<Relation> seen = new java.util.LinkedHashSet<>();
    Set<CellRef> visited = new HashSet<>(Set.of(start));
    ArrayDeque<CellRef> frontier = new ArrayDeque<>(List.of(start));
    for (int ring = 0; ring < rings && !frontier.isEmpty(); ring++) {
      ArrayDeque<CellRef> next = new ArrayDeque<>();
      for (CellRef cell : frontier) {
        for (Relation r : relationsOf.getOrDefault(cell, List.of())) {
          if (seen.add(r)) {
            r.cells().stream().filter(visited::add).forEach(next::add);
          }
        }
      }
      frontier = next;
    }
    return new ArrayList<>(seen);
  }

  private static Optional<Change> solve(CellRef exposed, long target, boolean above, List<Relation> near,
      Map<CellRef, List<Relation>> relationsOf, Map<CellRef, PublishedCell> cells, CountModel model, DisclosurePolicy policy, Set<String> headline,
      Set<CellRef> totals) {
    ExpressionsBasedModel lp = new ExpressionsBasedModel();
    Map<CellRef, Variable> value = new LinkedHashMap<>();
    Map<CellRef, Variable[]> change = new HashMap<>();
    Set<CellRef> inside = new TreeSet<>();
    near.forEach(r -> inside.addAll(r.cells()));
    Set<Relation> nearSet = new HashSet<>(near);
    int n = 0;
    for (CellRef cell : inside) {
      if (!nearSet.containsAll(relationsOf.getOrDefault(cell, List.of()))) {
        continue; // on the edge: related to cells outside, so it keeps its true value
      }
      double[] known = DisclosureAudit.bounds(cell, cells, model.implied(), policy);
      PublishedCell published = cells.get(cell);
      boolean shown = published != null && published.isShown();
      if (known[0] == known[1] && (known[0] == 0 || !shown)) {
        continue; // fixed: a shown zero, or anything the reader knows exactly
      }
      if (!shown || model.implied().contains(cell)) {
        value.put(cell, lp.addVariable("y" + n++).lower(known[0]).upper(known[1]));
        continue;
      }
      // A shown cell may move, at a cost per unit, to any value a withheld cell could have (at least 1).
      Variable y = lp.addVariable("y" + n++).lower(1);
      double weight = OptimalSuppression.cost(cell, published.value(), headline, totals.contains(cell));
      Variable plus = lp.addVariable("p" + n++).lower(0).weight(weight);
      Variable minus = lp.addVariable("m" + n++).lower(0).weight(weight);
      Expression high = lp.addExpression("h" + n++).upper(known[1]);
      high.set(y, 1).set(plus, -1);
      Expression low = lp.addExpression("l" + n++).lower(known[0]);
      low.set(y, 1).set(minus, 1);
      value.put(cell, y);
      change.put(cell, new Variable[] {plus, minus});
    }
    Variable x = value.get(exposed);
    if (x == null) {
      return Optional.empty();
    }
    if (above) {
      x.lower(Math.max(target, DisclosureAudit.bounds(exposed, cells, model.implied(), policy)[0]));
    } else {
      x.upper(target);
    }
    int e = 0;
    for (Relation r : near) {
      for (Relation.Constraint c : r.constraints()) {
        constrain(lp, "r" + e++, c.terms(), value, model, c.equal());
      }
    }
    Optimisation.Result result = lp.minimise();
    if (!result.getState().isFeasible()) {
      return Optional.empty();
    }
    Set<CellRef> changed = new TreeSet<>();
    double cost = 0;
    for (Map.Entry<CellRef, Variable[]> c : change.entrySet()) {
      double moved = c.getValue()[0].getValue().doubleValue() + c.getValue()[1].getValue().doubleValue();
      if (moved > CHANGED) {
        changed.add(c.getKey());
        PublishedCell published = cells.get(c.getKey());
        cost += OptimalSuppression.cost(c.getKey(), published.value(), headline, totals.contains(c.getKey()));
      }
    }
    return Optional.of(new Change(changed, cost));
  }

  /**
   * Adds {@code sum(coefficient * cell) = 0} (or {@code <= 0}); cells outside the neighbourhood, and cells that
   * cannot change, keep their true values (one table a reader cannot rule out is enough).
   */
  private static void constrain(ExpressionsBasedModel lp, String name, Map<CellRef, Double> terms,
      Map<CellRef, Variable> value, CountModel model, boolean equal) {
    double constant = 0;
    Expression expression = null;
    for (Map.Entry<CellRef, Double> t : terms.entrySet()) {
      Variable v = value.get(t.getKey());
      if (v == null) {
        Long known = model.values().get(t.getKey());
        constant += t.getValue() * (known == null ? 0 : known);
      } else {
        if (expression == null) {
          expression = lp.addExpression(name);
        }
        expression.set(v, t.getValue());
      }
    }
    if (expression == null) {
      return;
    }
    if (equal) {
      expression.level(-constant);
    } else {
      expression.upper(-constant);
    }
  }
}
