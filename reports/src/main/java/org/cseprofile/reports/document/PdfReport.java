package org.cseprofile.reports.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.regex.Matcher;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.DateConverter;
import org.cseprofile.reports.chart.ReportFonts;

/**
 * A report laid out by openhtmltopdf as a tagged PDF: PDF/UA-1 (structure tree, alternative text,
 * language, title shown in the window) and PDF/A-2u (fonts embedded, sRGB output intent, XMP).
 * The bytes depend only on the report: its dates are {@code SOURCE_DATE_EPOCH} when that is set,
 * otherwise midnight UTC of the day the report says it was produced, and its file identifier is a
 * digest of its source.
 */
public final class PdfReport {
  /** The environment variable of reproducible builds: seconds since 1970 to use as the PDF's date. */
  public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

  static {
    // openhtmltopdf reports each layout step at INFO on stderr; a run's terminal shows only its warnings
    for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
      com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
    }
  }

  private PdfReport() {}

  /** The report as PDF bytes, dated by {@code SOURCE_DATE_EPOCH} when the environment sets it. */
  public static byte[] render(ReportDocument document) {
    return render(document, System.getenv(SOURCE_DATE_EPOCH));
  }

  /** The report as PDF bytes; {@code sourceDateEpoch} (seconds, or null) overrides the produced day as its date. */
  public static byte[] render(ReportDocument document, String sourceDateEpoch) {
    return pdf(HtmlReport.render(document, Medium.PDF), date(document.produced(), sourceDateEpoch));
  }

  /**
   * One chart as a one-page PDF of its own ({@code width} by {@code height} points), tagged like the report
   * (PDF/UA-1, PDF/A-2u) with {@code alt} as its text alternative; dated and identified like the report, so
   * its bytes depend only on the chart, {@code produced} (yyyy-mm-dd) and {@code SOURCE_DATE_EPOCH}.
   */
  public static byte[] chart(String title, String language, String svg, String alt, int width, int height,
      String produced) {
    String html = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + HtmlReport.attr(language)
        + "\" xml:lang=\"" + HtmlReport.attr(language) + "\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>"
        + HtmlReport.text(title) + "</title>\n<meta name=\"subject\" content=\"" + HtmlReport.attr(alt) + "\"/>\n"
        + "<meta name=\"description\" content=\"" + HtmlReport.attr(alt) + "\"/>\n"
        + "<meta name=\"author\" content=\"cse-profile\"/>\n<style>\n"
        + "@page { size: " + width + "pt " + height + "pt; margin: 0; }\n"
        + "html, body, main, figure { margin: 0; padding: 0; }\n"
        + "svg { display: block; width: " + width + "pt; height: " + (height - 1) + "pt; }\n"
        + "</style>\n</head>\n<body>\n<main>\n<figure>\n"
        + svg.replaceFirst("<svg", java.util.regex.Matcher.quoteReplacement("<svg alt=\"" + HtmlReport.attr(alt) + "\""))
        + "\n</figure>\n</main>\n</body>\n</html>\n";
    return pdf(html, date(produced, System.getenv(SOURCE_DATE_EPOCH)));
  }

  /** XHTML laid out as a tagged PDF/UA-1 and PDF/A-2u document dated {@code date}, its /ID a digest of the XHTML. */
  private static byte[] pdf(String html, Calendar date) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessbility(true);
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
    builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    builder.useFont(() -> new ByteArrayInputStream(ReportFonts.bytes(ReportFonts.REGULAR_RESOURCE)), ReportStyle.FONT,
        400, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(() -> new ByteArrayInputStream(ReportFonts.bytes(ReportFonts.BOLD_RESOURCE)), ReportStyle.FONT,
        700, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(() -> new ByteArrayInputStream(ReportFonts.bytes(ReportFonts.OBLIQUE_RESOURCE)), ReportStyle.FONT,
        400, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.ITALIC, true);
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.withProducer("cse-profile");
    builder.withHtmlContent(html, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var renderer = builder.buildPdfRenderer(); PDDocument pdf = renderer.createPDFKeepOpen()) {
      fix(pdf, date, html);
      pdf.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay out the report as PDF", e);
    }
    return out.toByteArray();
  }

  /** Replaces the time of rendering in the information dictionary and XMP by the report's date, and sets the /ID. */
  private static void fix(PDDocument pdf, Calendar date, String html) throws IOException {
    pdf.getDocumentInformation().setCreationDate(date);
    pdf.getDocumentInformation().setModificationDate(null);
    PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
    if (metadata != null) {
      String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
      String when = Matcher.quoteReplacement(DateConverter.toISO8601(date));
      xmp = xmp.replaceAll("(<xmp:CreateDate>)[^<]*(</xmp:CreateDate>)", "$1" + when + "$2")
          .replaceAll("(xmp:CreateDate=\")[^\"]*(\")", "$1" + when + "$2")
          .replaceAll("<xmp:ModifyDate>[^<]*</xmp:ModifyDate>", "")
          .replaceAll("xmp:ModifyDate=\"[^\"]*\"", "");
      PDMetadata fixed = new PDMetadata(pdf);
      fixed.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
      pdf.getDocumentCatalog().setMetadata(fixed);
    }
    byte[] digest = sha256(html.getBytes(StandardCharsets.UTF_8));
    COSArray id = new COSArray();
    id.add(new COSString(Arrays.copyOf(digest, 16)));
    id.add(new COSString(Arrays.copyOf(digest, 16)));
    pdf.getDocument().getTrailer().setItem(COSName.ID, id);
  }

  static Calendar date(String produced, String sourceDateEpoch) {
    Instant instant;
    if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
      try {
        instant = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(SOURCE_DATE_EPOCH + " must be a whole number of seconds since 1970");
      }
    } else {
      instant = LocalDate.parse(produced).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.UK);
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
