package org.cseprofile.reports.report;

import org.cseprofile.reports.chart.ChartStyle;
import org.cseprofile.reports.document.ChartSvg;
import org.cseprofile.reports.document.PdfReport;
import org.jfree.chart.JFreeChart;

/**
 * A chart as a one-page vector PDF of its own, laid out like the board report (tagged PDF/UA-1 and PDF/A-2u,
 * dated by {@code SOURCE_DATE_EPOCH} or the report's produced day, /ID a digest of its content), so a rerun
 * writes the same bytes.
 */
public final class ChartPdf {
  private ChartPdf() {}

  /** {@code chart}, drawn for the report made of {@code content}, as PDF bytes. */
  public static byte[] pdf(JFreeChart chart, ReportContent content) {
    String title = chart.getTitle().getText();
    String alt = title + ". The chart's numbers, and a description written from them, are in the board report and "
        + "the published tables of " + content.periodLabel() + ".";
    return PdfReport.chart(title + ", " + content.periodLabel(), "en-GB", ChartSvg.of(chart, "chart"), alt,
        ChartStyle.WIDTH, ChartStyle.HEIGHT, BoardReport.producedDay(content).toString());
  }
}
