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
import org.cseprofile.reports.report.section.IntelligenceGapsSection;
import org.junit.jupiter.api.Test;

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
