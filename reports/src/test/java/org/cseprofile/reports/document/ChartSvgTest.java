package org.cseprofile.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cseprofile.reports.chart.ChartNote;
import org.cseprofile.reports.chart.HotspotMap;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class ChartSvgTest {

  /** A hot spot map of 20 by 20 one-kilometre squares, every fifth withheld (drawn grey). */
  private static JFreeChart map() {
    List<PublishedRow> rows = new ArrayList<>();
    for (int x = 0; x < 20; x++) {
      for (int y = 0; y < 20; y++) {
        long easting = 530_500 + 1000L * x;
        long northing = 100_500 + 1000L * y;
        PublishedCell events = (x + y) % 5 == 0 ? PublishedCell.withheld(Status.SUPPRESSED)
            : PublishedCell.shown(5 + (x * y) % 40);
        rows.add(new PublishedRow(List.of("incidents", "E" + (easting - 500) + "-N" + (northing - 500) + "-1000m",
            String.valueOf(easting), String.valueOf(northing), "1000"), List.of(events)));
      }
    }
    PublishedTable grid = new PublishedTable("hotspot_grid", "2016-Q4", "partnership",
        List.of("layer", "cell_id", "cell_easting", "cell_northing", "cell_size_m"), List.of("events"), rows);
    return HotspotMap.create(grid, "incidents", "Incidents", "by square", "incidents",
        new ChartNote("test", "2016-Q4", "partnership"));
  }

  @Test
  void stylingBySiblingsWritesExactlyWhatBatiksStylerWrites() {
    String ours = ChartSvg.of(map(), "map");
    String batik = ChartSvg.of(map(), "map", ChartSvg.Styling.BATIK);

    assertThat(ours).isEqualTo(batik);
    // Every styling attribute was moved into a style attribute: 400 squares drawn, each with its fill in a style.
    assertThat(ours).contains("style=\"fill:").doesNotContain(" fill=\"").doesNotContain(" stroke=\"");
    assertThat(ours.split("<rect", -1).length - 1).isGreaterThanOrEqualTo(400);
  }
}
