package org.cseprofile.reports.report;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.cseprofile.reports.chart.ReportFonts;

/**
 * The bundled DejaVu faces as embedded PDF fonts (Identity-H, so any character prints), and the
 * mapping that makes charts drawn through OpenPDF's Graphics2D use exactly the font Java measured.
 */
public final class PdfFonts implements FontMapper {
  private final BaseFont regular = create(ReportFonts.REGULAR_RESOURCE, "DejaVuSans.ttf");
  private final BaseFont bold = create(ReportFonts.BOLD_RESOURCE, "DejaVuSans-Bold.ttf");

  /** The regular face. */
  public BaseFont regular() {
    return regular;
  }

  /** The bold face. */
  public BaseFont bold() {
    return bold;
  }

  /** A text font of the regular or bold face. */
  public Font font(float size, boolean heavy, Color colour) {
    Font font = new Font(heavy ? bold : regular, size);
    font.setColor(colour);
    return font;
  }

  @Override
  public BaseFont awtToPdf(java.awt.Font font) {
    return font.getFontName().contains("Bold") ? bold : regular;
  }

  @Override
  public java.awt.Font pdfToAwt(BaseFont font, int size) {
    return font == bold ? ReportFonts.bold(size) : ReportFonts.regular(size);
  }

  private static BaseFont create(String resource, String name) {
    try {
      return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED,
          ReportFonts.bytes(resource), null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot embed bundled font " + name, e);
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException("cannot embed bundled font " + name, e);
    }
  }
}
