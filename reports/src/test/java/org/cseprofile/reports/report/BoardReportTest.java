package org.cseprofile.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cseprofile.reports.document.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class BoardReportTest {
  private static byte[] pdf;
  private static String html;

  @BeforeAll
  static void render() throws Exception {
    ReportContent content = ReportFixture.content();
    pdf = BoardReport.render(content);
    html = BoardReport.html(content);
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
    assertThat(outcome.checks()).isPositive();
  }

  @Test
  void thePdfPassesPdfA2u() throws Exception {
    VeraPdf.Outcome outcome = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_U);
    System.out.println("veraPDF PDF/A-2u checks: " + outcome.checks() + ", failed rules: " + outcome.failedRules());
    assertThat(outcome.failedRules()).isEmpty();
    assertThat(outcome.checks()).isPositive();
  }
}
