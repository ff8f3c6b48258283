package org.cseprofile.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cseprofile.reports.document.Block;
import org.cseprofile.reports.document.Figure;
import org.cseprofile.reports.document.HtmlCheck;
import org.cseprofile.reports.document.KeepTogether;
import org.cseprofile.reports.document.Paragraph;
import org.cseprofile.reports.document.ReportDocument;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.document.VeraPdf;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A report with little to draw: no missing-episode file supplied (every missing count x), incidents whose every
 * square is withheld and no place where a missing child was found, and overlapping episodes kept as recorded.
 */
class NothingToDrawTest {
  private static final String PERIOD = ReportFixture.PERIOD;
  private static final String POLICY = ReportFixture.POLICY;
  private static final PublishedCell C = PublishedCell.withheld(Status.SUPPRESSED);
  private static final PublishedCell X = PublishedCell.withheld(Status.NOT_AVAILABLE);

  private static ReportDocument document;
  private static String html;
  private static byte[] pdf;

  @BeforeAll
  static void render() throws Exception {
    Map<String, PublishedTable> tables = new LinkedHashMap<>();
    List<PublishedRow> breakdown = new ArrayList<>();
    for (String band : List.of("under_1_day", "1_to_7_days", "over_7_days")) {
      breakdown.add(new PublishedRow(List.of("ALL", "all_missing", "duration_band", band), List.of(X, X)));
    }
    List<PublishedRow> trend = new ArrayList<>();
    for (String quarter : List.of("2016-Q3", "2016-Q4")) {
      for (String population : List.of("all_missing", "cse_cohort")) {
        trend.add(new PublishedRow(List.of(quarter, "ALL", population), List.of(X)));
      }
    }
    for (PublishedTable t : List.of(ReportFixture.cohort(),
        new PublishedTable("missing_summary", PERIOD, POLICY, List.of("la_code", "population"),
            List.of("episodes", "children", "repeat_missing_children", "returns", "rhi_offered_within_72h_percent",
                "rhi_accepted_percent"), List.of(MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.COUNT,
                MeasureKind.COUNT, MeasureKind.PERCENT, MeasureKind.PERCENT),
            List.of(new PublishedRow(List.of("ALL", "all_missing"), List.of(X, X, X, X, X, X)),
                new PublishedRow(List.of("ALL", "cse_cohort"), List.of(X, X, X, X, X, X)))),
        new PublishedTable("missing_breakdown", PERIOD, POLICY, List.of("la_code", "population", "breakdown",
            "category"), List.of("episodes", "children"), breakdown),
        new PublishedTable("missing_trend", PERIOD, POLICY, List.of("quarter", "la_code", "population"),
            List.of("repeat_missing_children"), trend),
        new PublishedTable("hotspot_grid", PERIOD, POLICY, List.of("layer", "cell_id", "cell_easting", "cell_northing",
            "cell_size_m", "grid_reference"), List.of("events"), List.of(
                new PublishedRow(List.of("incidents", "E531000-N105000-1000m", "531500", "105500", "1000", "TQ 31 05"),
                    List.of(C)),
                new PublishedRow(List.of("incidents", "E532000-N105000-1000m", "532500", "105500", "1000", "TQ 32 05"),
                    List.of(C)))),
        new PublishedTable("input_files", PERIOD, POLICY, List.of("extract", "source_file"),
            List.of("rows_read", "rows_quarantined", "percent_quarantined"),
            List.of(MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.PERCENT), List.of(
                new PublishedRow(List.of("cse_cohort", "cse_cohort.csv"), List.of(PublishedCell.shown(240),
                    PublishedCell.shown(0), PublishedCell.shown(0))),
                new PublishedRow(List.of("incidents", "incidents.csv"), List.of(PublishedCell.shown(35),
                    PublishedCell.shown(0), PublishedCell.shown(0))))),
        new PublishedTable("input_warnings", PERIOD, POLICY, List.of("extract", "source_file", "rule"),
            List.of("rows_with_warning"), List.of(MeasureKind.COUNT), List.of()))) {
      tables.put(t.name(), t);
    }
    Map<String, String> areas = new LinkedHashMap<>();
    areas.put("ALL", "Partnership");
    areas.put("E06000043", "Brighton and Hove");
    areas.put("E10000011", "East Sussex");
    ReportContent content = new ReportContent(PERIOD, "1 October to 31 December 2016", areas, POLICY,
        "OFFICIAL-SENSITIVE", "counts 1 to 4 withheld, others exact", null, 3, 90, ReportContent.KEEP,
        "15 January 2017", "cse-profile test tables", tables);
    document = BoardReport.document(content);
    BoardReport.Outputs outputs = BoardReport.outputs(content);
    html = outputs.html();
    pdf = outputs.pdf();
    // kept for looking at: pdftoppm -png -r 60 reports/target/report-nothing-to-draw/report.pdf page
    Path out = Path.of("target", "report-nothing-to-draw");
    Files.createDirectories(out);
    Files.write(out.resolve("report.pdf"), pdf);
    Files.writeString(out.resolve("report.html"), html);
  }

  @Test
  void aSectionWhoseExtractWasNotSuppliedIsOneSentenceInsteadOfEmptyCharts() {
    Section missing = section("missing-episodes");
    assertThat(missing.blocks()).containsExactly(new Paragraph("No missing-episode file (the SSDA903 missing table) "
        + "was supplied to this run, so there are no missing-episode charts, and every count of missing episodes in "
        + "the published tables is x (not available), never 0."));
  }

  @Test
  void aMapWithNothingToDrawIsASentenceAndAMapOfWithheldSquaresLinksToNoAbsentTable() {
    Section places = section("places");
    List<Figure> figures = blocks(places).stream().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
    assertThat(figures).extracting(Figure::id).containsExactly("places-map-incidents");
    assertThat(figures.get(0).numbersAt()).isNull();
    assertThat(figures.get(0).numbers()).isNull();
    assertThat(figures.get(0).description()).isEqualTo("A map of 1 km squares coloured by the number of incidents. "
        + "Two squares with any, of which two squares with a small count (withheld, grey).");
    assertThat(blocks(places)).contains(new Paragraph("Map of where missing children were found: no chart, because "
        + "no missing-episode file was supplied to this run."), new Paragraph("No square has enough incidents to be "
        + "shown."));
    assertThat(blocks(places)).noneMatch(Table.class::isInstance);
  }

  @Test
  void theHtmlHasNoLinkWithoutATargetAndPassesTheWcagCheck() {
    assertThat(HtmlCheck.violations(html)).isEmpty();
    assertThat(html).doesNotContain("href=\"#places-incidents\"");
  }

  @Test
  void thePdfSaysTheSameAndPassesPdfUa1() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("No missing-episode file (the SSDA903 missing table) was supplied to this run",
          "Map of where missing children were found: no chart, because no missing-episode file was supplied",
          "Every missing episode is counted as recorded", "No row was used with a warning.");
    }
    VeraPdf.Outcome outcome = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
    assertThat(outcome.failedRules()).isEmpty();
  }

  @Test
  void theDefinitionsSayOverlappingEpisodesWereKeptAsRecorded() {
    assertThat(section("definitions-and-method").blocks()).contains(new Paragraph("Overlapping missing episodes. Every "
        + "missing episode is counted as recorded, even where it overlaps another of the same child, so one absence "
        + "recorded twice counts as two episodes and two returns; the data-quality annex says how many rows "
        + "overlapped. (Setting: --missing-overlaps keep; the default, merge, counts overlapping episodes as one "
        + "spell.)"));
  }

  @Test
  void aChartOfZerosWithheldOrMissingValuesIsASentenceSayingWhich() {
    List<String> headers = List.of("Band", "Episodes");
    assertThat(SectionWriter.nothingToDraw(new Table("t", "c", "s", headers, 1, List.of(List.of("a", "x")))))
        .contains("the data it is drawn from were not supplied to this run (its values are x, not available)");
    assertThat(SectionWriter.nothingToDraw(new Table("t", "c", "s", headers, 1, List.of(List.of("a", "0")))))
        .contains("every value is 0 this quarter");
    assertThat(SectionWriter.nothingToDraw(new Table("t", "c", "s", headers, 1, List.of(List.of("a", "c")))))
        .contains("every value is withheld (c): the counts are small, or would let a reader work out a small count");
    assertThat(SectionWriter.nothingToDraw(new Table("t", "c", "s", headers, 1,
        List.of(List.of("a", "c"), List.of("b", "0"), List.of("d", "x")))))
        .contains("no value above 0 can be shown: each is 0, withheld (c) or not available (x)");
    assertThat(SectionWriter.nothingToDraw(new Table("t", "c", "s", headers, 1,
        List.of(List.of("a", "c"), List.of("b", "1,210"))))).isEmpty();
    Table zeros = new Table("t", "Episodes by band", "s", headers, 1, List.of(List.of("a", "0")));
    assertThat(new SectionWriter("S").figure("f", null, "words", zeros).section().orElseThrow().blocks())
        .containsExactly(new Paragraph("Episodes by band: no chart, because every value is 0 this quarter."));
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
}
