package org.cseprofile.reports.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A heat map of the published hot spot grid ({@code hotspot_grid}): each coarse cell with events
 * coloured by its count band on a colour-blind-safe sequential scale, withheld cells in grey.
 * Axes are British National Grid kilometres, so an analyst can find a square on any map.
 */
public final class HotspotMap {
  /** Viridis, light to dark: readable in greyscale and by people with any common colour deficiency. */
  static final Color[] SCALE = {new Color(0xFD, 0xE7, 0x25), new Color(0x35, 0xB7, 0x79), new Color(0x31, 0x68, 0x8E),
      new Color(0x44, 0x01, 0x54)};
  static final Color WITHHELD = new Color(0xBD, 0xBD, 0xBD);
  /** Upper ends of the count bands after the first; the last band is open. */
  private static final long[] BREAKS = {10, 20, 50};
  /** Width over height of the plotting area, to keep squares square. */
  private static final double ASPECT = 2.3;

  private HotspotMap() {}

  /** A count band: {@code from} to {@code to} (null: and over) with its colour. */
  record Band(long from, Long to, Color colour) {
    String label() {
      return to == null ? from + " and over" : from + " to " + to;
    }
  }

  /**
   * The map of one layer ({@code incidents} or {@code found}) of {@code grid}, or null when the
   * layer has no cell at all.
   */
  public static JFreeChart create(PublishedTable grid, String layer, String title, String subtitle, String countLabel,
      ChartNote note) {
    return create(grid, layer, title, subtitle, countLabel, note, MapBackground.NONE);
  }

  /**
   * The map of one layer drawn over {@code background}: authority boundaries (dark) and ward boundaries (light) under
   * the squares, the authorities' and the largest wards' names, a scale bar and a north arrow. Without boundaries,
   * the lettered 100 km squares of the National Grid orient the reader instead.
   */
  public static JFreeChart create(PublishedTable grid, String layer, String title, String subtitle, String countLabel,
      ChartNote note, MapBackground background) {
    int layerColumn = grid.dimension("layer");
    int eastingColumn = grid.dimension("cell_easting");
    int northingColumn = grid.dimension("cell_northing");
    int sizeColumn = grid.dimension("cell_size_m");
    int events = grid.measure("events");
    List<PublishedRow> rows = grid.rows().stream().filter(r -> r.dimensions().get(layerColumn).equals(layer)).toList();
    if (rows.isEmpty()) {
      return null;
    }
    List<Band> bands = bands(rows.stream().map(r -> r.cells().get(events)).toList());
    double size = Double.parseDouble(rows.get(0).dimensions().get(sizeColumn)) / 1000;
    double[][] data = new double[3][rows.size()];
    boolean anyWithheld = false;
    for (int i = 0; i < rows.size(); i++) {
      PublishedRow r = rows.get(i);
      data[0][i] = Double.parseDouble(r.dimensions().get(eastingColumn)) / 1000;
      data[1][i] = Double.parseDouble(r.dimensions().get(northingColumn)) / 1000;
      PublishedCell cell = r.cells().get(events);
      data[2][i] = band(bands, cell);
      anyWithheld |= cell.status() == Status.SUPPRESSED;
    }
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    dataset.addSeries(layer, data);

    LookupPaintScale scale = new LookupPaintScale(-1, bands.size() + 1, Color.WHITE);
    scale.add(0, WITHHELD);
    for (int b = 0; b < bands.size(); b++) {
      scale.add(b + 1, bands.get(b).colour());
    }
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setBlockWidth(size);
    renderer.setBlockHeight(size);
    renderer.setPaintScale(scale);

    NumberAxis x = new NumberAxis("Easting (km, British National Grid)");
    NumberAxis y = new NumberAxis("Northing (km)");
    double[] xr = range(data[0], size);
    double[] yr = range(data[1], size);
    for (MapBackground.Area a : background.areas()) {
      if (a.isAuthority()) {
        // The partnership's authorities fill the map even where no square is.
        for (double[][] ring : a.rings()) {
          for (double[] p : ring) {
            xr = new double[] {Math.min(xr[0], p[0] / 1000), Math.max(xr[1], p[0] / 1000)};
            yr = new double[] {Math.min(yr[0], p[1] / 1000), Math.max(yr[1], p[1] / 1000)};
          }
        }
      }
    }
    // Widen the shorter side so a square on the ground is a square on the page.
    double width = xr[1] - xr[0];
    double height = yr[1] - yr[0];
    if (width / height < ASPECT) {
      double extra = (height * ASPECT - width) / 2;
      xr = new double[] {xr[0] - extra, xr[1] + extra};
    } else {
      double extra = (width / ASPECT - height) / 2;
      yr = new double[] {yr[0] - extra, yr[1] + extra};
    }
    x.setRange(xr[0], xr[1]);
    y.setRange(yr[0], yr[1]);
    x.setAutoRangeIncludesZero(false);
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    plot.setDomainGridlinesVisible(true);
    plot.setRangeGridlinesVisible(true);
    MapLayers.draw(plot, renderer, background, xr, yr);

    LegendItemCollection legend = new LegendItemCollection();
    Rectangle2D square = new Rectangle2D.Double(-5, -5, 10, 10);
    for (Band b : bands) {
      legend.add(new LegendItem(b.label() + " " + countLabel, null, null, null, square, b.colour()));
    }
    if (anyWithheld) {
      legend.add(new LegendItem("withheld (c): a small count", null, null, null, square, WITHHELD));
    }
    plot.setFixedLegendItems(legend);

    if (background.hasAreas()) {
      legend.add(new LegendItem("authority boundary", null, null, null, new java.awt.geom.Line2D.Double(-6, 0, 6, 0),
          MapLayers.AUTHORITY_STROKE, MapLayers.AUTHORITY_LINE));
      legend.add(new LegendItem("ward boundary", null, null, null, new java.awt.geom.Line2D.Double(-6, 0, 6, 0),
          MapLayers.WARD_STROKE, MapLayers.WARD_LINE));
    }
    JFreeChart chart = new JFreeChart(title, ReportFonts.bold(17f), plot, true);
    String where = background.hasAreas() ? "Boundaries: " + background.source() + "."
        : "No boundary file was given (--boundaries): lettered squares are the National Grid's 100 km squares.";
    ChartStyle.apply(chart, subtitle, new ChartNote(note.source(), note.period(), note.policy(),
        note.extra() == null ? where : note.extra() + " " + where));
    plot.setDomainGridlinePaint(Palette.GRID);
    plot.setRangeGridlinePaint(Palette.GRID);
    return chart;
  }

  /**
   * Bands from the smallest shown count to the largest, cut at 10, 20 and 50; none lies wholly below the smallest or
   * above the largest shown count.
   */
  static List<Band> bands(List<PublishedCell> cells) {
    java.util.OptionalLong shown = cells.stream().filter(PublishedCell::isShown).mapToLong(c -> Math.round(c.value())).min();
    if (shown.isEmpty()) {
      return List.of();
    }
    long smallest = shown.getAsLong();
    long largest = cells.stream().filter(PublishedCell::isShown).mapToLong(c -> Math.round(c.value())).max().orElseThrow();
    List<Band> bands = new ArrayList<>();
    long from = smallest;
    for (long upper : BREAKS) {
      if (largest < upper) {
        break;
      }
      if (from < upper) {
        bands.add(new Band(from, upper - 1, null));
        from = upper;
      }
    }
    bands.add(new Band(from, null, null));
    List<Band> coloured = new ArrayList<>();
    int offset = SCALE.length - bands.size();
    for (int b = 0; b < bands.size(); b++) {
      coloured.add(new Band(bands.get(b).from(), bands.get(b).to(), SCALE[offset + b]));
    }
    return coloured;
  }

  /** The paint-scale value of a cell: 0 withheld, else 1 + its band's index. */
  private static double band(List<Band> bands, PublishedCell cell) {
    if (!cell.isShown()) {
      return 0;
    }
    long v = Math.round(cell.value());
    for (int b = bands.size() - 1; b >= 0; b--) {
      if (v >= bands.get(b).from()) {
        return b + 1;
      }
    }
    return 1;
  }

  private static double[] range(double[] centres, double size) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double c : centres) {
      min = Math.min(min, c);
      max = Math.max(max, c);
    }
    return new double[] {min - size, max + size};
  }
}
