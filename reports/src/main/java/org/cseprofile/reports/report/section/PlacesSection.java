package org.cseprofile.reports.report.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cseprofile.reports.chart.ProfileCharts;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ChartWords;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;

/** Where incidents happened and children were found: the maps, the busiest squares and wards, named as places. */
public final class PlacesSection implements ReportSection {
  /** Said instead of the wards with the most incidents when no incidents were supplied. */
  static final String NO_INCIDENTS_BY_PLACE = "No police incidents extract was supplied to this run, so no ward or "
      + "LSOA can be ranked by its incidents: the incidents of every place in the published table place_counts are x "
      + "(not available), never 0.";

  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable grid = content.table("hotspot_grid");
    if (grid == null) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Places");
    if (grid.rows().isEmpty()) {
      return s.text(content.supplied("incidents") || content.supplied("missing")
          ? "No incident and no place where a missing child was found had a location in the 12 months to the end of "
              + "the quarter, so there is nothing to map."
          : "Neither police incidents nor missing episodes were supplied to this run, so there is nothing to map.")
          .section();
    }
    s.text("Where CSE-flagged incidents happened and where missing children were found, in the 12 months to the end "
        + "of the quarter, counted on " + ProfileCharts.squares(grid) + " squares of the British National Grid. "
        + "Squares with a small count are grey and their count is withheld; squares with none are blank. The "
        + "analyst's finer grid and its hot spot statistics (Getis-Ord Gi*) are restricted, because at street "
        + "level they could point to a home.");
    if (!ProfileCharts.squares(grid).equals("1 km")) {
      s.text("Published squares are at least 1 km across, and wider when the area mapped is too large for 1 km "
          + "squares to be read on one page; each holds the events of the analyst's finer squares within it.");
    }
    if (content.maps().region() != null) {
      s.text("Hot spots were sought in " + content.maps().region() + ". Located events outside it are not mapped.");
    }
    if (!content.maps().hasAreas()) {
      s.text("No boundary file was given, so squares are named by their grid reference only; run with --boundaries "
          + "(ONS Open Geography boundaries of the authorities and wards) to draw boundaries and name wards.");
    } else {
      s.text("Boundaries: " + content.maps().source() + ".");
    }
    String incidentsTable = s.id() + "-incidents";
    String incidentsCaption = "Squares with the most incidents";
    map(s, content, "incidents", ProfileCharts.incidentMap(grid, content.note(), content.maps()),
        words(grid, "incidents", "incidents"), incidentsTable, incidentsCaption);
    String foundTable = s.id() + "-found";
    String foundCaption = "Squares where the most missing children were found";
    map(s, content, "found", ProfileCharts.foundMap(grid, content.note(), content.maps()),
        words(grid, "found", "children found"), foundTable, foundCaption);
    if (hasLayer(grid, "incidents")) {
      squares(s, grid, "incidents", "incidents", incidentsTable, incidentsCaption);
    }
    if (!top(grid, "found").isEmpty()) {
      squares(s, grid, "found", "children found", foundTable, foundCaption);
    }
    PublishedTable wards = content.table("place_counts");
    if (wards != null && !wards.rows().isEmpty()) {
      if (content.supplied("incidents")) {
        places(s, wards);
      } else {
        s.text(NO_INCIDENTS_BY_PLACE);
      }
    }
    return s.section();
  }

  /**
   * A map of one layer, linked to its table of squares when a square of it is shown; when the layer has no square,
   * a sentence saying why.
   */
  private static void map(SectionWriter s, ReportContent content, String layer, org.jfree.chart.JFreeChart chart,
      String words, String table, String caption) {
    boolean incidents = layer.equals("incidents");
    String title = incidents ? "Map of where incidents happened" : "Map of where missing children were found";
    if (chart == null) {
      String extract = incidents ? "incidents" : "missing";
      s.noChart(title, !content.supplied(extract)
          ? (incidents ? "no police incidents extract" : "no missing-episode file") + " was supplied to this run"
          : incidents ? "no incident in the 12 months to the end of the quarter had a location"
              : "no missing child's return in the 12 months to the end of the quarter had a place found");
      return;
    }
    boolean shown = !top(content.table("hotspot_grid"), layer).isEmpty();
    s.figure("map-" + layer, chart, words, shown ? table : null, shown ? caption : null);
  }

  private static boolean hasLayer(PublishedTable grid, String layer) {
    int layerColumn = grid.dimension("layer");
    return grid.rows().stream().anyMatch(r -> r.dimensions().get(layerColumn).equals(layer));
  }

  /** The map in words: how many squares are shown and withheld, and the busiest three. */
  private static String words(PublishedTable grid, String layer, String what) {
    int layerColumn = grid.dimension("layer");
    int events = grid.measure("events");
    List<PublishedRow> rows = grid.rows().stream().filter(r -> r.dimensions().get(layerColumn).equals(layer)).toList();
    long withheld = rows.stream().filter(r -> !r.cells().get(events).isShown()).count();
    List<PublishedRow> shown = top(grid, layer);
    String s = "A map of " + ProfileCharts.squares(grid) + " squares coloured by the number of " + what + ". "
        + capital(ChartWords.count(rows.size(), "square")) + " with any, of which " + ChartWords.count(withheld, "square")
        + " with a small count (withheld, grey).";
    if (!shown.isEmpty()) {
      List<String> named = shown.stream().limit(3).map(r -> place(grid, r) + " (" + ReportTables.format(
          r.cells().get(events), MeasureKind.COUNT) + ")").toList();
      s += " The most " + what + ": " + String.join("; ", named) + ".";
    }
    return s;
  }

  private static String capital(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The ten squares of a layer with the most events, among those shown. */
  private static List<PublishedRow> top(PublishedTable grid, String layer) {
    int layerColumn = grid.dimension("layer");
    int events = grid.measure("events");
    return grid.rows().stream()
        .filter(r -> r.dimensions().get(layerColumn).equals(layer) && r.cells().get(events).isShown()
            && r.cells().get(events).value() > 0)
        .sorted(Comparator.<PublishedRow>comparingDouble(r -> -r.cells().get(events).value())
            .thenComparing(r -> r.dimensions().get(grid.dimension("cell_id"))))
        .limit(10).toList();
  }

  private static void squares(SectionWriter s, PublishedTable grid, String layer, String what, String id,
      String caption) {
    List<PublishedRow> shown = top(grid, layer);
    if (shown.isEmpty()) {
      s.text("No square has enough " + what + " to be shown.");
      return;
    }
    List<String> named = shown.stream().limit(3).map(r -> place(grid, r)).toList();
    s.text("The squares with the most " + what + ": " + String.join("; ", named) + ".");
    int events = grid.measure("events");
    List<List<String>> rows = new ArrayList<>();
    for (PublishedRow row : shown) {
      String name = placeName(grid, row);
      rows.add(List.of(name.isEmpty() ? "Not named" : name, ReportTables.dimension(grid, row, "grid_reference"),
          ReportTables.format(row.cells().get(events), MeasureKind.COUNT)));
    }
    String header = what.substring(0, 1).toUpperCase(Locale.UK) + what.substring(1);
    s.table(new Table(id, caption, grid.name(), List.of("Place", "Grid reference", header), 2, rows));
  }

  /** "Brighton and Hove: Regency ward, TQ 31 04", or the grid reference alone without boundaries. */
  private static String place(PublishedTable grid, PublishedRow row) {
    String name = placeName(grid, row);
    String reference = ReportTables.dimension(grid, row, "grid_reference");
    return name.isEmpty() ? reference : name + ", " + reference;
  }

  private static String placeName(PublishedTable grid, PublishedRow row) {
    String authority = ReportTables.dimension(grid, row, "authority_name");
    String ward = ReportTables.dimension(grid, row, "place_name");
    String type = ReportTables.dimension(grid, row, "place_type");
    if (authority.isEmpty()) {
      return "";
    }
    if (ward.isEmpty()) {
      return authority;
    }
    return authority + ": " + ward + (type.equals("lsoa") ? " (LSOA " + ReportTables.dimension(grid, row, "place_code")
        + ")" : " ward");
  }

  /** The wards (or LSOAs) with the most incidents, with children found there. */
  private static void places(SectionWriter s, PublishedTable wards) {
    int incidents = wards.measure("incidents");
    int found = wards.measure("found");
    List<PublishedRow> shown = wards.rows().stream().filter(r -> r.cells().get(incidents).isShown()
            && r.cells().get(incidents).value() > 0)
        .sorted(Comparator.<PublishedRow>comparingDouble(r -> -r.cells().get(incidents).value())
            .thenComparing(r -> ReportTables.dimension(wards, r, "place_code")))
        .limit(10).toList();
    String kind = wards.rows().stream().anyMatch(r -> ReportTables.dimension(wards, r, "place_type").equals("lsoa"))
        ? "LSOAs" : "wards";
    String one = kind.substring(0, kind.length() - 1);
    String title = "The " + kind + " with the most incidents";
    s.subheading(title);
    s.text("Located incidents and places children were found of the 12 months, counted by " + one + ". Every " + one
        + " of the partnership is in the published table place_counts, those with none included.");
    if (shown.isEmpty()) {
      s.text("No " + one + " has enough incidents to be shown.");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (PublishedRow row : shown) {
      rows.add(List.of(ReportTables.dimension(wards, row, "place_name"),
          ReportTables.dimension(wards, row, "authority_name"),
          ReportTables.format(row.cells().get(incidents), MeasureKind.COUNT),
          ReportTables.format(row.cells().get(found), MeasureKind.COUNT)));
    }
    s.table(new Table(s.id() + "-" + kind.toLowerCase(Locale.UK), "Incidents and children found, the ten " + kind
        + " with the most incidents", wards.name(),
        List.of(kind.equals("wards") ? "Ward" : "LSOA", "Authority", "Incidents", "Children found"), 2, rows));
  }
}
