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
  void aTableOfValuesWithheldAndNotAvailableSaysBothNotThatEveryValueIsWithheld() {
    Table mixed = new Table("t", "Children elsewhere", "cross_border", HEADERS, 1,
        List.of(List.of("Partnership", "c", "x"), List.of("Hove", "x", "")));
    assertThat(new SectionWriter("Across borders").table(mixed).section().orElseThrow().blocks()).containsExactly(
        new Paragraph("Children elsewhere: no value can be shown this quarter. Each is withheld (c), because the "
            + "counts behind it are small or would let a reader work out a small count, or not available (x), because "
            + "the data it needs were not supplied to this run. The published table cross_border lists it with the "
            + "same symbols."));
  }

  @Test
  void aTableWithOneValueShownStaysATableAndASubheadingKeepsWithIt() {
    Table shown = new Table("t", "Children", "cohort", HEADERS, 1, List.of(List.of("Partnership", "120", "c")));
    assertThat(new SectionWriter("Children").subheading("By area").table(shown).section().orElseThrow().blocks())
        .containsExactly(new KeepTogether(List.of(new Subheading("By area"), shown)));
  }

  @Test
  void aSubheadingAndItsIntroductionKeepWithTheTableTheyIntroduceAndNothingAfterIt() {
    // The sample report's "Who referred them": heading, a paragraph, then the table. Kept as one block, so the
    // heading and its paragraph never end a page with the table on the next; the sentence after the table is not kept.
    Table shown = new Table("t", "Referred by", "cohort_breakdown", HEADERS, 1, List.of(List.of("Police", "67", "c")));
    Paragraph intro = new Paragraph("The agency that referred each child.");
    Paragraph after = new Paragraph("Not recorded includes unknown.");
    assertThat(new SectionWriter("Children").subheading("Who referred them").text(intro.text()).table(shown)
        .text(after.text()).section().orElseThrow().blocks())
        .containsExactly(new KeepTogether(List.of(new Subheading("Who referred them"), intro, shown)), after);
    // A subheading with only words after it keeps with them; a subheading followed by another alone is left alone.
    assertThat(new SectionWriter("Quality").subheading("Rows used with a warning").text("No row was used with a "
        + "warning.").subheading("Field completeness").section().orElseThrow().blocks()).containsExactly(
        new KeepTogether(List.of(new Subheading("Rows used with a warning"), new Paragraph("No row was used with a "
            + "warning."))), new Subheading("Field completeness"));
  }

  @Test
  void idsAreLowerCaseWordsJoinedByHyphens() {
    assertThat(SectionWriter.idOf("Rates per 10,000 children")).isEqualTo("rates-per-10-000-children");
    assertThat(SectionWriter.idOf("Annex: data quality")).isEqualTo("annex-data-quality");
  }
}
