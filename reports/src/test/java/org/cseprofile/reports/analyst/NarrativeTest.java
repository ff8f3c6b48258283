package org.cseprofile.reports.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cseprofile.reports.document.Prose;
import org.cseprofile.reports.document.Span;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.junit.jupiter.api.Test;

class NarrativeTest {
  private static final Map<String, PublishedTable> TABLES = Map.of(
      "cohort_breakdown", new PublishedTable("cohort_breakdown", "2016-Q4", "partnership",
          List.of("la_code", "breakdown", "category"), List.of("children"), List.of(
              new PublishedRow(List.of("ALL", "gender", "F"), List.of(PublishedCell.shown(1088))),
              new PublishedRow(List.of("ALL", "gender", "U"), List.of(PublishedCell.withheld(Status.SUPPRESSED))))),
      "vulnerabilities", new PublishedTable("vulnerabilities", "2016-Q4", "partnership", List.of("la_code", "indicator"),
          List.of("numerator", "percent"), List.of(MeasureKind.COUNT, MeasureKind.PERCENT), List.of(
              new PublishedRow(List.of("ALL", "looked_after"), List.of(PublishedCell.shown(45),
                  PublishedCell.shown(37.5))))));

  private static Narrative parse(String text) {
    return Narrative.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void referencesAreFilledFromThePublishedTablesAndAWithheldOneIsItsSymbol() {
    Narrative n = parse("# Narrative\n\n## Who the children are\n"
        + "Girls: {cohort_breakdown.children:ALL,gender,F}; unknown: {cohort_breakdown.children:ALL, gender, U}.\n"
        + "Looked after: {vulnerabilities.percent:ALL,looked_after}.\n");
    List<Prose> prose = n.resolve(TABLES).get("who the children are");
    assertThat(prose).containsExactly(new Prose(List.of(List.of(new Span(
        "Girls: 1,088; unknown: c. Looked after: 37.5%.", Span.Style.PLAIN))), Prose.Kind.PARAGRAPH));
  }

  @Test
  void anUnknownReferenceIsAnErrorNamingTheLineAndReference() {
    Narrative n = parse("## Vulnerabilities\n\nText.\n{cohort_breakdown.children:ALL,gender,X} and more\n");
    assertThatThrownBy(() -> n.resolve(TABLES)).isInstanceOf(NarrativeException.class).hasMessage(
        "line 4: reference {cohort_breakdown.children:ALL,gender,X}: table cohort_breakdown has no such row (its key "
            + "is la_code, breakdown, category)");
    assertThatThrownBy(() -> parse("## A\n{cohort.children_open:ALL}\n").resolve(TABLES))
        .hasMessage("line 2: reference {cohort.children_open:ALL} names no published table of this report");
    assertThatThrownBy(() -> parse("## A\n{vulnerabilities.rate:ALL,looked_after}\n").resolve(TABLES))
        .hasMessage("line 2: reference {vulnerabilities.rate:ALL,looked_after}: table vulnerabilities has no measure "
            + "rate (its measures: numerator, percent)");
    assertThatThrownBy(() -> parse("## A\n{vulnerabilities.percent:ALL}\n").resolve(TABLES))
        .hasMessage("line 2: reference {vulnerabilities.percent:ALL}: table vulnerabilities needs 2 key values after "
            + "the colon, in the order la_code, indicator");
    assertThatThrownBy(() -> parse("## A\nsee {this}\n").resolve(TABLES))
        .hasMessage("line 2, column 5: a brace that is not part of a reference {table.measure:key,...} (braces are "
            + "kept for references)");
  }

  @Test
  void aTypedNumberFromOneToTheThresholdIsFoundByLineAndColumnWithoutRepeatingIt() {
    Narrative n = parse("## Key findings\n"
        + "In 2016-Q4, 3 girls and 12 boys; 0 were 4.5 or 1,000; the 4th quarter; Q3.\n"
        + "- one more: 4.\n"
        + "  {vulnerabilities.numerator:ALL,looked_after} children\n");
    assertThat(n.typedSmallNumbers(4)).containsExactly(
        "line 2, column 13: a number from 1 to 4 is typed in the narrative; write a reference to a published figure "
            + "instead, so that disclosure control decides whether it is shown",
        "line 3, column 13: a number from 1 to 4 is typed in the narrative; write a reference to a published figure "
            + "instead, so that disclosure control decides whether it is shown");
    assertThat(n.typedSmallNumbers(7)).hasSize(2);
    assertThat(parse("## A\nTwelve: 12 and 8.\n").typedSmallNumbers(7)).isEmpty();
  }

  @Test
  void paragraphsBulletsAndEmphasis() {
    Narrative n = parse("## Conclusions\nFirst line\ncontinued *here* and **there**.\n\n- one\n  two\n* three *a\n");
    assertThat(n.resolve(TABLES).get("conclusions")).containsExactly(
        new Prose(List.of(List.of(new Span("First line continued ", Span.Style.PLAIN),
            new Span("here", Span.Style.EMPHASIS), new Span(" and ", Span.Style.PLAIN),
            new Span("there", Span.Style.STRONG), new Span(".", Span.Style.PLAIN))), Prose.Kind.PARAGRAPH),
        new Prose(List.of(List.of(new Span("one two", Span.Style.PLAIN)), List.of(new Span("three *a",
            Span.Style.PLAIN))), Prose.Kind.BULLETS));
  }

  @Test
  void whatIsNotInTheSubsetIsRefusedByLine() {
    assertThatThrownBy(() -> parse("Intro\n## A\n")).hasMessage("line 1: text before the first ## heading; every "
        + "paragraph belongs to a section");
    assertThatThrownBy(() -> parse("## A\n### B\n")).hasMessage("line 2: only ## headings (one per report section) "
        + "are in the narrative's Markdown");
    assertThatThrownBy(() -> parse("## A\n1. first\n")).hasMessage("line 2: numbered lists, quotes, code, tables and "
        + "HTML are not in the narrative's Markdown (paragraphs, - bullets, *emphasis* and **strong**)");
    assertThatThrownBy(() -> parse("##   \n")).hasMessage("line 1: a ## heading needs the title of a report section");
    assertThatThrownBy(() -> parse("## A\n\n## a\n")).hasMessage("line 3: a second ## a (the first is line 1)");
    assertThatThrownBy(() -> parse("## A\nbell \u0007\n")).hasMessage("line 2, column 6: a control character");
  }

  @Test
  void theDigestIsOfTheFileBytes() {
    assertThat(parse("").sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
