package org.cseprofile.reports.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cseprofile.reports.analyst.Analyst;
import org.cseprofile.reports.analyst.Comparators;
import org.cseprofile.reports.analyst.Narrative;
import org.cseprofile.reports.analyst.NarrativeException;
import org.cseprofile.reports.document.HtmlCheck;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.cseprofile.reports.report.section.IntelligenceGapsSection;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class AnalystReportTest {
  private static final String NARRATIVE = """
      # Narrative for the test tables

      ## Children open to CSE concern
      The partnership had {cohort.children_open:ALL} children open, *more* than a year ago; <b>not markup</b> & so on.

      ## Who the children are
      - Boys: {cohort_breakdown.children:ALL,gender,M}.
      - Other ethnic group in East Sussex: {cohort_breakdown.children:E10000011,ethnic_group,Other}.

      ## Intelligence gaps
      Nobody records the **platform** used.

      ## Conclusions
      Conclusion text.

      ## Recommendations
      - Recommend one thing.
      """;

  private static ReportContent content(String narrative, String comparators) {
    return ReportFixture.content().withAnalyst(new Analyst(
        narrative == null ? null : Narrative.parse(narrative.getBytes(StandardCharsets.UTF_8)),
        comparators == null ? null : Comparators.parse(comparators.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void theNarrativeIsPlacedInItsSectionsWithItsNumbersFromTheTablesInHtmlAndPdf() throws Exception {
    ReportContent content = content(NARRATIVE, null);
    List<Section> sections = BoardReport.document(content).sections();
    assertThat(sections.stream().map(Section::title).toList()).containsSubsequence("Key findings",
        "Children open to CSE concern", "Who the children are", "Across authority borders", "Intelligence gaps",
        "Conclusions", "Recommendations", "Definitions and method");
    String html = BoardReport.html(content);
    assertThat(html).contains("<h3>Analyst's commentary</h3>\n<p class=\"analyst\">The partnership had 120 children "
        + "open, <em>more</em> than a year ago; &lt;b&gt;not markup&lt;/b&gt; &amp; so on.</p>");
    assertThat(html).contains("<ul class=\"analyst\">\n<li>Boys: 32.</li>\n<li>Other ethnic group in East Sussex: c."
        + "</li>\n</ul>");
    assertThat(html).contains("<h2 id=\"conclusions\">Conclusions</h2>\n<p class=\"analyst\">Conclusion text.</p>");
    assertThat(html).contains("<p class=\"analyst\">Nobody records the <strong>platform</strong> used.</p>");
    assertThat(HtmlCheck.violations(html)).isEmpty();
    byte[] pdf = BoardReport.render(content);
    Path out = Path.of("target", "report-analyst");
    Files.createDirectories(out);
    Files.write(out.resolve("report.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("The partnership had 120 children open, more than a year ago; <b>not markup</b> & so on.");
      assertThat(text).contains("Recommend one thing.");
    }
    // the emphasis is set in the bundled oblique face, embedded like the others
    assertThat(org.cseprofile.reports.document.VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failedRules()).isEmpty();
    assertThat(org.cseprofile.reports.document.VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_U).failedRules()).isEmpty();
  }

  @Test
  void aSectionTheReportDoesNotHaveIsRefusedByLine() {
    ReportContent content = content("## Children open to CSE concern\nText.\n\n## Places\nMore.\n", null);
    assertThatThrownBy(() -> BoardReport.document(content)).isInstanceOf(NarrativeException.class)
        .hasMessageStartingWith("line 4: ## Places is not a section of this report; its sections are: Key findings, "
            + "Children open to CSE concern,");
  }

  @Test
  void intelligenceGapsComeFromWhatTheRunKnowsOfItsInputs() {
    // the fixture's input_files has cse_episodes and missing only; field_completeness 75.0 and 79.2 (above 50)
    assertThat(IntelligenceGapsSection.gaps(ReportFixture.content())).containsExactly(
        "No incidents extract was supplied, so the profile says nothing of police incidents: offences and concerns, "
            + "their places and the platforms used.",
        "No suspects extract was supplied, so the profile says nothing of police suspects: who the suspected offenders "
            + "are and what disrupted them.",
        "No health extract was supplied, so the profile says nothing of health contacts: sexual health, substance "
            + "misuse and emergency attendances.",
        "No education extract was supplied, so the profile says nothing of education: exclusions and absence.");
  }

  @Test
  void rarelyFilledFieldsSilentAuthoritiesAndEmptyQuartersAreGaps() {
    ReportContent fixture = ReportFixture.content();
    java.util.Map<String, PublishedTable> tables = new java.util.LinkedHashMap<>(fixture.tables());
    PublishedCell c = PublishedCell.withheld(Status.SUPPRESSED);
    tables.put("field_completeness", new PublishedTable("field_completeness", "2016-Q4", "partnership",
        List.of("extract", "column_name"), List.of("percent_filled"), List.of(MeasureKind.PERCENT), List.of(
            new PublishedRow(List.of("incidents", "platform"), List.of(PublishedCell.shown(46.4))),
            new PublishedRow(List.of("incidents", "victim_id"), List.of(PublishedCell.shown(50.0))),
            new PublishedRow(List.of("suspects", "disruption"), List.of(c)))));
    tables.put("incidents_summary", new PublishedTable("incidents_summary", "2016-Q4", "partnership",
        List.of("la_code"), List.of("incidents"), List.of(
            new PublishedRow(List.of("ALL"), List.of(PublishedCell.shown(40))),
            new PublishedRow(List.of("E06000043"), List.of(PublishedCell.shown(40))),
            new PublishedRow(List.of("E10000011"), List.of(PublishedCell.shown(0))))));
    tables.put("missing_trend", new PublishedTable("missing_trend", "2016-Q4", "partnership",
        List.of("quarter", "la_code", "population"), List.of("episodes"), List.of(
            new PublishedRow(List.of("2016-Q3", "ALL", "all_missing"), List.of(PublishedCell.shown(0))),
            new PublishedRow(List.of("2016-Q3", "ALL", "cse_cohort"), List.of(PublishedCell.shown(0))),
            new PublishedRow(List.of("2016-Q2", "ALL", "all_missing"), List.of(c)),
            new PublishedRow(List.of("2016-Q4", "ALL", "all_missing"), List.of(PublishedCell.shown(410))))));
    ReportContent content = new ReportContent(fixture.periodLabel(), fixture.periodDates(), fixture.areaNames(),
        fixture.policy(), fixture.marking(), fixture.policyWording(), null, 3, 90, ReportContent.MERGE,
        fixture.produced(), fixture.source(), tables);
    assertThat(IntelligenceGapsSection.gaps(content)).containsSubsequence(
        "No education extract was supplied, so the profile says nothing of education: exclusions and absence.",
        "The field platform of the incidents extract is filled in 46.4% of its rows, so what is counted by it "
            + "describes only some of the records.",
        "No police incident was recorded for East Sussex this quarter, while the partnership as a whole recorded "
            + "some: check that East Sussex's records were in the extract.",
        "No missing episode is recorded in 2016-Q3, while other quarters of the trend have some: the extract may not "
            + "cover that quarter.").hasSize(7);
  }

  @Test
  void onlineIncidentsAreShownByThePlatformsThePublishedTableNames() {
    ReportContent fixture = ReportFixture.content();
    java.util.Map<String, PublishedTable> tables = new java.util.LinkedHashMap<>(fixture.tables());
    PublishedCell c = PublishedCell.withheld(Status.SUPPRESSED);
    List<PublishedRow> rows = new java.util.ArrayList<>();
    Object[][] data = {{"contact_type", "online", 58, 40, 18}, {"platform", "snapchat", 31, 25, 6},
        {"platform", "other", 19, 12, 7}, {"platform", "not_recorded", 8, 0, 8}};
    String[] areas = {"ALL", "E06000043", "E10000011"};
    for (Object[] d : data) {
      for (int a = 0; a < 3; a++) {
        rows.add(new PublishedRow(List.of(areas[a], (String) d[0], (String) d[1]),
            List.of(a == 2 && d[1].equals("snapchat") ? c : PublishedCell.shown((Integer) d[2 + a]))));
      }
    }
    tables.put("incidents_breakdown", new PublishedTable("incidents_breakdown", "2016-Q4", "partnership",
        List.of("la_code", "breakdown", "category"), List.of("incidents"), rows));
    tables.put("input_files", new PublishedTable("input_files", "2016-Q4", "partnership",
        List.of("extract", "source_file"), List.of("rows_read", "rows_quarantined", "percent_quarantined"),
        List.of(MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.PERCENT), List.of(
            new PublishedRow(List.of("incidents", "incidents.csv"), List.of(PublishedCell.shown(120),
                PublishedCell.shown(0), PublishedCell.shown(0.0))))));
    ReportContent content = new ReportContent(fixture.periodLabel(), fixture.periodDates(), fixture.areaNames(),
        fixture.policy(), fixture.marking(), fixture.policyWording(), null, 3, 90, ReportContent.MERGE,
        fixture.produced(), fixture.source(), tables);
    Section incidents = BoardReport.document(content).sections().stream()
        .filter(s -> s.title().equals("Police incidents")).findFirst().orElseThrow();
    Table platforms = incidents.blocks().stream()
        .flatMap(b -> b instanceof org.cseprofile.reports.document.KeepTogether k ? k.blocks().stream()
            : java.util.stream.Stream.of(b))
        .filter(b -> b instanceof Table t && t.id().equals("police-incidents-platforms")).map(b -> (Table) b)
        .findFirst().orElseThrow();
    assertThat(platforms.headers()).containsExactly("Online incidents by platform", "Partnership", "Brighton and Hove",
        "East Sussex");
    assertThat(platforms.rows()).containsExactly(List.of("Snapchat", "31", "25", "c"), List.of("Other", "19", "12", "7"),
        List.of("Not recorded", "8", "0", "8"));
  }

  @Test
  void comparatorsStandBesideThePartnershipsRatesWithTheirSource() {
    ReportContent content = content(null, "measure,area,rate,per,source,date\n"
        + "children_open,England (SYNTHETIC),18.5,10000,Synthetic example,2016\n");
    Section section = BoardReport.document(content).sections().stream()
        .filter(s -> s.title().equals("Comparison with other areas")).findFirst().orElseThrow();
    Table table = (Table) section.blocks().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
    // the fixture has no rates table (no population): the comparators are listed alone
    assertThat(table.rows()).containsExactly(
        List.of("Open to CSE concern", "England (SYNTHETIC)", "Synthetic example", "2016", "18.5"));
    assertThat(BoardReport.html(content)).contains("Definitions may differ");
  }
}
