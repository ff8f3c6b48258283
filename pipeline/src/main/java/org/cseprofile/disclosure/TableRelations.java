package org.cseprofile.disclosure;

import java.util.Objects;

/**
 * The relations a reader of a table's definition can use to work out a withheld count of it: its
 * totals, its breakdowns against them, its partnership row against its authorities, and the same
 * count published in another table. Declared once per published table; a table whose counts relate
 * to nothing says so with {@link #standsAlone} and a reason, so relations are never simply forgotten.
 */
@FunctionalInterface
public interface TableRelations {

  /** Adds the table's relations to {@code model} (which holds every count of the publication). */
  void declare(ProfileModel model);

  /** Why the table's counts are in no relation, or null when it declares relations. */
  default String standsAloneBecause() {
    return null;
  }

  /** A table none of whose counts can be worked out from others, for the reason given. */
  static TableRelations standsAlone(String reason) {
    return new StandsAlone(reason);
  }

  /** No relations, and why. */
  record StandsAlone(String reason) implements TableRelations {
    public StandsAlone {
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("reason must say why the table's counts relate to no other count");
      }
    }

    @Override
    public void declare(ProfileModel model) {
      // nothing relates these counts
    }

    @Override
    public String standsAloneBecause() {
      return reason;
    }
  }
}
