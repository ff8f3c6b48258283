package org.cseprofile.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cseprofile.geography.Place;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.junit.jupiter.api.Test;

class PlacesPublicationTest {
  private static final Place WEST = new Place("E1", "Aville", "W1", "West", "ward");

  private static HotspotPublication.Cell square(String layer, long easting, long events) {
    return new HotspotPublication.Cell(layer, "E" + (easting - 500) + "-N100000-1000m", easting, 100500, 1000, events,
        "TQ 00 00", WEST);
  }

  /**
   * By hand: two incident squares, 10 and 6, both shown on their own; ward West holds 13 incidents, ward East 3
   * (withheld). The squares of a layer hold the events of the wards plus those in no ward: 10 + 6 = 13 + e + r with
   * r >= 0, so East's e is at most 3; a reader would know it is 1 to 3, narrower than the policy's 1 to 4 (the audit
   * calls it exposed). Published together, a further cell (a square or West) is withheld, and the audit of both
   * tables passes. Zeros are always shown.
   */
  @Test
  void squaresAndWardsAreProtectedTogether() {
    List<HotspotPublication.Cell> cells = List.of(square("incidents", 500500, 10), square("incidents", 501500, 6),
        square("found", 500500, 6));
    List<PlacesPublication.PlaceCount> places = List.of(
        new PlacesPublication.PlaceCount("E1", "Aville", "W1", "West", "ward", 13, 6),
        new PlacesPublication.PlaceCount("E1", "Aville", "W2", "East", "ward", 3, 0));

    PublishedTable alone = HotspotPublication.publish(cells, "2016-Q4", DisclosurePolicy.PARTNERSHIP);
    assertThat(alone.rows()).extracting(r -> r.cells().get(0)).containsExactly(PublishedCell.shown(6),
        PublishedCell.shown(10), PublishedCell.shown(6));

    PlacesPublication.Result together = PlacesPublication.publish(cells, places, "2016-Q4", DisclosurePolicy.PARTNERSHIP);
    assertThat(together.protection().audit().passes()).isTrue();
    assertThat(together.places().cell("incidents", "E1", "W2", "Aville", "East", "ward"))
        .isEqualTo(PublishedCell.withheld(Status.SUPPRESSED));
    List<PublishedCell> others = List.of(together.grid().rows().get(1).cells().get(0),
        together.grid().rows().get(2).cells().get(0), together.places().cell("incidents", "E1", "W1", "Aville", "West",
            "ward"));
    assertThat(others).as("a square or West is withheld too").contains(PublishedCell.withheld(Status.SUPPRESSED));
    assertThat(together.places().cell("found", "E1", "W2", "Aville", "East", "ward")).isEqualTo(PublishedCell.shown(0));
    assertThat(together.places().dimensions()).containsExactly("la_code", "place_code", "authority_name", "place_name",
        "place_type");
    assertThat(together.grid().rows().get(1).dimensions().subList(5, 11))
        .containsExactly("TQ 00 00", "E1", "Aville", "W1", "West", "ward");
  }

  @Test
  void withoutPlacesTheGridAloneIsPublished() {
    PlacesPublication.Result alone = PlacesPublication.publish(List.of(square("incidents", 500500, 3)), List.of(),
        "2016-Q4", DisclosurePolicy.PARTNERSHIP);
    assertThat(alone.places()).isNull();
    assertThat(alone.protection()).isNull();
    assertThat(alone.grid().rows()).hasSize(1);
  }
}
