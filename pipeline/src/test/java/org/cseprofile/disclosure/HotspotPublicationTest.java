package org.cseprofile.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.junit.jupiter.api.Test;

class HotspotPublicationTest {

  private static HotspotPublication.Cell cell(String layer, long easting, long northing, long events) {
    return new HotspotPublication.Cell(layer, "E" + (easting - 500) + "-N" + (northing - 500) + "-1000m", easting,
        northing, 1000, events);
  }

  @Test
  void smallCellsAreWithheldOthersShownOrRoundedByPolicyInLayerThenGridOrder() {
    List<HotspotPublication.Cell> cells = List.of(cell("incidents", 531500, 105500, 23), cell("found", 500500, 100500, 3),
        cell("incidents", 530500, 105500, 4), cell("incidents", 531500, 104500, 8));

    PublishedTable partnership = HotspotPublication.publish(cells, "2016-Q4", DisclosurePolicy.PARTNERSHIP);
    assertThat(partnership.name()).isEqualTo("hotspot_grid");
    assertThat(partnership.dimensions()).containsExactly("layer", "cell_id", "cell_easting", "cell_northing",
        "cell_size_m", "grid_reference", "authority_code", "authority_name", "place_code", "place_name", "place_type");
    // Without boundaries or a grid reference, the place columns are blank.
    assertThat(partnership.rows().get(0).dimensions().subList(5, 11)).containsOnly("");
    assertThat(partnership.rows()).extracting(r -> r.dimensions().get(1)).containsExactly("E500000-N100000-1000m",
        "E531000-N104000-1000m", "E530000-N105000-1000m", "E531000-N105000-1000m");
    assertThat(partnership.rows()).extracting(r -> r.cells().get(0)).containsExactly(
        PublishedCell.withheld(Status.SUPPRESSED), PublishedCell.shown(8), PublishedCell.withheld(Status.SUPPRESSED),
        PublishedCell.shown(23));

    PublishedTable general = HotspotPublication.publish(cells, "2016-Q4", DisclosurePolicy.PUBLIC);
    assertThat(general.rows()).extracting(r -> r.cells().get(0)).containsExactly(
        PublishedCell.withheld(Status.SUPPRESSED), PublishedCell.shown(10), PublishedCell.withheld(Status.SUPPRESSED),
        PublishedCell.shown(25));
  }

  @Test
  void onlyNonEmptyCellsOfAtLeastOneKilometreArePublished() {
    assertThatThrownBy(() -> new HotspotPublication.Cell("incidents", "E0-N0-250m", 125, 125, 250, 9))
        .hasMessage("sizeMetres must be at least 1000 for publication, was 250");
    assertThatThrownBy(() -> cell("incidents", 500, 500, 0))
        .hasMessage("events must be at least 1 (empty cells are not listed), was 0");
  }
}
