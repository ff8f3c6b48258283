package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * Publishes the two views of where events happened together: the map's squares ({@code hotspot_grid}) and
 * the counts by ward ({@code place_counts}). Each alone needs only primary suppression (neither publishes a
 * total), but together they share one: the events of the squares of a layer are those of the wards plus
 * those in no ward. A reader who adds up both could otherwise work out the only withheld square from the
 * shown wards; so both tables are modelled with that relation (its total and remainder never published) and
 * protected by the same secondary suppression and audit as the profile.
 */
public final class PlacesPublication {
  /** The 12 months' located events of one ward (or LSOA) of an authority. */
  public record PlaceCount(String laCode, String authorityName, String placeCode, String placeName, String placeType,
      long incidents, long found) {
    public PlaceCount {
      Objects.requireNonNull(laCode, "laCode");
      Objects.requireNonNull(placeCode, "placeCode");
      if (incidents < 0 || found < 0) {
        throw new IllegalArgumentException("incidents and found must not be negative (place " + placeCode + ")");
      }
    }

    List<String> key() {
      return List.of(laCode, placeCode);
    }
  }

  /** The published grid, the published place counts (null without), and the protection (null without places). */
  public record Result(PublishedTable grid, PublishedTable places, Protection protection) {}

  /** The dimensions of {@code place_counts}. */
  public static final List<String> DIMENSIONS = List.of(Columns.LA_CODE, Columns.PLACE_CODE, Columns.AUTHORITY_NAME,
      Columns.PLACE_NAME, Columns.PLACE_TYPE);
  public static final List<String> MEASURES = List.of(Columns.INCIDENTS, Columns.FOUND);
  private static final Map<String, String> LAYERS = Map.of("incidents", Columns.INCIDENTS, "found", Columns.FOUND);

  private PlacesPublication() {}

  /** Publishes {@code cells} and {@code places} (empty: the grid alone, primary suppression only). */
  public static Result publish(List<HotspotPublication.Cell> cells, List<PlaceCount> places, String period,
      DisclosurePolicy policy) {
    if (places.isEmpty()) {
      return new Result(HotspotPublication.publish(cells, period, policy), null, null);
    }
    CountModel.Builder model = new CountModel.Builder();
    for (HotspotPublication.Cell c : cells) {
      model.count(gridCell(c), c.events());
    }
    for (PlaceCount p : places) {
      model.count(new CellRef(TableNames.PLACE_COUNTS, p.key(), Columns.INCIDENTS), p.incidents());
      model.count(new CellRef(TableNames.PLACE_COUNTS, p.key(), Columns.FOUND), p.found());
    }
    Set<CellRef> totals = new HashSet<>();
    LAYERS.forEach((layer, column) -> {
      List<CellRef> squares = cells.stream().filter(c -> c.layer().equals(layer)).map(PlacesPublication::gridCell)
          .toList();
      List<CellRef> wards = places.stream().map(p -> new CellRef(TableNames.PLACE_COUNTS, p.key(), column)).toList();
      if (squares.isEmpty() || wards.isEmpty()) {
        return;
      }
      CellRef total = new CellRef(TableNames.HOTSPOT_GRID, List.of(layer, "ALL"), Columns.EVENTS);
      model.count(total, cells.stream().filter(c -> c.layer().equals(layer)).mapToLong(HotspotPublication.Cell::events)
          .sum());
      totals.add(total);
      model.relation(Relation.sum(total, squares, "hotspot_grid: squares of a layer = its events in the region"));
      model.atMost(total, wards, new CellRef(TableNames.PLACE_COUNTS, List.of(layer, "outside_every_place"), column),
          "place_counts: wards <= events in the region");
    });
    CountModel built = model.build();
    Set<CellRef> implied = new HashSet<>(built.implied());
    implied.addAll(totals);
    CountModel withTotals = new CountModel(built.values(), implied, built.relations());
    Protection protection = SecondarySuppression.protect(withTotals, policy);
    PublishedTable grid = HotspotPublication.publish(cells, period, policy, c -> protection.cell(gridCell(c)));
    List<PlaceCount> ordered = new ArrayList<>(places);
    ordered.sort(java.util.Comparator.comparing(PlaceCount::laCode).thenComparing(PlaceCount::placeName,
        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).thenComparing(PlaceCount::placeCode));
    List<PublishedRow> rows = new ArrayList<>();
    for (PlaceCount p : ordered) {
      Map<String, PublishedCell> byColumn = new LinkedHashMap<>();
      for (String m : MEASURES) {
        byColumn.put(m, protection.cell(new CellRef(TableNames.PLACE_COUNTS, p.key(), m)));
      }
      rows.add(new PublishedRow(List.of(p.laCode(), p.placeCode(), blank(p.authorityName()), blank(p.placeName()),
          blank(p.placeType())), new ArrayList<>(byColumn.values())));
    }
    return new Result(grid, new PublishedTable(TableNames.PLACE_COUNTS, period, policy.name(), DIMENSIONS, MEASURES,
        rows), protection);
  }

  private static CellRef gridCell(HotspotPublication.Cell c) {
    return new CellRef(TableNames.HOTSPOT_GRID, List.of(c.layer(), c.cellId()), Columns.EVENTS);
  }

  private static String blank(String text) {
    return text == null ? "" : text;
  }
}
