package org.cseprofile.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.Status;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attacker's view of a publication: for every suppressed or implied cell, the smallest and
 * largest value consistent with everything published (shown cells as published, rounded cells
 * within their rounding, suppressed cells at least 1 because zero is always shown, and every
 * relation), found by linear programming and rounded inwards to whole numbers.
 */
public final class DisclosureAudit {
  /** Stands for "no upper limit": far above any count a partnership could have. */
  static final double UNBOUNDED = 1e9;
  private static final double TOLERANCE = 1e-6;
  /** Groups with more withheld cells than this are audited with the shortcut of {@code Problem.intervals}. */
  static final int EXACT_GROUP = 24;

  private DisclosureAudit() {}

  /** Audits the cells of {@code model} as published in {@code published} under {@code policy}. */
  public static AuditResult audit(Map<CellRef, PublishedCell> published, CountModel model, DisclosurePolicy policy) {
    return audit(published, model.implied(), model.relations(), policy);
  }

  /**
   * Audits a publication: {@code published} holds every published cell, {@code implied} the cells
   * that are never published, {@code relations} everything that links them.
   */
  public static AuditResult audit(
      Map<CellRef, PublishedCell> published, Set<CellRef> implied, List<Relation> relations, DisclosurePolicy policy) {
    return new Auditor(implied, relations, policy).audit(published);
  }

  /**
   * Audits successive versions of one publication (as secondary suppression makes them), solving
   * again only the groups of related cells whose published form changed.
   */
  static final class Auditor {
    private final Set<CellRef> implied;
    private final List<Relation> relations;
    private final DisclosurePolicy policy;
    private final Map<List<Object>, List<CellInterval>> solved = new HashMap<>();

    Auditor(Set<CellRef> implied, List<Relation> relations, DisclosurePolicy policy) {
      this.implied = implied;
      this.relations = relations;
      this.policy = policy;
    }

    AuditResult audit(Map<CellRef, PublishedCell> published) {
      Map<CellRef, double[]> bounds = new HashMap<>();
      for (Relation r : relations) {
        for (CellRef cell : r.cells()) {
          bounds.computeIfAbsent(cell, c -> bounds(c, published, implied, policy));
        }
      }
      // Cells connected by relations through unknowns form independent problems: solve each alone.
      Components components = new Components();
      List<Relation> open = new ArrayList<>();
      for (Relation r : relations) {
        List<CellRef> unknowns = r.cells().stream().filter(c -> !fixed(bounds.get(c))).toList();
        if (unknowns.isEmpty()) {
          continue;
        }
        unknowns.forEach(components::add);
        for (int i = 1; i < unknowns.size(); i++) {
          components.union(unknowns.get(0), unknowns.get(i));
        }
        open.add(r);
      }
      Map<CellRef, List<Relation>> byComponent = new TreeMap<>();
      for (Relation r : open) {
        CellRef root = components.find(r.cells().stream().filter(c -> !fixed(bounds.get(c))).findFirst().orElseThrow());
        byComponent.computeIfAbsent(root, k -> new ArrayList<>()).add(r);
      }
      List<CellInterval> intervals = new ArrayList<>();
      Set<CellRef> withheld = new java.util.TreeSet<>();
      published.forEach((cell, value) -> {
        if (value.status() == Status.SUPPRESSED) {
          withheld.add(cell);
        }
      });
      withheld.addAll(implied);
      Map<CellRef, List<CellRef>> targets = new TreeMap<>();
      for (CellRef cell : withheld) {
        if (!bounds.containsKey(cell)) {
          // In no relation: nothing but its own bounds is known.
          double[] own = bounds(cell, published, implied, policy);
          intervals.add(interval(cell, own[0], own[1], implied.contains(cell)));
          continue;
        }
        targets.computeIfAbsent(components.find(cell), k -> new ArrayList<>()).add(cell);
      }
      targets.forEach((root, cells) -> {
        List<Relation> group = byComponent.get(root);
        List<Object> signature = signature(group, bounds);
        List<CellInterval> found = solved.get(signature);
        if (found == null) {
          Problem problem = new Problem(group, bounds);
          found = problem.intervals(cells, implied, policy);
          solved.put(signature, found);
        }
        intervals.addAll(found);
      });
      return new AuditResult(policy, intervals);
    }

    /** The cells of a group of relations and what is published of each: equal signatures, equal intervals. */
    private static List<Object> signature(List<Relation> group, Map<CellRef, double[]> bounds) {
      java.util.TreeSet<CellRef> cells = new java.util.TreeSet<>();
      group.forEach(r -> cells.addAll(r.cells()));
      List<Object> signature = new ArrayList<>();
      for (CellRef cell : cells) {
        signature.add(cell);
        signature.add(bounds.get(cell)[0]);
        signature.add(bounds.get(cell)[1]);
      }
      signature.add(group.size());
      return signature;
    }
  }

  /**
   * The interval of one cell given {@code relations} (at least every relation of its group):
   * two linear programs, for trying out a suppression before making it.
   */
  static CellInterval interval(CellRef cell, Map<CellRef, PublishedCell> published, Set<CellRef> implied,
      List<Relation> relations, DisclosurePolicy policy) {
    Map<CellRef, double[]> bounds = new HashMap<>();
    List<Relation> open = new ArrayList<>();
    for (Relation r : relations) {
      boolean unknown = false;
      for (CellRef c : r.cells()) {
        unknown |= !fixed(bounds.computeIfAbsent(c, x -> bounds(x, published, implied, policy)));
      }
      if (unknown) {
        open.add(r);
      }
    }
    double[] own = bounds.containsKey(cell) ? bounds.get(cell) : bounds(cell, published, implied, policy);
    if (fixed(own) || open.stream().noneMatch(r -> r.cells().contains(cell))) {
      return interval(cell, own[0], own[1], implied.contains(cell));
    }
    double[] range = new Problem(open, bounds).range(cell);
    return interval(cell, range[0], range[1], implied.contains(cell));
  }

  private static CellInterval interval(CellRef cell, double low, double high, boolean implied) {
    return interval(cell, low, high, implied, true);
  }

  private static CellInterval interval(CellRef cell, double low, double high, boolean implied, boolean exact) {
    long lower = (long) Math.ceil(low - TOLERANCE);
    Long upper = high >= UNBOUNDED / 2 ? null : (long) Math.floor(high + TOLERANCE);
    return new CellInterval(cell, lower, upper, implied, exact);
  }

  /** What a reader knows of one cell on its own: {@code [lower, upper]}. */
  static double[] bounds(CellRef cell, Map<CellRef, PublishedCell> published, Set<CellRef> implied,
      DisclosurePolicy policy) {
    if (implied.contains(cell)) {
      return new double[] {0, UNBOUNDED};
    }
    PublishedCell value = published.get(cell);
    if (value == null) {
      throw new IllegalArgumentException("cell " + cell + " is neither published nor implied");
    }
    int base = policy.roundingBase();
    int smallestShown = policy.largestSuppressed() + 1;
    return switch (value.status()) {
      case SHOWN -> {
        double v = value.value();
        if (v == 0 || base == 1) {
          yield new double[] {v, v};
        }
        // Rounded to the nearest multiple of base, halves up: v - base/2 <= count <= v + (base-1)/2.
        yield new double[] {Math.max(v - base / 2, smallestShown), v + (base - 1 - base / 2)};
      }
      case SUPPRESSED -> new double[] {1, UNBOUNDED};
      case LOW -> new double[] {smallestShown, Math.max(smallestShown, base - base / 2 - 1)};
      case NOT_AVAILABLE, NOT_APPLICABLE -> new double[] {0, UNBOUNDED};
    };
  }

  private static boolean fixed(double[] range) {
    return range[0] == range[1];
  }

  /** One connected linear program, built once and solved for the range of each of its cells. */
  private static final class Problem {
    private final ExpressionsBasedModel model = new ExpressionsBasedModel();
    private final Map<CellRef, Variable> variables = new HashMap<>();
    private final Map<CellRef, Integer> index = new HashMap<>();
    /** With one unknown, each constraint is {@code a * x + c = 0} or {@code <= 0}: solved directly. */
    private final List<double[]> single = new ArrayList<>();
    private double[] own;

    Problem(List<Relation> relations, Map<CellRef, double[]> bounds) {
      int n = 0;
      for (Relation r : relations) {
        for (CellRef cell : r.cells()) {
          double[] range = bounds.get(cell);
          if (!fixed(range) && !variables.containsKey(cell)) {
            index.put(cell, n);
            variables.put(cell, model.addVariable("v" + n++).lower(range[0]).upper(range[1]));
            own = range;
          }
        }
      }
      int e = 0;
      for (Relation r : relations) {
        for (Relation.Constraint c : r.constraints()) {
          constrain("r" + e++, c.terms(), bounds, c.equal());
        }
      }
    }

    /** Adds {@code sum(coefficient * cell) = 0} (or {@code <= 0}), moving fixed cells to the right-hand side. */
    private void constrain(String name, Map<CellRef, Double> terms, Map<CellRef, double[]> bounds, boolean equal) {
      double constant = 0;
      Map<Variable, Double> coefficients = new java.util.LinkedHashMap<>();
      for (Map.Entry<CellRef, Double> t : terms.entrySet()) {
        Variable v = variables.get(t.getKey());
        if (v == null) {
          constant += t.getValue() * bounds.get(t.getKey())[0];
        } else {
          coefficients.merge(v, t.getValue(), Double::sum);
        }
      }
      if (coefficients.isEmpty()) {
        return;
      }
      if (variables.size() == 1) {
        single.add(new double[] {coefficients.values().iterator().next(), constant, equal ? 1 : 0});
        return;
      }
      Expression expression = model.addExpression(name);
      coefficients.forEach(expression::set);
      if (equal) {
        expression.level(-constant);
      } else {
        expression.upper(-constant);
      }
    }

    /**
     * The intervals of {@code cells}. In a large group, every solution the solver returns is a value
     * a reader cannot rule out for every cell at once: a cell whose values seen so far already span
     * the policy's width cannot be exposed, and its interval is reported as seen (not exact), which
     * saves two linear programs per such cell.
     */
    List<CellInterval> intervals(List<CellRef> cells, Set<CellRef> implied, DisclosurePolicy policy) {
      List<CellInterval> found = new ArrayList<>();
      if (cells.size() <= EXACT_GROUP || variables.size() == 1) {
        for (CellRef cell : cells) {
          double[] range = range(cell);
          found.add(interval(cell, range[0], range[1], implied.contains(cell)));
        }
        return found;
      }
      Map<CellRef, double[]> seen = new HashMap<>();
      cells.forEach(c -> seen.put(c, new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}));
      cells.forEach(c -> variables.get(c).weight(1));
      see(model.minimise(), seen, cells.get(0));
      see(model.maximise(), seen, cells.get(0));
      cells.forEach(c -> variables.get(c).weight(BigDecimal.ZERO));
      int required = policy.largestSuppressed();
      for (CellRef cell : cells) {
        double[] s = seen.get(cell);
        if (wide(s, required)) {
          found.add(interval(cell, s[0], s[1], implied.contains(cell), false));
          continue;
        }
        Variable v = variables.get(cell);
        v.weight(1);
        double high = see(model.maximise(), seen, cell);
        if (wide(seen.get(cell), required)) {
          v.weight(BigDecimal.ZERO);
          found.add(interval(cell, seen.get(cell)[0], high, implied.contains(cell), false));
          continue;
        }
        double low = see(model.minimise(), seen, cell);
        v.weight(BigDecimal.ZERO);
        found.add(interval(cell, low, high, implied.contains(cell)));
      }
      return found;
    }

    private static boolean wide(double[] seen, int required) {
      return Math.floor(seen[1] + TOLERANCE) - Math.ceil(seen[0] - TOLERANCE) >= required;
    }

    /** Records the solution's value of every cell in {@code seen}; returns the objective value. */
    private double see(Optimisation.Result result, Map<CellRef, double[]> seen, CellRef cell) {
      double value = solve(result, cell);
      seen.forEach((c, range) -> {
        double x = result.doubleValue(index.get(c));
        range[0] = Math.min(range[0], x);
        range[1] = Math.max(range[1], x);
      });
      return value;
    }

    double[] range(CellRef cell) {
      if (variables.size() == 1) {
        return direct(cell);
      }
      Variable v = variables.get(cell);
      v.weight(1);
      double low = solve(model.minimise(), cell);
      double high = solve(model.maximise(), cell);
      v.weight(BigDecimal.ZERO);
      return new double[] {low, high};
    }

    private double[] direct(CellRef cell) {
      double low = own[0];
      double high = own[1];
      for (double[] c : single) {
        double at = -c[1] / c[0];
        if (c[2] == 1) {
          low = Math.max(low, at);
          high = Math.min(high, at);
        } else if (c[0] > 0) {
          high = Math.min(high, at);
        } else {
          low = Math.max(low, at);
        }
      }
      if (low > high + TOLERANCE) {
        throw new IllegalStateException("disclosure audit: no value of " + cell.table() + "." + cell.column()
            + " is consistent with its relations; the published cells are inconsistent");
      }
      return new double[] {low, high};
    }

    private static double solve(Optimisation.Result result, CellRef cell) {
      if (!result.getState().isOptimal()) {
        throw new IllegalStateException("disclosure audit: the linear program for " + cell.table() + "." + cell.column()
            + " ended " + result.getState() + "; the published cells are inconsistent with their relations");
      }
      return result.getValue();
    }
  }

  /** Union-find over cells. */
  private static final class Components {
    private final Map<CellRef, CellRef> parent = new HashMap<>();

    void add(CellRef cell) {
      parent.putIfAbsent(cell, cell);
    }

    CellRef find(CellRef cell) {
      CellRef p = parent.get(cell);
      if (p == null) {
        throw new IllegalArgumentException("cell " + cell + " is in no relation");
      }
      if (p.equals(cell)) {
        return cell;
      }
      CellRef root = find(p);
      parent.put(cell, root);
      return root;
    }

    void union(CellRef a, CellRef b) {
      CellRef ra = find(a);
      CellRef rb = find(b);
      if (!ra.equals(rb)) {
        // Keep the smaller cell as root so component order is reproducible.
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }
  }
}
