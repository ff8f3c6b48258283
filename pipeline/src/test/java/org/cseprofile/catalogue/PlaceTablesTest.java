package org.cseprofile.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.disclosure.HotspotPublication;
import org.cseprofile.disclosure.ProfileModel;
import org.cseprofile.disclosure.ProfilePublication;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.geography.Place;
import org.cseprofile.geography.Population;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.cseprofile.table.TableNames;
import org.junit.jupiter.api.Test;

class PlaceTablesTest {
  private static final Place WEST = new Place("E1", "Aville", "W1", "West", "ward");
  private static final PublishedCell C = PublishedCell.withheld(Status.SUPPRESSED);
  private static final Population POPULATION = new Population("p.csv", "2016", Map.of(
      "E1", new Population.Children(40_000, 16_000), "E2", new Population.Children(10_000, 4_000)));

  private static HotspotPublication.Cell square(String layer, long easting, long events) {
    return new HotspotPublication.Cell(layer, "E" + (easting - 500) + "-N100000-1000m", easting, 100500, 1000, events,
        "TQ 00 00", WEST);
  }

  private static ProfilePublication.Result publish(List<HotspotPublication.Cell> cells,
      List<PlaceTables.PlaceCount> places) {
    Map<String, RestrictedTable> tables = new LinkedHashMap<>();
    tables.put(TableNames.HOTSPOT_GRID, PlaceTables.grid(cells));
    if (!places.isEmpty()) {
      tables.put(TableNames.PLACE_COUNTS, PlaceTables.places(places));
    }
    return ProfilePublication.publish(tables, List.of(PlaceTables.HOTSPOT_GRID, PlaceTables.PLACE_COUNTS), "2016-Q4",
        DisclosurePolicy.PARTNERSHIP);
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
    List<PlaceTables.PlaceCount> places = List.of(new PlaceTables.PlaceCount("E1", "Aville", "W1", "West", "ward", 13L, 6L),
        new PlaceTables.PlaceCount("E1", "Aville", "W2", "East", "ward", 3L, 0L));

    PublishedTable alone = publish(cells, List.of()).table(TableNames.HOTSPOT_GRID);
    assertThat(alone.rows()).extracting(r -> r.cells().get(0)).containsExactly(PublishedCell.shown(6),
        PublishedCell.shown(10), PublishedCell.shown(6));

    ProfilePublication.Result together = publish(cells, places);
    assertThat(together.protection().audit().passes()).isTrue();
    PublishedTable grid = together.table(TableNames.HOTSPOT_GRID);
    PublishedTable wards = together.table(TableNames.PLACE_COUNTS);
    assertThat(wards.cell("incidents", "E1", "W2", "Aville", "East", "ward")).isEqualTo(C);
    List<PublishedCell> others = List.of(grid.rows().get(1).cells().get(0), grid.rows().get(2).cells().get(0),
        wards.cell("incidents", "E1", "W1", "Aville", "West", "ward"));
    assertThat(others).as("a square or West is withheld too").contains(C);
    assertThat(wards.cell("found", "E1", "W2", "Aville", "East", "ward")).isEqualTo(PublishedCell.shown(0));
    assertThat(wards.dimensions()).containsExactly("la_code", "place_code", "authority_name", "place_name",
        "place_type");
    assertThat(grid.rows().get(1).dimensions().subList(5, 11))
        .containsExactly("TQ 00 00", "E1", "Aville", "W1", "West", "ward");
    // Every count of both tables is in a relation (the grid alone stands alone, by its spec's reason).
    assertThat(ProfileModel.unrelated(together.model(), List.of(PlaceTables.HOTSPOT_GRID, PlaceTables.PLACE_COUNTS)))
        .isEmpty();
  }

  /**
   * Without the incidents extract the restricted place_counts holds null incidents (not available) in every ward, and
   * the map has no incident square: the wards' incidents are published x, never 0, whether the rows read back hold
   * null or the hot spot step's 0 (the run also says the extract was not supplied). The children found (West 6, East
   * 0, all in the one found square of 6) are published as counted, and the audit passes.
   */
  @Test
  void aWardsIncidentsAreNotAvailableWithoutTheIncidentsExtract() {
    RestrictedTable readBack = PlaceTables.places(List.of(
        new PlaceTables.PlaceCount("E1", "Aville", "W1", "West", "ward", null, 6L),
        new PlaceTables.PlaceCount("E1", "Aville", "W2", "East", "ward", null, 0L)));
    RestrictedTable counted = PlaceTables.places(List.of(
        new PlaceTables.PlaceCount("E1", "Aville", "W1", "West", "ward", 0L, 6L),
        new PlaceTables.PlaceCount("E1", "Aville", "W2", "East", "ward", 0L, 0L)), false, true);
    for (RestrictedTable places : List.of(readBack, counted)) {
      Map<String, RestrictedTable> tables = new LinkedHashMap<>();
      tables.put(TableNames.HOTSPOT_GRID, PlaceTables.grid(List.of(square("found", 500500, 6))));
      tables.put(TableNames.PLACE_COUNTS, places);

      ProfilePublication.Result published = ProfilePublication.publish(tables, List.of(PlaceTables.HOTSPOT_GRID,
          PlaceTables.PLACE_COUNTS), "2016-Q4", DisclosurePolicy.PARTNERSHIP);

      assertThat(published.protection().audit().passes()).isTrue();
      PublishedTable wards = published.table(TableNames.PLACE_COUNTS);
      PublishedCell x = PublishedCell.withheld(Status.NOT_AVAILABLE);
      assertThat(wards.cell("incidents", "E1", "W1", "Aville", "West", "ward")).isEqualTo(x);
      assertThat(wards.cell("incidents", "E1", "W2", "Aville", "East", "ward")).isEqualTo(x);
      assertThat(wards.cell("found", "E1", "W1", "Aville", "West", "ward")).isEqualTo(PublishedCell.shown(6));
      assertThat(wards.cell("found", "E1", "W2", "Aville", "East", "ward")).isEqualTo(PublishedCell.shown(0));
    }
  }

  /** A ward's count, when there is one, is not negative (the message names the ward's code, a public code). */
  @Test
  void aWardsCountIsNeverNegative() {
    assertThatThrownBy(() -> new PlaceTables.PlaceCount("E1", "Aville", "W1", "West", "ward", null, -1L))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("place W1");
  }

  private static RestrictedTable cohort(long all, long a, long b) {
    return new RestrictedTable(TableNames.COHORT, List.of("la_code"), List.of("children_open"), List.of(
        new RestrictedTable.Row(List.of("ALL"), Map.of("children_open", all)),
        new RestrictedTable.Row(List.of("E1"), Map.of("children_open", a)),
        new RestrictedTable.Row(List.of("E2"), Map.of("children_open", b))));
  }

  private static PublishedTable rates(RestrictedTable cohort, Population population, DisclosurePolicy policy) {
    return ratesPublication(cohort, population, policy).table(TableNames.RATES);
  }

  private static ProfilePublication.Result ratesPublication(RestrictedTable cohort, Population population,
      DisclosurePolicy policy) {
    List<String> areas = List.of("ALL", "E1", "E2");
    Map<String, RestrictedTable> tables = new LinkedHashMap<>();
    tables.put(TableNames.COHORT, cohort);
    tables.put(TableNames.RATES, RateTable.of(tables, population, areas));
    var cohortSpec = ProfileCatalogue.table(TableNames.COHORT).publication();
    return ProfilePublication.publish(tables, List.of(cohortSpec, PlaceTables.RATES), "2016-Q4", policy);
  }

  /**
   * By hand: E1 has 40,000 children (16,000 aged 10 to 17) and 20 open to CSE concern: 20 / 40,000 x 10,000 = 5.0
   * per 10,000, 12.5 per 10,000 aged 10 to 17. The partnership (E1 and E2, 10,000 children): 30 among 50,000 = 6.0,
   * among 20,000 aged 10 to 17, 15.0. Byar for 30: lower 30 (1 - 1/270 - 1.95996/(3 sqrt 30))^3 = 20.2369, upper
   * 31 (1 - 1/279 + 1.95996/(3 sqrt 31))^3 = 42.8284; per 10,000 of 50,000: divided by 5.
   */
  @Test
  void ratesWorkedByHand() {
    PublishedTable rates = rates(cohort(30, 20, 10), POPULATION, DisclosurePolicy.PARTNERSHIP);
    assertThat(rates.cell("rate_per_10000", "E1", "children_open", "0_17").value()).isEqualTo(5.0);
    assertThat(rates.cell("rate_per_10000", "E1", "children_open", "10_17").value()).isEqualTo(12.5);
    assertThat(rates.cell("residents", "E1", "children_open", "0_17").value()).isEqualTo(40_000);
    assertThat(rates.cell("rate_per_10000", "ALL", "children_open", "0_17").value()).isEqualTo(6.0);
    assertThat(rates.cell("rate_per_10000", "ALL", "children_open", "10_17").value()).isEqualTo(15.0);
    assertThat(rates.cell("residents", "ALL", "children_open", "10_17").value()).isEqualTo(20_000);
    assertThat(rates.cell("ci_lower", "ALL", "children_open", "0_17").value()).isCloseTo(20.2369 / 5, within(0.001));
    assertThat(rates.cell("ci_upper", "ALL", "children_open", "0_17").value()).isCloseTo(42.8284 / 5, within(0.001));
    // Every count and every residents figure of rates is in a declared relation.
    var specs = List.of(ProfileCatalogue.table(TableNames.COHORT).publication(), PlaceTables.RATES);
    assertThat(ProfileModel.unrelated(ratesPublication(cohort(30, 20, 10), POPULATION, DisclosurePolicy.PARTNERSHIP)
        .model(), specs)).isEmpty();
  }

  /**
   * E2 has 3 children open (small: withheld), so the partnership's 23 less E1's 20 would give it away: the cohort
   * table withholds one of them too. A rate's count is the same count as the cohort's: it is withheld exactly where
   * the cohort's is, and so is the rate and its interval, in both age groups.
   */
  @Test
  void ratesAreWithheldExactlyWhereTheirCountsAre() {
    ProfilePublication.Result published = ratesPublication(cohort(23, 20, 3), POPULATION, DisclosurePolicy.PARTNERSHIP);
    PublishedTable cohort = published.table(TableNames.COHORT);
    PublishedTable rates = published.table(TableNames.RATES);
    assertThat(rates.cell("count", "E2", "children_open", "0_17")).isEqualTo(C);
    assertThat(rates.cell("rate_per_10000", "E2", "children_open", "0_17")).isEqualTo(C);
    int withheld = 0;
    for (String area : List.of("ALL", "E1", "E2")) {
      PublishedCell count = cohort.cell("children_open", area);
      for (String age : PlaceTables.AGE_GROUPS) {
        assertThat(rates.cell("count", area, "children_open", age)).as(area).isEqualTo(count);
        if (!count.isShown()) {
          assertThat(rates.cell("rate_per_10000", area, "children_open", age)).isEqualTo(C);
          assertThat(rates.cell("ci_upper", area, "children_open", age)).isEqualTo(C);
        }
      }
      withheld += count.isShown() ? 0 : 1;
    }
    assertThat(withheld).isEqualTo(2);
  }

  /**
   * Under the public policy counts are rounded, residents too: the rate is of the published numbers (25 of 40,000:
   * 6.25), so it reveals no exact count. E2 is not in the population file: its residents and rates are not
   * available, nor the partnership's.
   */
  @Test
  void aRoundedCountGivesTheRateOfThePublishedNumbers() {
    Population population = new Population("p.csv", null, Map.of("E1", new Population.Children(40_000, 16_000)));
    PublishedTable rates = rates(cohort(33, 24, 9), population, DisclosurePolicy.PUBLIC);
    assertThat(rates.cell("count", "E1", "children_open", "0_17").value()).isEqualTo(25);
    assertThat(rates.cell("rate_per_10000", "E1", "children_open", "0_17").value()).isEqualTo(6.25);
    assertThat(rates.cell("residents", "E2", "children_open", "0_17").status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(rates.cell("rate_per_10000", "ALL", "children_open", "0_17").status()).isEqualTo(Status.NOT_AVAILABLE);
  }
}
