package org.cseprofile.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class HotspotMapTest {
  private static final ChartNote NOTE = new ChartNote("test", "2016-Q4", "partnership");
  private static final PublishedCell C = PublishedCell.withheld(Status.SUPPRESSED);

  private static PublishedRow row(String layer, long easting, long northing, PublishedCell events) {
    return new PublishedRow(List.of(layer, "E" + (easting - 500) + "-N" + (northing - 500) + "-1000m",
        String.valueOf(easting), String.valueOf(northing), "1000"), List.of(events));
  }

  private static PublishedTable grid(PublishedRow... rows) {
    return new PublishedTable("hotspot_grid", "2016-Q4", "partnership",
        List.of("layer", "cell_id", "cell_easting", "cell_northing", "cell_size_m"), List.of("events"), List.of(rows));
  }

  private static List<String> labels(List<HotspotMap.Band> bands) {
    List<String> labels = new ArrayList<>();
    bands.forEach(b -> labels.add(b.label()));
    return labels;
  }

  @Test
  void bandsRunFromTheSmallestToTheLargestShownCount() {
    assertThat(labels(HotspotMap.bands(List.of(PublishedCell.shown(5), PublishedCell.shown(12), PublishedCell.shown(60),
        C)))).containsExactly("5 to 9", "10 to 19", "20 to 49", "50 and over");
    assertThat(labels(HotspotMap.bands(List.of(PublishedCell.shown(13), PublishedCell.shown(45)))))
        .containsExactly("13 to 19", "20 and over");
    assertThat(labels(HotspotMap.bands(List.of(PublishedCell.shown(6), PublishedCell.shown(8)))))
        .containsExactly("6 and over");
    assertThat(HotspotMap.bands(List.of(C, C))).isEmpty();
    // The darkest colours go to the highest bands, whatever their number.
    assertThat(HotspotMap.bands(List.of(PublishedCell.shown(13), PublishedCell.shown(45))))
        .extracting(HotspotMap.Band::colour).containsExactly(HotspotMap.SCALE[2], HotspotMap.SCALE[3]);
  }

  @Test
  void eachCellIsDrawnInKilometresWithItsBandAndWithheldCellsInGrey() {
    PublishedTable table = grid(row("incidents", 531500, 105500, PublishedCell.shown(23)),
        row("incidents", 532500, 105500, C), row("incidents", 540500, 110500, PublishedCell.shown(7)),
        row("found", 500500, 100500, PublishedCell.shown(9)));
    JFreeChart chart = HotspotMap.create(table, "incidents", "title", "subtitle", "incidents", NOTE);
    XYPlot plot = chart.getXYPlot();
    XYZDataset data = (XYZDataset) plot.getDataset();
    assertThat(data.getItemCount(0)).isEqualTo(3);
    assertThat(data.getXValue(0, 0)).isEqualTo(531.5);
    assertThat(data.getYValue(0, 0)).isEqualTo(105.5);
    // Bands: 7 to 9 (1), 10 to 19 (2), 20 and over (3); withheld is 0.
    assertThat(List.of(data.getZValue(0, 0), data.getZValue(0, 1), data.getZValue(0, 2))).containsExactly(3.0, 0.0, 1.0);
    LegendItemCollection legend = plot.getFixedLegendItems();
    List<String> items = new ArrayList<>();
    for (int i = 0; i < legend.getItemCount(); i++) {
      items.add(legend.get(i).getLabel());
    }
    assertThat(items).containsExactly("7 to 9 incidents", "10 to 19 incidents", "20 and over incidents", "withheld (c): a small count");
    assertThat(HotspotMap.create(table, "combined", "t", "s", "x", NOTE)).isNull();
  }

  /** Two authorities side by side, the first with a ward, in metres; the squares are near the first. */
  static MapBackground background() {
    double[][] a = {{500000, 100000}, {510000, 100000}, {510000, 110000}, {500000, 110000}, {500000, 100000}};
    double[][] b = {{510000, 100000}, {520000, 100000}, {520000, 110000}, {510000, 110000}, {510000, 100000}};
    double[][] w = {{500000, 100000}, {505000, 100000}, {505000, 110000}, {500000, 110000}, {500000, 100000}};
    return new MapBackground(List.of(
        new MapBackground.Area("authority", "E1", "Aville", List.<double[][]>of(a), 505000, 105000, 1e8),
        new MapBackground.Area("authority", "E2", "Beeton", List.<double[][]>of(b), 515000, 105000, 1e8),
        new MapBackground.Area("ward", "W1", "West", List.<double[][]>of(w), 502500, 107000, 5e7)),
        "test boundaries", "the partnership's authorities");
  }

  private static List<String> texts(XYPlot plot) {
    List<String> texts = new ArrayList<>();
    for (Object a : plot.getAnnotations()) {
      if (a instanceof org.jfree.chart.annotations.XYTextAnnotation t) {
        texts.add(t.getText());
      }
    }
    return texts;
  }

  /**
   * Boundaries go under the squares (the renderer's background layer), every authority and the ward are named,
   * a scale bar (20 km wide map: a 2 km bar) and a north arrow are drawn, the legend says which line is which, the
   * map takes in both authorities, and the footnote names the boundaries' source.
   */
  @Test
  void boundariesNamesScaleBarAndNorthArrowAreDrawn() {
    PublishedTable table = grid(row("incidents", 501500, 104500, PublishedCell.shown(23)));
    JFreeChart chart = HotspotMap.create(table, "incidents", "title", "subtitle", "incidents", NOTE, background());
    XYPlot plot = chart.getXYPlot();
    assertThat(texts(plot)).contains("Aville", "Beeton", "West", "N", "2 km");
    long outlines = ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plot.getRenderer()).getAnnotations().stream()
        .filter(a -> a instanceof org.jfree.chart.annotations.XYShapeAnnotation).count();
    assertThat(outlines).isEqualTo(3);
    assertThat(plot.getDomainAxis().getLowerBound()).isLessThanOrEqualTo(500);
    assertThat(plot.getDomainAxis().getUpperBound()).isGreaterThanOrEqualTo(520);
    LegendItemCollection legend = plot.getFixedLegendItems();
    List<String> items = new ArrayList<>();
    for (int i = 0; i < legend.getItemCount(); i++) {
      items.add(legend.get(i).getLabel());
    }
    assertThat(items).contains("authority boundary", "ward boundary");
    String footnote = ((org.jfree.chart.title.TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).getText();
    assertThat(footnote).endsWith("Boundaries: test boundaries.");
  }

  /** Without boundaries, never bare axes: the lettered 100 km square of the grid (TQ here), a scale bar and an arrow. */
  @Test
  void withoutBoundariesTheLetteredGridSquaresOrientTheReader() {
    PublishedTable table = grid(row("incidents", 531500, 105500, PublishedCell.shown(23)),
        row("incidents", 540500, 110500, PublishedCell.shown(7)));
    XYPlot plot = HotspotMap.create(table, "incidents", "title", "subtitle", "incidents", NOTE).getXYPlot();
    assertThat(texts(plot)).contains("N");
    List<String> letters = new ArrayList<>();
    for (Object a : ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plot.getRenderer()).getAnnotations()) {
      if (a instanceof org.jfree.chart.annotations.XYTextAnnotation t) {
        letters.add(t.getText());
      }
    }
    assertThat(letters).containsExactly("TQ");
    assertThat(MapLayers.letters(5, 1)).isEqualTo("TQ");
    assertThat(MapLayers.letters(4, 3)).isEqualTo("SK");
  }
}
