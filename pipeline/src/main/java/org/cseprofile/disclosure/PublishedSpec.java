package org.cseprofile.disclosure;

import java.util.List;
import java.util.Objects;

/** The published form of a restricted table: its dimensions (row key) and measures, in column order. */
public record PublishedSpec(String table, List<String> dimensions, List<PublishedMeasure> measures) {

  public PublishedSpec {
    Objects.requireNonNull(table, "table");
    dimensions = List.copyOf(dimensions);
    measures = List.copyOf(measures);
  }

  /** The measure columns. */
  public List<String> measureColumns() {
    return measures.stream().map(PublishedMeasure::column).toList();
  }

  /** The count columns. */
  public List<String> countColumns() {
    return measures.stream().filter(m -> m.rule() == PublishedMeasure.Rule.COUNT).map(PublishedMeasure::column).toList();
  }
}
