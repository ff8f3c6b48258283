package org.cseprofile.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.reports.document.Figure;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.cseprofile.reports.report.section.LinksSection;
import org.junit.jupiter.api.Test;

class LinksSectionTest {
  private static final PublishedCell C = PublishedCell.withheld(Status.SUPPRESSED);

  @Test
  void groupsBySizeAsBarsWithTheirTableAndTheSummaryTablesForThePartnership() {
    Map<String, PublishedTable> tables = new LinkedHashMap<>();
    tables.put("network_summary", new PublishedTable("network_summary", "2016-Q4", "partnership", List.of("la_code"),
        List.of("groups", "children", "suspects", "children_with_2_or_more_suspects", "suspects_with_2_or_more_children",
            "groups_spanning_2_or_more_authorities", "cohort_children", "cohort_children_in_groups_of_3_or_more_suspects",
            "percent_cohort_in_groups_of_3_or_more_suspects"),
        List.of(MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.COUNT,
            MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.PERCENT),
        List.of(new PublishedRow(List.of("ALL"), List.of(shown(83), shown(308), shown(244), shown(155), shown(137),
            shown(14), shown(255), shown(169), shown(66.27))))));
    tables.put("network_size", new PublishedTable("network_size", "2016-Q4", "partnership",
        List.of("la_code", "size_band"), List.of("groups", "children", "suspects"), List.of(MeasureKind.COUNT,
            MeasureKind.COUNT, MeasureKind.COUNT), List.of(
            new PublishedRow(List.of("ALL", "1"), List.of(shown(46), shown(37), shown(9))),
            new PublishedRow(List.of("ALL", "2"), List.of(shown(25), shown(24), shown(26))),
            new PublishedRow(List.of("ALL", "3_to_5"), List.of(shown(11), shown(19), shown(16))),
            new PublishedRow(List.of("ALL", "6_to_10"), List.of(shown(0), shown(0), shown(0))),
            new PublishedRow(List.of("ALL", "11_or_more"), List.of(C, C, C)))));
    ReportContent base = ReportFixture.content();
    ReportContent content = new ReportContent(base.periodLabel(), base.periodDates(), base.areaNames(), base.policy(),
        base.marking(), base.policyWording(), base.filters(), base.repeatEpisodes(), base.repeatDays(),
        base.missingOverlaps(), base.produced(), base.source(), tables);

    Section section = new LinksSection().build(content).orElseThrow();

    assertThat(section.title()).isEqualTo("Links between children and suspects");
    Figure sizes = section.blocks().stream().filter(Figure.class::isInstance).map(Figure.class::cast).findFirst()
        .orElseThrow();
    assertThat(sizes.numbers().rows()).containsExactly(List.of("One person", "46", "37", "9"),
        List.of("Two people", "25", "24", "26"), List.of("Three to five", "11", "19", "16"),
        List.of("Six to ten", "0", "0", "0"), List.of("Eleven or more", "c", "c", "c"));
    List<Table> summary = section.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    assertThat(summary).extracting(Table::rows).containsExactly(
        List.of(List.of("Partnership", "83", "308", "244", "155", "137", "14")),
        List.of(List.of("Partnership", "255", "169", "66.3")));
  }

  @Test
  void repeatVictimsAndGroupsNewOrGrownInSentencesFromThePublishedNumbers() {
    // The sample's 2016-Q4 (sample-data/ground-truth.json): 190 repeat victims in the 12 months, 70 in the quarter;
    // 15 new groups, 7 that grew.
    assertThat(sentences(shown(190), shown(70), shown(7), shown(15))).containsExactly(
        "190 children were the victim of two or more recorded incidents in the twelve months to the end of the quarter "
            + "(repeat victims); 70 of them of two or more within the quarter itself.",
        "15 groups are new since the previous quarter (none of their children and suspects was linked in the twelve "
            + "months to its end) and 7 groups grew (someone new joined them, or earlier groups joined up); the other "
            + "groups did not grow.");
    // One of each: singular words.
    assertThat(sentences(shown(1), shown(0), shown(1), shown(1))).containsExactly(
        "1 child was the victim of two or more recorded incidents in the twelve months to the end of the quarter "
            + "(repeat victims); 0 of them of two or more within the quarter itself.",
        "1 group is new since the previous quarter (none of their children and suspects was linked in the twelve "
            + "months to its end) and 1 group grew (someone new joined them, or earlier groups joined up); the other "
            + "groups did not grow.");
  }

  @Test
  void aWithheldCountIsSaidToBeWithheldAndNeverWorkedOut() {
    assertThat(sentences(C, shown(4), C, shown(12))).containsExactly(
        "The number of children who were the victim of two or more recorded incidents in the twelve months to the end "
            + "of the quarter (repeat victims) is withheld (c); 4 children were the victim of two or more within the "
            + "quarter itself.",
        "12 groups are new since the previous quarter (none of their children and suspects was linked in the twelve "
            + "months to its end) and the number of groups that grew is withheld (c); the other groups did not grow.");
    assertThat(sentences(shown(30), C, C, C)).containsExactly(
        "30 children were the victim of two or more recorded incidents in the twelve months to the end of the quarter "
            + "(repeat victims); the number who were the victim of two or more within the quarter itself is withheld (c).",
        "The numbers of groups that are new since the previous quarter and of groups that grew are withheld (c).");
  }

  @Test
  void aCountNotAvailableOrAbsentLeavesItsSentenceOut() {
    PublishedCell x = PublishedCell.withheld(Status.NOT_AVAILABLE);
    assertThat(sentences(x, x, x, x)).isEmpty();
    assertThat(sentences(shown(5), x, shown(2), x)).containsExactly(
        "5 children were the victim of two or more recorded incidents in the twelve months to the end of the quarter "
            + "(repeat victims).");
    // A table published before these columns existed (the first test's) has no such sentence.
    assertThat(LinksSection.repeatVictims(summary(List.of("groups"), List.of(shown(3))))).isEmpty();
    assertThat(LinksSection.growth(summary(List.of("groups"), List.of(shown(3))))).isEmpty();
  }

  /** The Links section's sentences of a partnership row with these four published values. */
  private static List<String> sentences(PublishedCell repeat, PublishedCell repeatInPeriod, PublishedCell grew,
      PublishedCell fresh) {
    PublishedTable summary = summary(List.of("groups", "repeat_victims", "repeat_victims_in_period",
        "groups_that_grew", "new_groups"), List.of(shown(40), repeat, repeatInPeriod, grew, fresh));
    return java.util.stream.Stream.of(LinksSection.repeatVictims(summary), LinksSection.growth(summary))
        .flatMap(java.util.Optional::stream).toList();
  }

  private static PublishedTable summary(List<String> measures, List<PublishedCell> cells) {
    return new PublishedTable("network_summary", "2016-Q4", "partnership", List.of("la_code"), measures,
        measures.stream().map(m -> MeasureKind.COUNT).toList(), List.of(new PublishedRow(List.of("ALL"), cells)));
  }

  @Test
  void withoutTheIncidentsExtractTheSectionSaysSoAndPrintsNoNumber() {
    // input_files lists the cohort only: the network tables' counts are all x but the cohort's (3).
    PublishedCell x = PublishedCell.withheld(Status.NOT_AVAILABLE);
    Section section = new LinksSection().build(withNetwork(List.of("cse_cohort"), x, shown(3), x, x)).orElseThrow();

    assertThat(section.blocks()).containsExactly(
        new org.cseprofile.reports.document.Paragraph("No police incidents extract was supplied to this run, so no "
            + "child or suspect can be linked: there are no groups to count, and every count of links in the "
            + "published tables network_summary and network_size is x (not available), never 0."));
  }

  @Test
  void withoutTheSuspectsExtractOnlyTheRepeatVictimsAreSaid() {
    PublishedCell x = PublishedCell.withheld(Status.NOT_AVAILABLE);
    Section section = new LinksSection().build(withNetwork(List.of("cse_cohort", "incidents"), x, shown(3), shown(7),
        shown(5))).orElseThrow();

    // The introduction, why there are no groups, and the repeat victims; no chart, no table, no 0.
    assertThat(section.blocks()).hasSize(3).allMatch(org.cseprofile.reports.document.Paragraph.class::isInstance);
    assertThat(section.blocks().get(1)).isEqualTo(new org.cseprofile.reports.document.Paragraph("No police suspects "
        + "extract was supplied to this run, so no child can be linked to a suspect: the groups, their sizes and the "
        + "counts of suspects in the published tables network_summary and network_size are x (not available), never "
        + "0. The repeat victims are counted from the incidents alone."));
    assertThat(section.blocks().get(2)).isEqualTo(new org.cseprofile.reports.document.Paragraph("7 children were the "
        + "victim of two or more recorded incidents in the twelve months to the end of the quarter (repeat victims); 5 "
        + "of them of two or more within the quarter itself."));
  }

  /**
   * A report of a run that read rows of {@code extracts}, with the network tables: every group and size count
   * {@code groups}, the cohort {@code cohort}, the repeat victims of the 12 months and of the quarter.
   */
  private static ReportContent withNetwork(List<String> extracts, PublishedCell groups, PublishedCell cohort,
      PublishedCell repeat, PublishedCell repeatInPeriod) {
    Map<String, PublishedTable> tables = new LinkedHashMap<>();
    tables.put("input_files", new PublishedTable("input_files", "2016-Q4", "partnership",
        List.of("extract", "source_file"), List.of("rows_read"), List.of(MeasureKind.COUNT),
        extracts.stream().map(e -> new PublishedRow(List.of(e, e + ".csv"), List.of(shown(10)))).toList()));
    tables.put("network_summary", summary(List.of("groups", "children", "suspects", "cohort_children",
        "repeat_victims", "repeat_victims_in_period", "groups_that_grew", "new_groups"),
        List.of(groups, groups, groups, cohort, repeat, repeatInPeriod, groups, groups)));
    tables.put("network_size", new PublishedTable("network_size", "2016-Q4", "partnership",
        List.of("la_code", "size_band"), List.of("groups", "children", "suspects"), List.of(MeasureKind.COUNT,
            MeasureKind.COUNT, MeasureKind.COUNT), List.of("1", "2", "3_to_5", "6_to_10", "11_or_more").stream()
            .map(b -> new PublishedRow(List.of("ALL", b), List.of(groups, groups, groups))).toList()));
    ReportContent base = ReportFixture.content();
    return new ReportContent(base.periodLabel(), base.periodDates(), base.areaNames(), base.policy(),
        base.marking(), base.policyWording(), base.filters(), base.repeatEpisodes(), base.repeatDays(),
        base.missingOverlaps(), base.produced(), base.source(), tables);
  }

  @Test
  void noSectionWithoutTheNetworkTables() {
    assertThat(new LinksSection().build(ReportFixture.content())).isEmpty();
  }

  private static PublishedCell shown(double value) {
    return PublishedCell.shown(value);
  }
}
