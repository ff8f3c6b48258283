package org.cseprofile.reports.published;

import java.util.List;

/** One row of a published table: its dimension values and its published cells. */
public record PublishedRow(List<String> dimensions, List<PublishedCell> cells) {

  public PublishedRow {
    dimensions = List.copyOf(dimensions);
    cells = List.copyOf(cells);
  }
}
