package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.Status;
import org.cseprofile.table.Columns;

/**
 * Secondary suppression as a whole, not one cell at a time: the cheapest set of cells to withhold
 * such that the audit passes, found by a logic-based Benders loop. The master problem is a weighted
 * set cover: each exposed cell met so far says "at least one shown cell of the relations around it
 * (through withheld cells) must go", which any safe publication satisfies (withholding only cells
 * elsewhere leaves its interval as narrow as it is). The cheapest cover of every such condition is
 * found exactly by branch and bound (greedy above {@link #EXACT_CELLS} candidates or
 * {@link #NODE_LIMIT} nodes), withheld, and audited; newly exposed cells add conditions, until the
 * audit passes. A cover that passes is the cheapest safe publication under the conditions found.
 * After {@link #MAX_ITERATIONS} audits without passing the greedy rounds start afresh instead;
 * either way {@link SecondarySuppression} then shows again any secondary cell the audit can do without.
 * Deterministic: every choice is ordered by cost, then by cell.
 */
final class OptimalSuppression {
  /** A withheld cell costs this much beyond its value: fewer cells are better at equal value. */
  static final double CELL = 10;
  /**
   * Audits before giving up: the search then leaves everything as it found it and the greedy rounds
   * start afresh. Large groups (many authorities) converge slowly, each condition asking for only one
   * more cell; the greedy rounds do better there.
   */
  static final int MAX_ITERATIONS = 8;
  /** Components of the cover with more candidate cells than this are covered greedily. */
  static final int EXACT_CELLS = 400;
  /** Branch-and-bound nodes per component before the best cover found is taken. */
  static final int NODE_LIMIT = 50_000;

  private OptimalSuppression() {}

  /** What the loop did: the audits it made, and whether the last one passed. */
  record Outcome(int iterations, boolean passed) {}

  /**
   * Withholds in {@code cells} (which holds every published cell, primary ones withheld) the cheapest
   * set of further cells that passes the audit, recording them in {@code secondary}. Gives up, leaving
   * {@code cells} and {@code secondary} as they were, when an exposed cell has no shown cell around it
   * or after {@link #MAX_ITERATIONS} audits: the greedy rounds start afresh.
   */
  static Outcome protect(Map<CellRef, PublishedCell> cells, Set<CellRef> secondary, CountModel model,
      DisclosurePolicy policy, Set<String> headline, Set<CellRef> totals, Map<CellRef, List<Relation>> relationsOf,
      DisclosureAudit.Auditor auditor) {
    Map<CellRef, PublishedCell> original = new HashMap<>(cells);
    List<Set<CellRef>> cuts = new ArrayList<>();
    Set<Set<CellRef>> known = new java.util.HashSet<>();
    Cover cover = new Cover(cells, headline, totals);
    for (Set<CellRef> cut : alone(cells, model, policy)) {
      if (cut.isEmpty()) {
        return new Outcome(1, false);
      }
      if (known.add(cut)) {
        cuts.add(cut);
      }
    }
    if (!cuts.isEmpty()) {
      for (CellRef cell : cover.solve(cuts, Set.of())) {
        cells.put(cell, PublishedCell.withheld(Status.SUPPRESSED));
        secondary.add(cell);
      }
    }
    for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
      AuditResult audit = auditor.audit(cells);
      List<CellInterval> exposed = audit.exposed();
      if (exposed.isEmpty()) {
        return new Outcome(iteration, true);
      }
      for (CellInterval interval : exposed) {
        Set<CellRef> around = around(interval.cell(), cells, relationsOf);
        if (around.isEmpty()) {
          restore(cells, secondary, original);
          return new Outcome(iteration, false);
        }
        if (known.add(around)) {
          cuts.add(around);
        }
      }
      Set<CellRef> chosen = cover.solve(cuts, Set.of());
      for (CellRef cell : secondary) {
        cells.put(cell, original.get(cell));
      }
      secondary.clear();
      for (CellRef cell : chosen) {
        cells.put(cell, PublishedCell.withheld(Status.SUPPRESSED));
        secondary.add(cell);
      }
    }
    restore(cells, secondary, original);
    return new Outcome(MAX_ITERATIONS, false);
  }

  /** Shows again every cell the loop withheld: the greedy rounds start afresh. */
  private static void restore(Map<CellRef, PublishedCell> cells, Set<CellRef> secondary,
      Map<CellRef, PublishedCell> original) {
    for (CellRef cell : secondary) {
      cells.put(cell, original.get(cell));
    }
    secondary.clear();
  }

  /**
   * The conditions known before any audit: a small count (suppressed, or implied) that is the only
   * unknown of an equation is worked out exactly from it, whatever else is withheld, unless another
   * cell of that equation goes too. One condition (its shown non-zero cells) per such equation. None
   * under a rounding policy: rounded cells leave a range, which may be wide enough on its own.
   */
  static List<Set<CellRef>> alone(Map<CellRef, PublishedCell> cells, CountModel model, DisclosurePolicy policy) {
    List<Set<CellRef>> cuts = new ArrayList<>();
    if (policy.roundingBase() != 1) {
      return cuts;
    }
    for (Relation r : model.relations()) {
      if (r.kind() != RelationKind.EQUAL) {
        continue;
      }
      CellRef unknown = null;
      int unknowns = 0;
      Set<CellRef> shown = new TreeSet<>();
      for (CellRef cell : r.cells()) {
        PublishedCell published = cells.get(cell);
        if (published != null && published.isShown()) {
          if (published.value() > 0) {
            shown.add(cell);
          }
        } else {
          unknown = cell;
          unknowns++;
        }
      }
      Long value = unknown == null ? null : model.values().get(unknown);
      boolean small = value != null && value >= 1 && value <= policy.largestSuppressed();
      if (unknowns == 1 && small && (model.implied().contains(unknown)
          || cells.get(unknown).status() == Status.SUPPRESSED)) {
        cuts.add(shown);
      }
    }
    return cuts;
  }

  /**
   * The cells that could protect {@code exposed}: the shown, non-zero cells of the relations reached
   * from it through withheld cells (the relations that pin it), cells the current cover withholds
   * included in that path: any safe publication withholds at least one of them (withholding only
   * other cells, or fewer of these, leaves the interval as narrow or narrower).
   */
  static Set<CellRef> around(CellRef exposed, Map<CellRef, PublishedCell> cells,
      Map<CellRef, List<Relation>> relationsOf) {
    Set<CellRef> candidates = new TreeSet<>();
    Set<Relation> seen = new java.util.HashSet<>();
    Set<CellRef> visited = new java.util.HashSet<>(Set.of(exposed));
    java.util.ArrayDeque<CellRef> todo = new java.util.ArrayDeque<>(List.of(exposed));
    while (!todo.isEmpty()) {
      for (Relation r : relationsOf.getOrDefault(todo.poll(), List.of())) {
        if (!seen.add(r)) {
          continue;
        }
        for (CellRef other : r.cells()) {
          PublishedCell published = cells.get(other);
          if (published != null && published.isShown()) {
            if (published.value() > 0) {
              candidates.add(other);
            }
          } else if (visited.add(other)) {
            todo.add(other);
          }
        }
      }
    }
    return candidates;
  }

  /**
   * What withholding a cell costs the reader: a fixed cost per cell plus its value, weighed up four
   * times for the partnership row, twice in a headline table and twice for a total of other cells
   * (withholding it hides more than withholding a part does).
   */
  static double cost(CellRef cell, double value, Set<String> headline, boolean total) {
    double weight = (cell.key().contains(Columns.PARTNERSHIP) ? 4 : 1) * (headline.contains(cell.table()) ? 2 : 1)
        * (total ? 2 : 1);
    return (CELL + value) * weight;
  }

  /** The weighted set cover of the conditions, component by component, remembered between iterations. */
  static final class Cover {
    private final Map<CellRef, PublishedCell> original;
    private final Set<String> headline;
    private final Set<CellRef> totals;
    private final Map<List<Object>, Set<CellRef>> solved = new HashMap<>();

    Cover(Map<CellRef, PublishedCell> cells, Set<String> headline, Set<CellRef> totals) {
      this.original = new HashMap<>(cells);
      this.headline = headline;
      this.totals = totals;
    }

    /** The cheapest set of cells meeting every cut (each: at least one of its cells), {@code free} cells costing nothing. */
    Set<CellRef> solve(List<Set<CellRef>> cuts, Set<CellRef> free) {
      // Components: cuts sharing a cell.
      Map<CellRef, Integer> owner = new HashMap<>();
      int[] parent = new int[cuts.size()];
      for (int i = 0; i < cuts.size(); i++) {
        parent[i] = i;
        for (CellRef cell : cuts.get(i)) {
          Integer j = owner.putIfAbsent(cell, i);
          if (j != null) {
            union(parent, i, j);
          }
        }
      }
      Map<Integer, List<Set<CellRef>>> components = new TreeMap<>();
      for (int i = 0; i < cuts.size(); i++) {
        components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(cuts.get(i));
      }
      Set<CellRef> chosen = new TreeSet<>();
      for (List<Set<CellRef>> component : components.values()) {
        Set<CellRef> freeHere = new TreeSet<>();
        component.forEach(cut -> cut.stream().filter(free::contains).forEach(freeHere::add));
        chosen.addAll(solved.computeIfAbsent(List.of(component, freeHere), k -> component(component, freeHere)));
      }
      return chosen;
    }

    private Set<CellRef> component(List<Set<CellRef>> cuts, Set<CellRef> free) {
      List<CellRef> cells = new ArrayList<>(new TreeSet<>(cuts.stream().flatMap(Set::stream).toList()));
      double[] costs = new double[cells.size()];
      for (int i = 0; i < cells.size(); i++) {
        costs[i] = free.contains(cells.get(i)) ? 0
            : cost(cells.get(i), original.get(cells.get(i)).value(), headline, totals.contains(cells.get(i)));
      }
      Map<CellRef, Integer> index = new HashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        index.put(cells.get(i), i);
      }
      int[][] sets = new int[cuts.size()][];
      for (int c = 0; c < cuts.size(); c++) {
        sets[c] = cuts.get(c).stream().mapToInt(index::get).sorted().toArray();
      }
      boolean[] best = cells.size() > EXACT_CELLS ? SetCover.greedy(sets, costs) : SetCover.exact(sets, costs, NODE_LIMIT);
      Set<CellRef> chosen = new LinkedHashSet<>();
      for (int i = 0; i < best.length; i++) {
        if (best[i]) {
          chosen.add(cells.get(i));
        }
      }
      return chosen;
    }

    private static int find(int[] parent, int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    private static void union(int[] parent, int a, int b) {
      int ra = find(parent, a);
      int rb = find(parent, b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }

  /** Weighted set cover: choose items (with costs) so that every set holds a chosen item, at least cost. */
  static final class SetCover {
    private SetCover() {}

    /** Repeatedly the item with the least cost per set it newly covers (ties: the first). */
    static boolean[] greedy(int[][] sets, double[] costs) {
      boolean[] chosen = new boolean[costs.length];
      boolean[] covered = new boolean[sets.length];
      int left = sets.length;
      while (left > 0) {
        int[] gains = new int[costs.length];
        for (int s = 0; s < sets.length; s++) {
          if (!covered[s]) {
            for (int item : sets[s]) {
              gains[item]++;
            }
          }
        }
        int bestItem = -1;
        for (int i = 0; i < costs.length; i++) {
          if (gains[i] > 0 && (bestItem < 0 || costs[i] / gains[i] < costs[bestItem] / gains[bestItem])) {
            bestItem = i;
          }
        }
        chosen[bestItem] = true;
        for (int s = 0; s < sets.length; s++) {
          if (!covered[s] && Arrays.binarySearch(sets[s], bestItem) >= 0) {
            covered[s] = true;
            left--;
          }
        }
      }
      return prune(sets, costs, chosen);
    }

    /** Drops chosen items, costliest first, that every set can do without. */
    static boolean[] prune(int[][] sets, double[] costs, boolean[] chosen) {
      Integer[] order = new Integer[costs.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -costs[i]).thenComparing(i -> i));
      for (int item : order) {
        if (!chosen[item]) {
          continue;
        }
        chosen[item] = false;
        for (int[] set : sets) {
          if (Arrays.stream(set).noneMatch(i -> chosen[i])) {
            chosen[item] = true;
            break;
          }
        }
      }
      return chosen;
    }

    /**
     * The cheapest cover by depth-first branch and bound: branch on the uncovered set with the fewest
     * items left, trying its items cheapest first (an item tried and left is excluded below), bounded by
     * the greedy cover and by a packing of disjoint uncovered sets. After {@code nodeLimit} nodes the
     * best cover found so far is returned.
     */
    static boolean[] exact(int[][] sets, double[] costs, int nodeLimit) {
      Search search = new Search(sets, costs, nodeLimit);
      search.best = greedy(sets, costs);
      search.bestCost = cost(search.best, costs);
      search.branch(0);
      return search.best;
    }

    static double cost(boolean[] chosen, double[] costs) {
      double sum = 0;
      for (int i = 0; i < costs.length; i++) {
        sum += chosen[i] ? costs[i] : 0;
      }
      return sum;
    }

    private static final class Search {
      private final int[][] sets;
      private final double[] costs;
      private final int nodeLimit;
      private final boolean[] chosen;
      private final boolean[] excluded;
      private boolean[] best;
      private double bestCost;
      private int nodes;

      Search(int[][] sets, double[] costs, int nodeLimit) {
        this.sets = sets;
        this.costs = costs;
        this.nodeLimit = nodeLimit;
        this.chosen = new boolean[costs.length];
        this.excluded = new boolean[costs.length];
      }

      void branch(double spent) {
        if (++nodes > nodeLimit) {
          return;
        }
        int pick = -1;
        int fewest = Integer.MAX_VALUE;
        List<Integer> uncovered = new ArrayList<>();
        for (int s = 0; s < sets.length; s++) {
          boolean covered = false;
          int open = 0;
          for (int item : sets[s]) {
            covered |= chosen[item];
            open += excluded[item] ? 0 : 1;
          }
          if (covered) {
            continue;
          }
          if (open == 0) {
            return; // this set can no longer be covered
          }
          uncovered.add(s);
          if (open < fewest) {
            fewest = open;
            pick = s;
          }
        }
        if (pick < 0) {
          if (spent < bestCost - 1e-9) {
            bestCost = spent;
            best = chosen.clone();
          }
          return;
        }
        if (spent + packing(uncovered) >= bestCost - 1e-9) {
          return;
        }
        Integer[] items = Arrays.stream(sets[pick]).filter(i -> !excluded[i]).boxed().toArray(Integer[]::new);
        Arrays.sort(items, Comparator.<Integer>comparingDouble(i -> costs[i]).thenComparing(i -> i));
        List<Integer> tried = new ArrayList<>();
        for (int item : items) {
          chosen[item] = true;
          branch(spent + costs[item]);
          chosen[item] = false;
          excluded[item] = true;
          tried.add(item);
        }
        for (int item : tried) {
          excluded[item] = false;
        }
      }

      /** A lower bound on covering {@code uncovered}: the cheapest open item of each of some disjoint sets. */
      private double packing(List<Integer> uncovered) {
        boolean[] used = new boolean[costs.length];
        double bound = 0;
        for (int s : uncovered) {
          boolean disjoint = true;
          double cheapest = Double.MAX_VALUE;
          for (int item : sets[s]) {
            if (!excluded[item]) {
              disjoint &= !used[item];
              cheapest = Math.min(cheapest, costs[item]);
            }
          }
          if (disjoint) {
            for (int item : sets[s]) {
              used[item] = true;
            }
            bound += cheapest;
          }
        }
        return bound;
      }
    }
  }
}
