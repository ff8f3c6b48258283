package org.cseprofile.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.junit.jupiter.api.Test;

class ChartWordsTest {
  private static final PublishedCell C = PublishedCell.withheld(Status.SUPPRESSED);

  @Test
  void aPyramidWithEveryBoysCountWithheldNamesTheLargestGroupShown() {
    PublishedTable ages = new PublishedTable("age_by_gender", "2016-Q4", "partnership", List.of("la_code", "gender", "age"),
        List.of("children"), List.of(
            new PublishedRow(List.of("ALL", "F", "15"), List.of(PublishedCell.shown(42))),
            new PublishedRow(List.of("ALL", "M", "15"), List.of(C)),
            new PublishedRow(List.of("ALL", "F", "16"), List.of(PublishedCell.shown(43))),
            new PublishedRow(List.of("ALL", "M", "16"), List.of(C))));
    ChartWords.Described d = ChartWords.pyramid("ages", ages, "ALL");
    assertThat(d.words()).isEqualTo("At no age are the counts of both girls and boys shown. The largest group shown is "
        + "girls aged 16 (43). Children whose gender is not recorded are not shown.");
    assertThat(d.numbers().rows()).containsExactly(List.of("Girls", "42", "43"), List.of("Boys", "c", "c"));
  }

  @Test
  void aPyramidOfATableThatCountsUnknownGenderWithGirlsSaysSo() {
    // The note disclosure.Recoding writes when the partnership's few children of unknown gender go with girls.
    PublishedTable ages = new PublishedTable("age_by_gender", "2016-Q4", "partnership", List.of("la_code", "gender", "age"),
        List.of("children"), List.of(MeasureKind.COUNT), List.of(
            new PublishedRow(List.of("ALL", "F", "15"), List.of(PublishedCell.shown(42))),
            new PublishedRow(List.of("ALL", "M", "15"), List.of(PublishedCell.shown(11)))),
        List.of("Children whose gender is not known (U) are counted with girls (F) in every area: the partnership has "
            + "no more of them than the policy withholds as a small count, and a line of their own could be worked out "
            + "from the total."));
    ChartWords.Described d = ChartWords.pyramid("ages", ages, "ALL");
    assertThat(d.words()).isEqualTo("Girls outnumber boys at every age. The largest group is girls aged 15 (42). "
        + "Children whose gender is not recorded are counted with girls.");
  }

  @Test
  void barsNameTheLargestThreeTheSmallestAndHowManyAreWithheldInWords() {
    List<ChartWords.Value> values = List.of(new ChartWords.Value("Contact", PublishedCell.shown(119)),
        new ChartWords.Value("Online", PublishedCell.shown(113)), new ChartWords.Value("Non-contact", C),
        new ChartWords.Value("Hotel", PublishedCell.shown(9)), new ChartWords.Value("Taxi", PublishedCell.shown(12)));
    assertThat(ChartWords.bars("Incidents by type", values, MeasureKind.COUNT, "")).isEqualTo("Incidents by type: "
        + "five bars. Of those shown, the largest is contact (119), then online (113) and taxi (12). The smallest shown "
        + "is hotel (9). One value is withheld (c).");
  }

  @Test
  void barsTellValuesNotSuppliedFromValuesWithheld() {
    // The rates chart without the incidents extract: the victims' rates are x (not available), one other is c.
    PublishedCell x = PublishedCell.withheld(Status.NOT_AVAILABLE);
    List<ChartWords.Value> values = List.of(new ChartWords.Value("Missing", PublishedCell.shown(41)),
        new ChartWords.Value("Victims, Brighton", x), new ChartWords.Value("Victims, East Sussex", x),
        new ChartWords.Value("Victims, West Sussex", x), new ChartWords.Value("Victims, partnership", x),
        new ChartWords.Value("Found", C));
    assertThat(ChartWords.bars("Rates", values, MeasureKind.COUNT, "")).isEqualTo("Rates: six bars. Of those shown, "
        + "the largest is missing (41). One value is withheld (c) and four not available (x).");
    assertThat(ChartWords.bars("Rates", values.subList(1, 5), MeasureKind.COUNT, "")).isEqualTo("Rates: four bars. "
        + "No value is shown: four values are not available (x).");
    assertThat(ChartWords.bars("Rates", List.of(new ChartWords.Value("Found", C)), MeasureKind.COUNT, ""))
        .isEqualTo("Rates: one bar. Every value is withheld (c).");
  }

  @Test
  void trendLinesCountQuartersWithheldAndNotAvailableApart() {
    PublishedCell x = PublishedCell.withheld(Status.NOT_AVAILABLE);
    ChartWords.Described d = ChartWords.trend("t", "caption", "source", List.of("2016-Q1", "2016-Q2", "2016-Q3"),
        new java.util.LinkedHashMap<>(java.util.Map.of("Found", List.of(PublishedCell.shown(12), C, x))));
    assertThat(d.words()).isEqualTo("Lines over three quarters. Found: 12 in 2016-Q1; the highest was 12 in 2016-Q1; "
        + "one quarter withheld (c) and one not available (x).");
  }
}
