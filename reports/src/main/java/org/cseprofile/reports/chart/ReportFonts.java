package org.cseprofile.reports.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every chart and the report use: DejaVu Sans, bundled so output looks the same on a
 * machine without system fonts, and so the PDF can embed exactly the font Java measured with.
 */
public final class ReportFonts {
  /** Classpath location of the regular face. */
  public static final String REGULAR_RESOURCE = "/org/cseprofile/reports/fonts/DejaVuSans.ttf";
  /** Classpath location of the bold face. */
  public static final String BOLD_RESOURCE = "/org/cseprofile/reports/fonts/DejaVuSans-Bold.ttf";
  /** Classpath location of the oblique face, for the analyst's emphasis in the report. */
  public static final String OBLIQUE_RESOURCE = "/org/cseprofile/reports/fonts/DejaVuSans-Oblique.ttf";

  private static final Font REGULAR = load(REGULAR_RESOURCE);
  private static final Font BOLD = load(BOLD_RESOURCE);

  private ReportFonts() {}

  /** The regular face at {@code size} points. */
  public static Font regular(float size) {
    return REGULAR.deriveFont(Font.PLAIN, size);
  }

  /** The bold face at {@code size} points. */
  public static Font bold(float size) {
    return BOLD.deriveFont(Font.PLAIN, size);
  }

  /** The bytes of a bundled font file, for embedding in a PDF. */
  public static byte[] bytes(String resource) {
    try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled font missing from the classpath: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled font " + resource, e);
    }
  }

  private static Font load(String resource) {
    try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled font missing from the classpath: " + resource);
      }
      Font font = Font.createFont(Font.TRUETYPE_FONT, in);
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled font " + resource, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("bundled font is not a TrueType font: " + resource, e);
    }
  }
}
