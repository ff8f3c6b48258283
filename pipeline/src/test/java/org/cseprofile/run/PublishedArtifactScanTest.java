package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.catalogue.ProfileCatalogue;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.period.Period;
import org.cseprofile.profile.ProfileSettings;
import org.cseprofile.reports.document.HtmlCheck;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.table.Columns;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.table.PublishedFiles;
import org.cseprofile.table.TableNames;
import org.cseprofile.testing.SampleRun;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * Runs the bundled sample once and scans every published artifact (CSV, Parquet, the chart PDFs'
 * text, the report's text) for a count between 1 and the policy's threshold; checks the audit.
 */
@ExtendWith(SparkExtension.class)
class PublishedArtifactScanTest {
  private static final DisclosurePolicy POLICY = DisclosurePolicy.PARTNERSHIP;
  private static final Period PERIOD = Period.parseQuarter("2016-Q4");

  static Path out;
  /** Where a test writes: the shared run's output is only read. */
  @TempDir
  static Path copies;

  static RunResult result;
  static Path published;

  @BeforeAll
  static void runTheSample(SparkSession spark) {
    result = SampleRun.result(spark);
    out = SampleRun.output(spark);
    published = out.resolve("published").resolve(PERIOD.label());
    try { // TEMPORARY
      Files.createDirectories(Path.of("target/sample-report"));
      Files.copy(published.resolve("report.pdf"), Path.of("target/sample-report/report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.copy(published.resolve("report.html"), Path.of("target/sample-report/report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) { throw new java.io.UncheckedIOException(e); }
  }

  @Test
  void everyProfileTableIsPublishedAsCsvAndParquetWithTheReportAndCharts() {
    List<String> names = new ArrayList<>(ProfileCatalogue.names());
    names.add(TableNames.INPUT_FILES);
    names.add(TableNames.COMPLETENESS_PUBLISHED);
    names.add(TableNames.HOTSPOT_GRID);
    for (String name : names) {
      assertThat(published.resolve("tables").resolve(name + ".csv")).exists();
      assertThat(published.resolve("tables").resolve(name + ".parquet")).exists();
    }
    assertThat(published.resolve("report.pdf")).exists();
    assertThat(published.resolve("report.html")).exists();
    assertThat(published.resolve("charts").resolve("vulnerabilities.png")).exists();
    assertThat(published.resolve("charts").resolve("vulnerabilities.pdf")).exists();
    assertThat(result.report().disclosure().passed()).isTrue();
    assertThat(result.report().disclosure().primary()).isPositive();
    assertThat(result.report().disclosure().secondary()).isPositive();
  }

  @Test
  void noParquetCountIsBetweenOneAndTheThreshold() throws IOException {
    for (Path file : files(".parquet")) {
      PublishedTable table = PublishedFiles.readParquet(new Configuration(), new org.apache.hadoop.fs.Path(file.toUri()));
      assertThat(table.policy()).isEqualTo(POLICY.name());
      assertThat(table.period()).isEqualTo(PERIOD.label());
      for (PublishedRow row : table.rows()) {
        for (int m = 0; m < table.measures().size(); m++) {
          if (table.kinds().get(m) == MeasureKind.COUNT && row.cells().get(m).isShown()) {
            assertThat(small(row.cells().get(m).value())).as("%s %s %s", table.name(), row.dimensions(),
                table.measures().get(m)).isFalse();
          }
        }
      }
    }
  }

  @Test
  void noCsvCountIsBetweenOneAndTheThresholdAndEveryRowNamesThePolicy() throws IOException {
    for (Path file : files(".csv")) {
      String name = file.getFileName().toString().replace(".csv", "");
      PublishedTable table = PublishedFiles.readParquet(new Configuration(),
          new org.apache.hadoop.fs.Path(file.resolveSibling(name + ".parquet").toUri()));
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          CSVParser csv = CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
        int rows = 0;
        for (CSVRecord record : csv) {
          rows++;
          assertThat(record.get(PublishedFiles.POLICY)).isEqualTo(POLICY.name());
          for (String measure : table.measures()) {
            if (table.kind(measure) == MeasureKind.COUNT) {
              String v = record.get(measure);
              assertThat(v.matches("\\d+") ? small(Long.parseLong(v)) : !List.of("c", "x", "z").contains(v))
                  .as("%s %s", name, measure).isFalse();
            }
          }
        }
        assertThat(rows).isEqualTo(table.rows().size());
      }
    }
  }

  @Test
  void noSmallCountInTheTextOfTheReportOrTheCharts() throws IOException {
    List<Path> pdfs = new ArrayList<>(files(".pdf"));
    assertThat(pdfs).hasSizeGreaterThan(5);
    for (Path pdf : pdfs) {
      String text;
      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        text = new PDFTextStripper().getText(document);
      }
      String scanned = withoutFixedText(text);
      Matcher m = Pattern.compile("(?<![\\w.,%/-])(\\d+)(?![\\w.,%/])").matcher(scanned);
      while (m.find()) {
        long n = Long.parseLong(m.group(1));
        int from = Math.max(0, m.start() - 40);
        assertThat(small(n)).as("%s: small number in \"%s\"", pdf.getFileName(),
            scanned.substring(from, Math.min(scanned.length(), m.end() + 40)).replace('\n', ' ')).isFalse();
      }
    }
  }

  @Test
  void noSmallCountInTheTextOfTheHtmlReport() throws IOException {
    String scanned = withoutFixedText(htmlText(Files.readString(published.resolve("report.html"))));
    assertThat(scanned).contains("Key findings");
    Matcher m = Pattern.compile("(?<![\\w.,%/-])(\\d+)(?![\\w.,%/])").matcher(scanned);
    while (m.find()) {
      int from = Math.max(0, m.start() - 40);
      assertThat(small(Long.parseLong(m.group(1)))).as("report.html: small number in \"%s\"",
          scanned.substring(from, Math.min(scanned.length(), m.end() + 40)).replace('\n', ' ')).isFalse();
    }
  }

  @Test
  void theReportPassesPdfUaAndPdfAAndTheHtmlCheckAsRunAndWhenFiltered() throws Exception {
    byte[] pdf = Files.readAllBytes(published.resolve("report.pdf"));
    assertThat(veraPdfFailures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(veraPdfFailures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
    assertThat(HtmlCheck.violations(Files.readString(published.resolve("report.html")))).isEmpty();

    OutputLayout layout = new OutputLayout(out.toString());
    OutputLayout filtered = new OutputLayout(copies.resolve("filtered").toString());
    BoardReportStep.write(new Configuration(), filtered, PERIOD, BoardReportStep.read(new Configuration(), layout, PERIOD),
        new ReportFacts(SampleRun.RUN_DATE, "la_code in E06000043", ProfileSettings.DEFAULTS),
        BoardReportStep.maps(new Configuration(), layout, PERIOD));
    Path folder = copies.resolve("filtered/published").resolve(PERIOD.label());
    byte[] filteredPdf = Files.readAllBytes(folder.resolve("report.pdf"));
    assertThat(veraPdfFailures(filteredPdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(veraPdfFailures(filteredPdf, PDFAFlavour.PDFA_2_U)).isEmpty();
    String html = Files.readString(folder.resolve("report.html"));
    assertThat(HtmlCheck.violations(html)).isEmpty();
    assertThat(html).contains("Ad hoc run, filtered: la_code in E06000043. This is not the standard profile.");
  }

  /** The veraPDF rules {@code pdf} fails for {@code flavour}, by clause and test number. */
  private static List<String> veraPdfFailures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    try (var in = new java.io.ByteArrayInputStream(pdf);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      return validator.validate(parser).getTestAssertions().stream()
          .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()).distinct().sorted().toList();
    }
  }

  @Test
  void thePublishedFolderHoldsNoBookkeepingFile() throws IOException {
    List<String> hidden = files("").stream().map(p -> p.getFileName().toString())
        .filter(n -> n.startsWith(".") || n.startsWith("_")).toList();
    assertThat(hidden).isEmpty();
    assertThat(files(".pdf")).isNotEmpty();
  }

  /** The text a reader sees in an HTML page and its attributes' words: no style sheet, no drawing, no tags. */
  static String htmlText(String html) {
    return html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<svg.*?</svg>", " ")
        .replaceAll("(?s)<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  @Test
  void theReportHasItsPagesFontsAndMarking() throws IOException {
    try (PDDocument document = Loader.loadPDF(published.resolve("report.pdf").toFile())) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(10);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("OFFICIAL-SENSITIVE", "Key findings", "Note on suppression", "Annex: data quality",
          "Page 1 of " + pages, "Page " + pages + " of " + pages);
      for (var page : document.getPages()) {
        for (var fontName : page.getResources().getFontNames()) {
          assertThat(page.getResources().getFont(fontName).isEmbedded()).isTrue();
        }
      }
    }
  }

  @Test
  void theReportIsRedrawnFromThePublishedTablesAlone() throws IOException {
    OutputLayout layout = new OutputLayout(out.toString());
    List<PublishedTable> tables = BoardReportStep.read(new Configuration(), layout, PERIOD);
    Path copy = copies.resolve("copy");
    ReportFacts facts = BoardReportStep.facts(new Configuration(), layout, PERIOD, SampleRun.RUN_DATE);
    assertThat(facts).isEqualTo(new ReportFacts(SampleRun.RUN_DATE, null, ProfileSettings.DEFAULTS));
    List<String> files = BoardReportStep.write(new Configuration(), new OutputLayout(copy.toString()), PERIOD, tables,
        facts, BoardReportStep.maps(new Configuration(), layout, PERIOD));
    assertThat(files).hasSize(24); // 11 charts as PNG and PDF, and the report as PDF and HTML
    try (PDDocument a = Loader.loadPDF(published.resolve("report.pdf").toFile());
        PDDocument b = Loader.loadPDF(copy.resolve("published/2016-Q4/report.pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(b)).isEqualTo(new PDFTextStripper().getText(a));
    }
  }

  @Test
  void theHotspotMapIsPublishedOnOneKilometreSquaresAndTheFineGridNowhere() throws IOException {
    PublishedTable grid = PublishedFiles.readParquet(new Configuration(),
        new org.apache.hadoop.fs.Path(published.resolve("tables/hotspot_grid.parquet").toUri()));
    assertThat(grid.rows()).isNotEmpty();
    assertThat(grid.rows()).allSatisfy(r -> assertThat(r.dimensions().get(grid.dimension(Columns.CELL_SIZE_M)))
        .isEqualTo("1000"));
    assertThat(grid.rows()).anySatisfy(r -> assertThat(r.cells().get(0).isShown()).isTrue());
    assertThat(grid.rows()).anySatisfy(r -> assertThat(r.cells().get(0).isShown()).isFalse());
    assertThat(published.resolve("charts/map-incidents.png")).exists();
    assertThat(published.resolve("charts/map-found.pdf")).exists();
    for (Path file : files("")) {
      if (Files.isRegularFile(file) && file.toString().endsWith(".csv")) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("-250m");
      }
    }
  }

  @Test
  void theAuditOfEveryWithheldCellPasses(SparkSession spark) {
    List<Row> audit = spark.read().parquet(new OutputLayout(out.toString()).restrictedTable(TableNames.DISCLOSURE_AUDIT)
        .toString()).filter(org.apache.spark.sql.functions.col(Columns.PERIOD).equalTo(PERIOD.label())).collectAsList();
    assertThat(audit).hasSize(result.report().disclosure().audited());
    for (Row r : audit) {
      long lower = r.getAs(Columns.LOWER);
      Long upper = r.getAs(Columns.UPPER);
      boolean exposed = upper != null && upper - lower < POLICY.largestSuppressed() && lower >= 1
          && lower <= POLICY.largestSuppressed();
      assertThat(exposed).as("%s %s %s", r.getAs(Columns.TABLE_NAME), r.getAs(Columns.ROW_KEY),
          r.getAs(Columns.COLUMN_NAME)).isFalse();
    }
  }

  @Test
  void theTextScanFindsASmallCountButNotFixedText() {
    Pattern number = Pattern.compile("(?<![\\w.,%/-])(\\d+)(?![\\w.,%/])");
    Matcher leak = number.matcher(withoutFixedText("Girls 3 of 279 (1.2%)"));
    List<String> found = new ArrayList<>();
    while (leak.find()) {
      found.add(leak.group(1));
    }
    assertThat(found).containsExactly("3", "279");
    assertThat(number.matcher(withoutFixedText("Page 3 of 18, 2016-Q4: 1 October 2016, counts 1 to 4 withheld, 95%"))
        .find()).isFalse();
  }

  /**
   * The report's fixed text: page numbers, dates, the policy's own thresholds, the repeat-missing
   * definition, OS grid references (TQ 31 04). Everything else that is a whole number must not be a small count.
   */
  static String withoutFixedText(String text) {
    String[] fixed = {
        "Page \\d+ of \\d+", "\\d{1,2} (January|February|March|April|May|June|July|August|September|October|"
            + "November|December) \\d{4}", "counts 1 to 4 withheld", "counts 1 to 7 withheld",
        "3 or more episodes starting within 90 days", "\\d{4}-Q\\d", "95%",
        "page \\d+", "\\d+ km", "\\b[A-Z]{2}( \\d{1,5}){2}\\b"};
    String result = text;
    for (String f : fixed) {
      result = result.replaceAll(f, " ");
    }
    return result;
  }

  private static boolean small(double value) {
    return value >= 1 && value <= POLICY.largestSuppressed();
  }

  private static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> all = Files.walk(published)) {
      return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
