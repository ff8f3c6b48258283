package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * The published hot spot map: located events per coarse cell (at least 1 km), small counts
 * withheld. The table publishes no total of the cells, so a withheld cell cannot be recovered by
 * subtraction and primary suppression is all it needs.
 */
public final class HotspotPublication {
  /** One coarse cell of one layer and its count of located events. */
  public record Cell(String layer, String cellId, long easting, long northing, int sizeMetres, long events) {
    public Cell {
      Objects.requireNonNull(layer, "layer");
      Objects.requireNonNull(cellId, "cellId");
      if (sizeMetres < 1000) {
        throw new IllegalArgumentException("sizeMetres must be at least 1000 for publication, was " + sizeMetres);
      }
      if (events < 1) {
        throw new IllegalArgumentException("events must be at least 1 (empty cells are not listed), was " + events);
      }
    }
  }

  private HotspotPublication() {}

  /** The published {@code hotspot_grid} table, rows by layer then cell. */
  public static PublishedTable publish(List<Cell> cells, String period, DisclosurePolicy policy) {
    List<Cell> ordered = new ArrayList<>(cells);
    ordered.sort(Comparator.comparing(Cell::layer).thenComparing(Cell::northing).thenComparing(Cell::easting));
    List<PublishedRow> rows = new ArrayList<>();
    for (Cell c : ordered) {
      rows.add(new PublishedRow(List.of(c.layer(), c.cellId(), String.valueOf(c.easting()), String.valueOf(c.northing()),
          String.valueOf(c.sizeMetres())), List.of(SmallCountSuppression.publish(c.events(), policy))));
    }
    return new PublishedTable(TableNames.HOTSPOT_GRID, period, policy.name(), List.of(Columns.LAYER, Columns.CELL_ID,
        Columns.CELL_EASTING, Columns.CELL_NORTHING, Columns.CELL_SIZE_M), List.of(Columns.EVENTS), rows);
  }
}
