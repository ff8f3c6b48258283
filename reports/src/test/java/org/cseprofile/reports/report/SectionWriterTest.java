package org.cseprofile.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cseprofile.reports.document.KeepTogether;
import org.cseprofile.reports.document.Paragraph;
import org.cseprofile.reports.document.Subheading;
import org.cseprofile.reports.document.Table;
import org.junit.jupiter.api.Test;

class SectionWriterTest {
  private static final List<String> HEADERS = List.of("Area", "Children", "%");

  @Test
  void aTableThatShowsNothingBecomesASentence() {
    Table withheld = new Table("t", "Children elsewhere", "cross_border", HEADERS, 1,
        List.of(List.of("Partnership", "c", "c"), List.of("Hove", "c", "")));
    assertThat(new SectionWriter("Across borders").table(withheld).section().orElseThrow().blocks()).containsExactly(
        new Paragraph("Children elsewhere: every value is withheld (c) this quarter, because the counts behind it are "
            + "small or would let a reader work out a small count. The published table cross_border lists it with the "
            + "same symbols."));
  }

  @Test
  void aTableWithOneValueShownStaysATableAndASubheadingKeepsWithIt() {
    Table shown = new Table("t", "Children", "cohort", HEADERS, 1, List.of(List.of("Partnership", "120", "c")));
    assertThat(new SectionWriter("Children").subheading("By area").table(shown).section().orElseThrow().blocks())
        .containsExactly(new KeepTogether(List.of(new Subheading("By area"), shown)));
  }

  @Test
  void idsAreLowerCaseWordsJoinedByHyphens() {
    assertThat(SectionWriter.idOf("Rates per 10,000 children")).isEqualTo("rates-per-10-000-children");
    assertThat(SectionWriter.idOf("Annex: data quality")).isEqualTo("annex-data-quality");
  }
}
