package org.cseprofile.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cseprofile.reports.document.Block;
import org.cseprofile.reports.document.Bullets;
import org.cseprofile.reports.document.Figure;
import org.cseprofile.reports.document.HtmlCheck;
import org.cseprofile.reports.document.KeepTogether;
import org.cseprofile.reports.document.Paragraph;
import org.cseprofile.reports.document.PdfReport;
import org.cseprofile.reports.document.ReportDocument;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.document.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class BoardReportTest {
  private static ReportDocument document;
  private static byte[] pdf;
  private static String html;

  @BeforeAll
  static void render() throws Exception {
    ReportContent content = ReportFixture.content();
    document = BoardReport.document(content);
    BoardReport.Outputs outputs = BoardReport.outputs(content);
    pdf = PdfReport.render(document, null);
    html = outputs.html();
    // kept for looking at: pdftoppm -png -r 60 reports/target/report-fixture/report.pdf page
    Path out = Path.of("target", "report-fixture");
    Files.createDirectories(out);
    Files.write(out.resolve("report.pdf"), pdf);
    Files.writeString(out.resolve("report.html"), html);
  }

  @Test
  void thePdfPassesPdfUa1() throws Exception {
    VeraPdf.Outcome outcome = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
    System.out.println("veraPDF PDF/UA-1 checks: " + outcome.checks() + ", failed rules: " + outcome.failedRules());
    assertThat(outcome.failedRules()).isEmpty();
    assertThat(outcome.checks()).isGreaterThan(1000);
  }

  @Test
  void thePdfPassesPdfA2u() throws Exception {
    VeraPdf.Outcome outcome = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_U);
    System.out.println("veraPDF PDF/A-2u checks: " + outcome.checks() + ", failed rules: " + outcome.failedRules());
    assertThat(outcome.failedRules()).isEmpty();
    assertThat(outcome.checks()).isGreaterThan(1000);
  }

  @Test
  void theHtmlPassesTheWcagCheck() {
    assertThat(HtmlCheck.violations(html)).isEmpty();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"")
        .doesNotContain("<link", "<script", "src=\"http");
  }

  @Test
  void thePdfHasBookmarksLanguageTitleAndItsMarkingOnEveryPage() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
      }
      List<String> titles = new ArrayList<>(List.of("Contents"));
      document.sections().forEach(s -> titles.add(s.title()));
      assertThat(bookmarks).isEqualTo(titles);
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Child sexual exploitation: partnership problem profile, 2016-Q4");
      int pages = doc.getNumberOfPages();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= pages; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        assertThat(stripper.getText(doc)).contains("OFFICIAL-SENSITIVE", "Page " + p + " of " + pages);
      }
    }
  }

  @Test
  void sectionsComeInOrderWithTheAccessibilityStatementLast() {
    assertThat(document.sections().stream().map(Section::title)).containsExactly("Key findings",
        "Children open to CSE concern", "Who the children are", "Risk and model of exploitation", "Vulnerabilities",
        "Missing episodes", "Across authority borders", "Intelligence gaps", "Definitions and method", "Annex: data quality",
        "Note on suppression", "Accessibility statement");
  }

  @Test
  void everyChartIsDescribedFromItsDataAndHasItsNumbersAsATable() {
    List<Figure> figures = blocks().stream().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
    List<String> tableIds = blocks().stream().filter(Table.class::isInstance).map(b -> ((Table) b).id()).toList();
    assertThat(figures).hasSize(3);
    for (Figure f : figures) {
      assertThat(f.numbers() != null || tableIds.contains(f.numbersAt())).as(f.id()).isTrue();
    }
    assertThat(figures.get(0).description()).isEqualTo("Lines over eight quarters. Open to CSE concern: 90 in 2015-Q1, "
        + "120 in 2016-Q4; the highest was 120 in 2016-Q4. Newly identified: 25 in 2015-Q1, 32 in 2016-Q4; the highest "
        + "was 32 in 2016-Q4; one quarter withheld (c).");
    assertThat(figures.get(1).description()).isEqualTo("Girls outnumber boys at each age where both counts are shown. "
        + "The largest group is girls aged 15 (21). Children whose gender is not recorded are not shown.");
    assertThat(figures.get(2).description()).isEqualTo("Partnership: percentage of the children open to CSE concern "
        + "with each vulnerability: five bars. Of those shown, the largest is missing in the last 12 months (53.3%), "
        + "then looked after (37.5%) and domestic abuse at home (31.7%). The smallest shown is CIN factor: gangs "
        + "(10.0%). One value is withheld (c).");
    assertThat(figures.get(1).numbers().rows()).containsExactly(
        List.of("Girls", "6", "9", "14", "18", "21", "12", "8"), List.of("Boys", "c", "5", "6", "7", "6", "c", "0"));
  }

  @Test
  void aCrossBorderTableWhoseEveryValueIsWithheldBecomesASentence() {
    Section crossBorder = document.sections().stream().filter(s -> s.id().equals("across-authority-borders"))
        .findFirst().orElseThrow();
    assertThat(crossBorder.blocks()).noneMatch(Table.class::isInstance);
    // The fixture's run read no incidents: those counts are x, and the rest withheld.
    assertThat(crossBorder.blocks()).contains(new Paragraph("Every count of children known in another authority that "
        + "the extracts supplied give is withheld (c) this quarter: the counts are small, or would let a reader work "
        + "out a small count. The published table cross_border lists them with the same symbols."));
  }

  @Test
  void theAnnexListsRowsUsedWithAWarningInPlainWordsWithWhatEachCost() {
    Section annex = section("annex-data-quality");
    assertThat(annex.blocks()).contains(new Paragraph("In all, 1,450 rows were read and 12 of them (0.8%) set aside: "
        + "that is the information this report lost to rows it could not use."));
    Table warnings = blocks(annex).stream().filter(Table.class::isInstance).map(Table.class::cast)
        .filter(t -> t.id().equals("annex-data-quality-warnings")).findFirst().orElseThrow();
    assertThat(warnings.headers()).containsExactly("File", "Warning", "Rows");
    assertThat(warnings.rows()).containsExactly(
        List.of("missing_episodes.csv", "No authority column: the authority was taken from the file's name", "1,198"),
        List.of("missing_episodes.csv", "Missing episodes overlapping another of the same child", "6"),
        List.of("missing_episodes.csv", "A column the data contract does not define", "c"));
    assertThat(annex.blocks()).contains(new Bullets(List.of(
        "No authority column: the authority was taken from the file's name: nothing, if the file's name names the "
            + "authority that recorded its episodes.",
        "Missing episodes overlapping another of the same child: no row was dropped: each was counted in one spell "
            + "with the episodes it overlaps, but the dates should be corrected at source.",
        "A column the data contract does not define: that column only: it was ignored, and the rows were used.")));
    assertThat(html).contains("Rows used with a warning, by file and warning");
  }

  @Test
  void theDefinitionsSayHowOverlappingMissingEpisodesWereCounted() {
    Section method = section("definitions-and-method");
    assertThat(method.blocks()).anyMatch(b -> b instanceof Paragraph p && p.text().startsWith(
        "Overlapping missing episodes. Where two or more missing episodes of one child overlap")
        && p.text().endsWith("(Setting: --missing-overlaps merge.)"));
  }

  @Test
  void thePdfBytesDependOnlyOnTheReportAndSourceDateEpoch() throws Exception {
    assertThat(PdfReport.render(document, null)).isEqualTo(pdf);
    byte[] dated = PdfReport.render(document, "1500000000");
    assertThat(dated).isNotEqualTo(pdf);
    try (PDDocument a = Loader.loadPDF(pdf); PDDocument b = Loader.loadPDF(dated)) {
      assertThat(a.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(java.time.Instant.parse("2017-01-15T00:00:00Z"));
      assertThat(b.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(java.time.Instant.parse("2017-07-14T02:40:00Z"));
      assertThat(new String(a.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("2017-01-15T00:00:00");
    }
  }

  private static Section section(String id) {
    return document.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Block> blocks(Section section) {
    List<Block> all = new ArrayList<>();
    for (Block b : section.blocks()) {
      all.add(b);
      if (b instanceof KeepTogether k) {
        all.addAll(k.blocks());
      }
    }
    return all;
  }

  private static List<Block> blocks() {
    List<Block> all = new ArrayList<>();
    for (Section s : document.sections()) {
      for (Block b : s.blocks()) {
        all.add(b);
        if (b instanceof KeepTogether k) {
          all.addAll(k.blocks());
        }
        if (b instanceof Figure f && f.numbers() != null) {
          all.add(f.numbers());
        }
      }
    }
    return all;
  }
}
