package org.cseprofile.disclosure;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * How a restricted table is published: its dimensions (row key) and measures, in column order; the
 * relations between its counts and others' ({@link TableRelations}); the order of its rows; whether
 * it is a headline table a board reads first (withholding there costs more); and the table's own
 * publication rules: a preparation of the restricted rows (merging rare categories, keeping the
 * partnership only), counts the definition leaves out of a row, and measures a row publishes
 * differently (a median instead of a share).
 */
public record PublishedSpec(
    String table, List<String> dimensions, List<PublishedMeasure> measures, TableRelations relations, RowOrder order,
    Prominence prominence, BiFunction<RestrictedTable, DisclosurePolicy, RestrictedTable> preparation,
    BiPredicate<List<String>, String> notApplicable, RowMeasures rowMeasures) {

  /** Whether a board reads the table first. */
  public enum Prominence {
    /** A headline table: a withheld cell here costs the reader more. */
    HEADLINE,
    /** A detailed table. */
    DETAIL
  }

  /** How a row publishes a non-count measure: the measure itself, another rule, or null when not applicable. */
  @FunctionalInterface
  public interface RowMeasures {
    /** The measure as published in the row with key {@code key}, or null when the row has none. */
    PublishedMeasure of(List<String> key, PublishedMeasure measure);
  }

  public PublishedSpec {
    Objects.requireNonNull(table, "table");
    dimensions = List.copyOf(dimensions);
    measures = List.copyOf(measures);
    Objects.requireNonNull(relations, "relations (declare them, or TableRelations.standsAlone with a reason)");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(prominence, "prominence");
    Objects.requireNonNull(preparation, "preparation");
    Objects.requireNonNull(notApplicable, "notApplicable");
    Objects.requireNonNull(rowMeasures, "rowMeasures");
    for (PublishedMeasure m : measures) {
      if (m.rule() != PublishedMeasure.Rule.COUNT && (m.numerator() != null && !has(measures, m.numerator())
          || !has(measures, m.denominator()))) {
        throw new IllegalArgumentException("measure " + m.column() + " of " + table
            + " must be derived from count columns of the table");
      }
    }
  }

  /**
   * A detailed table published as it is, rows in natural order, with the given relations: the start
   * of every spec, refined with the {@code with...} methods.
   */
  public PublishedSpec(String table, List<String> dimensions, List<PublishedMeasure> measures,
      TableRelations relations) {
    this(table, dimensions, measures, relations, RowOrder.NATURAL, Prominence.DETAIL, (t, policy) -> t,
        (key, column) -> false, (key, measure) -> measure);
  }

  /** This spec with its rows in {@code order}. */
  public PublishedSpec withOrder(RowOrder order) {
    return new PublishedSpec(table, dimensions, measures, relations, order, prominence, preparation, notApplicable,
        rowMeasures);
  }

  /** This spec as a headline table. */
  public PublishedSpec asHeadline() {
    return new PublishedSpec(table, dimensions, measures, relations, order, Prominence.HEADLINE, preparation,
        notApplicable, rowMeasures);
  }

  /** This spec with its restricted rows prepared by {@code preparation} before anything is modelled. */
  public PublishedSpec withPreparation(BiFunction<RestrictedTable, DisclosurePolicy, RestrictedTable> preparation) {
    return new PublishedSpec(table, dimensions, measures, relations, order, prominence, preparation, notApplicable,
        rowMeasures);
  }

  /** This spec with the counts {@code notApplicable} (row key, column) shown as not applicable. */
  public PublishedSpec withNotApplicable(BiPredicate<List<String>, String> notApplicable) {
    return new PublishedSpec(table, dimensions, measures, relations, order, prominence, preparation, notApplicable,
        rowMeasures);
  }

  /** This spec with rows publishing their non-count measures as {@code rowMeasures} says. */
  public PublishedSpec withRowMeasures(RowMeasures rowMeasures) {
    return new PublishedSpec(table, dimensions, measures, relations, order, prominence, preparation, notApplicable,
        rowMeasures);
  }

  /** Whether a board reads the table first. */
  public boolean headline() {
    return prominence == Prominence.HEADLINE;
  }

  /** The measure columns. */
  public List<String> measureColumns() {
    return measures.stream().map(PublishedMeasure::column).toList();
  }

  /** The count columns. */
  public List<String> countColumns() {
    return measures.stream().filter(m -> m.rule() == PublishedMeasure.Rule.COUNT).map(PublishedMeasure::column).toList();
  }

  private static boolean has(List<PublishedMeasure> measures, String column) {
    return measures.stream().anyMatch(m -> m.column().equals(column) && m.rule() == PublishedMeasure.Rule.COUNT);
  }
}
