package org.cseprofile.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A linear relation between published counts that a reader can use to work out a suppressed one:
 * a total and its parts, related as {@link RelationKind} says. The name says which rule of the
 * table's definition it is, for messages.
 */
public record Relation(RelationKind kind, CellRef total, List<CellRef> parts, String name) {

  public Relation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(name, "name");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("parts must not be empty (relation " + name + ")");
    }
    Set<CellRef> seen = new HashSet<>();
    seen.add(total);
    for (CellRef part : parts) {
      if (!seen.add(part)) {
        throw new IllegalArgumentException("parts must be distinct and differ from the total (relation " + name + ")");
      }
    }
  }

  /** The total equals the sum of the parts. */
  public static Relation sum(CellRef total, List<CellRef> parts, String name) {
    return new Relation(RelationKind.EQUAL, total, parts, name);
  }

  /** The same count published twice ({@code a = b}). */
  public static Relation same(CellRef a, CellRef b, String name) {
    return new Relation(RelationKind.EQUAL, a, List.of(b), name);
  }

  /**
   * One linear constraint on the cells' values: {@code sum(coefficient * cell) = 0} when {@code equal}, else
   * {@code <= 0}.
   */
  public record Constraint(Map<CellRef, Double> terms, boolean equal) {
    public Constraint {
      terms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(terms));
    }
  }

  /**
   * The linear constraints this relation puts on its cells, as a linear program needs them:
   * {@code total - sum(parts)} is {@code = 0} ({@link RelationKind#EQUAL}) or {@code <= 0}
   * ({@link RelationKind#COVERS}); {@code part - total <= 0} for each part ({@link RelationKind#COVERS},
   * {@link RelationKind#CONTAINS}).
   */
  public List<Constraint> constraints() {
    List<Constraint> constraints = new java.util.ArrayList<>();
    if (kind == RelationKind.EQUAL || kind == RelationKind.COVERS) {
      Map<CellRef, Double> terms = new java.util.LinkedHashMap<>();
      terms.put(total, 1.0);
      parts.forEach(p -> terms.put(p, -1.0));
      constraints.add(new Constraint(terms, kind == RelationKind.EQUAL));
    }
    if (kind == RelationKind.COVERS || kind == RelationKind.CONTAINS) {
      for (CellRef part : parts) {
        Map<CellRef, Double> terms = new java.util.LinkedHashMap<>();
        terms.put(part, 1.0);
        terms.put(total, -1.0);
        constraints.add(new Constraint(terms, false));
      }
    }
    return constraints;
  }

  /** Every cell of the relation, the total first. */
  public List<CellRef> cells() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(total), parts.stream()).toList();
  }

  /** Whether the relation holds for {@code values}; true when a value is unknown (null or absent). */
  public boolean holds(Map<CellRef, Long> values) {
    Long t = values.get(total);
    long sum = 0;
    long largest = 0;
    for (CellRef part : parts) {
      Long v = values.get(part);
      if (v == null) {
        return true;
      }
      sum += v;
      largest = Math.max(largest, v);
    }
    if (t == null) {
      return true;
    }
    return switch (kind) {
      case EQUAL -> t == sum;
      case COVERS -> t <= sum && largest <= t;
      case CONTAINS -> largest <= t;
    };
  }

  /**
   * This relation as an equation when {@code values} make it one (the parts happen not to overlap):
   * an attacker who guesses so is right, so the audit assumes the attacker knows it.
   */
  public Relation tightened(Map<CellRef, Long> values) {
    if (kind == RelationKind.EQUAL || values.get(total) == null) {
      return this;
    }
    long sum = 0;
    for (CellRef part : parts) {
      Long v = values.get(part);
      if (v == null) {
        return this;
      }
      sum += v;
    }
    return sum == values.get(total) ? new Relation(RelationKind.EQUAL, total, parts, name) : this;
  }
}
