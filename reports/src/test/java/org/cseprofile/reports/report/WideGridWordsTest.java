package org.cseprofile.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.reports.chart.ChartNote;
import org.cseprofile.reports.chart.ProfileCharts;
import org.cseprofile.reports.document.Paragraph;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.section.PlacesSection;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/**
 * A hot spot grid published on squares wider than 1 km (a wide study region, issue 19): the maps' subtitle, the places
 * section and its explanation give the size; a 1 km grid gets no explanation.
 */
class WideGridWordsTest {

  private static PublishedTable grid(int sizeMetres) {
    long centre = 530_000 + sizeMetres / 2;
    return new PublishedTable("hotspot_grid", ReportFixture.PERIOD, ReportFixture.POLICY, List.of("layer", "cell_id",
        "cell_easting", "cell_northing", "cell_size_m", "grid_reference"), List.of("events"), List.of(
            new PublishedRow(List.of("incidents", "E530000-N102000-" + sizeMetres + "m", String.valueOf(centre),
                String.valueOf(102_000 + sizeMetres / 2), String.valueOf(sizeMetres), "TQ 31 03"),
                List.of(PublishedCell.shown(12)))));
  }

  private static ReportContent content(PublishedTable grid) {
    Map<String, PublishedTable> tables = new LinkedHashMap<>();
    tables.put("input_files", new PublishedTable("input_files", ReportFixture.PERIOD, ReportFixture.POLICY,
        List.of("extract", "source_file"), List.of("rows_read"), List.of(MeasureKind.COUNT), List.of(
            new PublishedRow(List.of("incidents", "incidents.csv"), List.of(PublishedCell.shown(10))))));
    tables.put("hotspot_grid", grid);
    ReportContent base = ReportFixture.content();
    return new ReportContent(base.periodLabel(), base.periodDates(), base.areaNames(), base.policy(),
        base.marking(), base.policyWording(), base.filters(), base.repeatEpisodes(), base.repeatDays(),
        base.missingOverlaps(), base.produced(), base.source(), tables);
  }

  private static final String WHY = "Published squares are at least 1 km across, and wider when the area mapped is too "
      + "large for 1 km squares to be read on one page; each holds the events of the analyst's finer squares within it.";

  @Test
  void squaresOfThreeKilometresAreNamedInTheSubtitleAndTheTextWhichSaysWhy() {
    PublishedTable grid = grid(3000);
    assertThat(ProfileCharts.squares(grid)).isEqualTo("3 km");
    JFreeChart map = ProfileCharts.incidentMap(grid, new ChartNote("test", ReportFixture.PERIOD, ReportFixture.POLICY));
    List<String> subtitles = new java.util.ArrayList<>();
    for (int i = 0; i < map.getSubtitleCount(); i++) {
      if (map.getSubtitle(i) instanceof TextTitle t) {
        subtitles.add(t.getText());
      }
    }
    assertThat(subtitles).anyMatch(t -> t.contains("counted on 3 km squares"));

    Section section = new PlacesSection().build(content(grid)).orElseThrow();
    assertThat(section.blocks()).anyMatch(b -> b instanceof Paragraph p
        && p.text().contains("counted on 3 km squares of the British National Grid"));
    assertThat(section.blocks()).contains(new Paragraph(WHY));
  }

  @Test
  void squaresOfTwoPointFourKilometresAreNamedToTheTenthAndOneKilometreNeedsNoExplanation() {
    // From 300 m cells the published squares are multiples of 1,200 m.
    assertThat(ProfileCharts.squares(grid(2400))).isEqualTo("2.4 km");
    Section section = new PlacesSection().build(content(grid(1000))).orElseThrow();
    assertThat(section.blocks()).anyMatch(b -> b instanceof Paragraph p
        && p.text().contains("counted on 1 km squares of the British National Grid"));
    assertThat(section.blocks()).doesNotContain(new Paragraph(WHY));
  }
}
