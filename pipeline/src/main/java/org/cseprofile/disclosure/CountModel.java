package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact counts of a publication and the relations between them. Published cells are the
 * {@code values} not in {@code implied}; implied cells are never published but follow from the
 * others (the children of a cohort without an indicator, the episodes with no authority), so they
 * must not be worked out either when small. A null value is not available (shown {@code x}).
 */
public record CountModel(Map<CellRef, Long> values, Set<CellRef> implied, List<Relation> relations) {

  public CountModel {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    implied = Collections.unmodifiableSet(new LinkedHashSet<>(implied));
    relations = List.copyOf(relations);
    for (CellRef cell : implied) {
      if (!values.containsKey(cell)) {
        throw new IllegalArgumentException("implied cell " + cell + " must have a value");
      }
    }
    for (Relation r : relations) {
      for (CellRef cell : r.cells()) {
        if (!values.containsKey(cell)) {
          throw new IllegalArgumentException("relation " + r.name() + " names a cell that is not in the model: " + cell);
        }
      }
    }
  }

  /**
   * The cells that are the total of two or more others: withholding one costs more than a part (a reader
   * loses the sum as well as the count).
   */
  public Set<CellRef> totals() {
    Set<CellRef> totals = new java.util.HashSet<>();
    relations.stream().filter(r -> r.parts().size() > 1).forEach(r -> totals.add(r.total()));
    return totals;
  }

  /** The published (not implied) cells, in order. */
  public List<CellRef> published() {
    return values.keySet().stream().filter(c -> !implied.contains(c)).sorted().toList();
  }

  /** Builds a model, checking every relation against the exact counts. */
  public static final class Builder {
    private final Map<CellRef, Long> values = new LinkedHashMap<>();
    private final Set<CellRef> implied = new LinkedHashSet<>();
    private final List<Relation> relations = new ArrayList<>();

    /** Adds a published count (null when not available). */
    public Builder count(CellRef cell, Long value) {
      if (value != null && value < 0) {
        throw new IllegalArgumentException("counts must not be negative: " + cell);
      }
      if (values.containsKey(cell)) {
        throw new IllegalArgumentException("cell added twice: " + cell);
      }
      values.put(cell, value);
      return this;
    }

    /** Whether the model has this cell. */
    public boolean has(CellRef cell) {
      return values.containsKey(cell);
    }

    /** The exact value of a cell already added. */
    public Long value(CellRef cell) {
      if (!values.containsKey(cell)) {
        throw new IllegalArgumentException("no cell " + cell);
      }
      return values.get(cell);
    }

    /**
     * Adds a count no table publishes (a total of a table that publishes only its parts), for relations to use:
     * an implied cell, protected like the others.
     */
    public Builder implied(CellRef cell, Long value) {
      count(cell, value);
      implied.add(cell);
      return this;
    }

    /** Adds a relation between cells already added. */
    public Builder relation(Relation relation) {
      relations.add(relation);
      return this;
    }

    /**
     * The parts add up to at most the total: adds the implied remainder {@code rest} (the total less
     * the parts, never published) and the relation total = parts + rest.
     */
    public Builder atMost(CellRef total, List<CellRef> parts, CellRef rest, String name) {
      Long t = values.get(total);
      Long sum = t == null ? null : 0L;
      for (CellRef part : parts) {
        Long v = value(part);
        sum = sum == null || v == null ? null : sum + v;
      }
      Long remainder = sum == null ? null : t - sum;
      if (remainder != null && remainder < 0) {
        throw new IllegalStateException("disclosure model: relation " + name + " does not hold (the parts exceed "
            + "the total); the table does not match its definition");
      }
      count(rest, remainder);
      implied.add(rest);
      List<CellRef> all = new ArrayList<>(parts);
      all.add(rest);
      relations.add(Relation.sum(total, all, name));
      return this;
    }

    /**
     * The model. Every relation must hold for the exact counts (a relation that does not is a bug in
     * the table or its definition, and the run stops rather than publish); relations that happen to
     * be equations are tightened to equations.
     */
    public CountModel build() {
      List<Relation> checked = new ArrayList<>();
      for (Relation r : relations) {
        for (CellRef cell : r.cells()) {
          if (!values.containsKey(cell)) {
            throw new IllegalArgumentException("relation " + r.name() + " names a cell that is not in the model: " + cell);
          }
        }
        if (!r.holds(values)) {
          throw new IllegalStateException("disclosure model: relation " + r.name() + " (" + r.kind() + ", total "
              + r.total() + ") does not hold; the table does not match its definition");
        }
        checked.add(r.tightened(values));
      }
      return new CountModel(values, implied, checked);
    }
  }
}
