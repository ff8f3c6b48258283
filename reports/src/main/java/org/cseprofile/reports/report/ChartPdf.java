package org.cseprofile.reports.report;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import org.cseprofile.reports.chart.ChartStyle;
import org.jfree.chart.JFreeChart;

/** Charts as vectors: a PDF template for the report, or a one-page PDF file of its own. */
public final class ChartPdf {
  private ChartPdf() {}

  /** The chart drawn as vectors into a template of {@link ChartStyle#WIDTH} by {@link ChartStyle#HEIGHT} points. */
  public static Image image(PdfContentByte canvas, JFreeChart chart, PdfFonts fonts) {
    PdfTemplate template = canvas.createTemplate(ChartStyle.WIDTH, ChartStyle.HEIGHT);
    Graphics2D g = template.createGraphics(ChartStyle.WIDTH, ChartStyle.HEIGHT, fonts);
    try {
      chart.draw(g, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
    } finally {
      g.dispose();
    }
    try {
      return Image.getInstance(template);
    } catch (com.lowagie.text.BadElementException e) {
      throw new IllegalStateException("cannot place a chart in the PDF", e);
    }
  }

  /** The chart as a one-page vector PDF, fonts embedded. */
  public static byte[] pdf(JFreeChart chart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(new Rectangle(ChartStyle.WIDTH, ChartStyle.HEIGHT), 0, 0, 0, 0);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.open();
    try {
      document.add(image(writer.getDirectContent(), chart, new PdfFonts()));
    } finally {
      document.close();
    }
    return out.toByteArray();
  }
}
