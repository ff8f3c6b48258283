package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cseprofile.geography.Place;
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
  /**
   * One coarse cell of one layer and its count of located events, with its OS grid reference and the place
   * holding most of it (null without boundaries).
   */
  public record Cell(String layer, String cellId, long easting, long northing, int sizeMetres, long events,
      String gridReference, Place place) {
    /** A cell named by nothing but its coordinates. */
    public Cell(String layer, String cellId, long easting, long northing, int sizeMetres, long events) {
      this(layer, cellId, easting, northing, sizeMetres, events, null, null);
    }

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

  /** The dimensions of {@code hotspot_grid}: the cell, then where it is. */
  public static final List<String> DIMENSIONS = List.of(Columns.LAYER, Columns.CELL_ID, Columns.CELL_EASTING,
      Columns.CELL_NORTHING, Columns.CELL_SIZE_M, Columns.GRID_REFERENCE, Columns.AUTHORITY_CODE, Columns.AUTHORITY_NAME,
      Columns.PLACE_CODE, Columns.PLACE_NAME, Columns.PLACE_TYPE);

  /** The published {@code hotspot_grid} table, rows by layer then cell. */
  public static PublishedTable publish(List<Cell> cells, String period, DisclosurePolicy policy) {
    return publish(cells, period, policy, c -> SmallCountSuppression.publish(c.events(), policy));
  }

  /** The table with each cell's count as {@code protect} publishes it. */
  static PublishedTable publish(List<Cell> cells, String period, DisclosurePolicy policy,
      java.util.function.Function<Cell, org.cseprofile.reports.published.PublishedCell> protect) {
    List<Cell> ordered = new ArrayList<>(cells);
    ordered.sort(Comparator.comparing(Cell::layer).thenComparing(Cell::northing).thenComparing(Cell::easting));
    List<PublishedRow> rows = new ArrayList<>();
    for (Cell c : ordered) {
      rows.add(new PublishedRow(key(c), List.of(protect.apply(c))));
    }
    return new PublishedTable(TableNames.HOTSPOT_GRID, period, policy.name(), DIMENSIONS, List.of(Columns.EVENTS), rows);
  }

  /** The row key of a cell: its dimensions in order, blank where not known. */
  public static List<String> key(Cell c) {
    Place p = c.place();
    return List.of(c.layer(), c.cellId(), String.valueOf(c.easting()), String.valueOf(c.northing()),
        String.valueOf(c.sizeMetres()), blank(c.gridReference()), p == null ? "" : p.authorityCode(),
        p == null ? "" : p.authorityName(), p == null ? "" : blank(p.placeCode()), p == null ? "" : blank(p.placeName()),
        p == null ? "" : blank(p.placeType()));
  }

  private static String blank(String text) {
    return text == null ? "" : text;
  }
}
