package org.cseprofile.reports.document;

import java.util.Objects;

/**
 * A chart: its drawing as SVG, its text alternative written from the data, and where its numbers
 * are as a table (one made for it, or one elsewhere in the report that it links to).
 *
 * @param numbers the chart's numbers as a table placed with it, or null
 * @param numbersAt the id of the table elsewhere in the report holding the chart's numbers, or null; both null when
 *     the chart shows no value (every one withheld) and its description says so
 */
public record Figure(String id, String title, String svg, String description, Table numbers, String numbersAt,
    String numbersCaption) implements Block {

  public Figure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(svg, "svg");
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException("description must not be blank: every chart needs a text alternative");
    }
    if (numbers != null && numbersAt != null) {
      throw new IllegalArgumentException("at most one of numbers and numbersAt may be given (figure " + id + ")");
    }
  }
}
