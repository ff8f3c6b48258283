package org.cseprofile.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.cseprofile.geography.Population;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.junit.jupiter.api.Test;

class RatesPublicationTest {
  private static final PublishedCell C = PublishedCell.withheld(Status.SUPPRESSED);

  private static PublishedTable cohort(PublishedCell all, PublishedCell a, PublishedCell b) {
    return new PublishedTable("cohort", "2016-Q4", "partnership", List.of("la_code"), List.of("children_open"), List.of(
        new PublishedRow(List.of("ALL"), List.of(all)), new PublishedRow(List.of("E1"), List.of(a)),
        new PublishedRow(List.of("E2"), List.of(b))));
  }

  /**
   * By hand: E1 has 40,000 children (16,000 aged 10 to 17) and 20 open to CSE concern: 20 / 40,000 x 10,000 = 5.0
   * per 10,000, 12.5 per 10,000 aged 10 to 17. E2's count is withheld, so are its rate and interval. The partnership:
   * 30 among 50,000 = 6.0, among 20,000 aged 10 to 17 = 15.0; the interval is Byar's (RatePer10000Test).
   */
  @Test
  void ratesComeFromThePublishedCountsAndAreWithheldWithThem() {
    Population population = new Population("p.csv", "2016", Map.of("E1", new Population.Children(40_000, 16_000),
        "E2", new Population.Children(10_000, 4_000)));
    PublishedTable rates = RatesPublication.publish(List.of(cohort(PublishedCell.shown(30), PublishedCell.shown(20), C)),
        population, List.of("ALL", "E1", "E2"), "2016-Q4", DisclosurePolicy.PARTNERSHIP);
    assertThat(rates.name()).isEqualTo("rates");
    assertThat(rates.cell("rate_per_10000", "E1", "children_open", "0_17").value()).isEqualTo(5.0);
    assertThat(rates.cell("rate_per_10000", "E1", "children_open", "10_17").value()).isEqualTo(12.5);
    assertThat(rates.cell("residents", "E1", "children_open", "0_17").value()).isEqualTo(40_000);
    assertThat(rates.cell("count", "E2", "children_open", "0_17")).isEqualTo(C);
    assertThat(rates.cell("rate_per_10000", "E2", "children_open", "0_17")).isEqualTo(C);
    assertThat(rates.cell("ci_upper", "E2", "children_open", "10_17")).isEqualTo(C);
    assertThat(rates.cell("rate_per_10000", "ALL", "children_open", "0_17").value()).isEqualTo(6.0);
    assertThat(rates.cell("rate_per_10000", "ALL", "children_open", "10_17").value()).isEqualTo(15.0);
    // Byar for 30: lower 30 (1 - 1/270 - 1.95996/(3 sqrt 30))^3 = 20.2369, upper 31 (1 - 1/279 + 1.95996/(3 sqrt 31))^3
    // = 42.8284; per 10,000 of 50,000: divide by 5.
    assertThat(rates.cell("ci_lower", "ALL", "children_open", "0_17").value()).isCloseTo(20.2369 / 5, within(0.001));
    assertThat(rates.cell("ci_upper", "ALL", "children_open", "0_17").value()).isCloseTo(42.8284 / 5, within(0.001));
  }

  /** Under the public policy counts are rounded: the rate is of the rounded count, so it reveals no exact one. */
  @Test
  void aRoundedCountGivesTheRateOfTheRoundedCount() {
    Population population = new Population("p.csv", null, Map.of("E1", new Population.Children(40_000, 16_000)));
    PublishedTable rates = RatesPublication.publish(List.of(cohort(PublishedCell.shown(25), PublishedCell.shown(25),
        C)), population, List.of("ALL", "E1", "E2"), "2016-Q4", DisclosurePolicy.PUBLIC);
    assertThat(rates.cell("rate_per_10000", "E1", "children_open", "0_17").value()).isEqualTo(6.25);
    // E2 is not in the population file: no residents, so neither E2's nor the partnership's rate is available.
    assertThat(rates.cell("residents", "ALL", "children_open", "0_17")).isEqualTo(PublishedCell.withheld(
        Status.NOT_AVAILABLE));
    assertThat(rates.cell("rate_per_10000", "ALL", "children_open", "0_17").status()).isEqualTo(Status.NOT_AVAILABLE);
  }
}
