package org.cseprofile.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cseprofile.reports.chart.ProfileCharts;
import org.cseprofile.reports.document.VeraPdf;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class ChartPdfTest {
  @Test
  void aChartPdfIsOneTaggedPageWhoseBytesDependOnlyOnTheChartAndTheReportsDay() throws Exception {
    // Finding 9 of issue 14: OpenPDF embedded the time of writing, a random /ID and random font subset names.
    ReportContent content = ReportFixture.content();
    byte[] first = ChartPdf.pdf(ProfileCharts.cohortTrend(ReportFixture.cohortTrend(), content.note()), content);
    Thread.sleep(1100);
    byte[] second = ChartPdf.pdf(ProfileCharts.cohortTrend(ReportFixture.cohortTrend(), content.note()), content);
    assertThat(second).isEqualTo(first);
    // kept for looking at: pdftoppm -png -r 60 reports/target/chart-pdf/cohort-trend.pdf page
    Files.createDirectories(Path.of("target", "chart-pdf"));
    Files.write(Path.of("target", "chart-pdf", "cohort-trend.pdf"), first);
    try (PDDocument pdf = Loader.loadPDF(first)) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      // 800 by 480 points, as the layout engine rounds them
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(800f, org.assertj.core.data.Offset.offset(0.1f));
      assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(480f, org.assertj.core.data.Offset.offset(0.1f));
      assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(java.time.Instant.parse("2017-01-15T00:00:00Z"));
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("Children open to CSE concern, last eight quarters, 2016-Q4");
    }
    assertThat(VeraPdf.validate(first, PDFAFlavour.PDFUA_1).failedRules()).isEmpty();
    assertThat(VeraPdf.validate(first, PDFAFlavour.PDFA_2_U).failedRules()).isEmpty();
  }
}
