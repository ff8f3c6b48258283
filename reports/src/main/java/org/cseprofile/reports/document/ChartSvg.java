package org.cseprofile.reports.document;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.cseprofile.reports.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A chart as an inline SVG element, drawn by Apache Batik's {@link SVGGraphics2D} (Apache-2.0).
 * Text is drawn as outlines, so the chart looks the same in every browser and in the PDF whatever
 * fonts the reader has; its words are in the figure's text alternative and table. Identifiers are
 * prefixed with the chart's id, so several charts can share one HTML page.
 */
public final class ChartSvg {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  private ChartSvg() {}

  /** The chart drawn at {@link ChartStyle#WIDTH} by {@link ChartStyle#HEIGHT}, as an {@code <svg>} element. */
  public static String of(JFreeChart chart, String id) {
    DOMImplementation dom = org.apache.batik.dom.GenericDOMImplementation.getDOMImplementation();
    Document document = dom.createDocument(SVG_NS, "svg", null);
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setIDGenerator(new SVGIDGenerator() {
      @Override
      public String generateID(String prefix) {
        return super.generateID(id + "-" + prefix);
      }
    });
    context.setComment(null);
    SVGGraphics2D g = new SVGGraphics2D(context, true);
    g.setSVGCanvasSize(new java.awt.Dimension(ChartStyle.WIDTH, ChartStyle.HEIGHT));
    chart.draw(g, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
    Element root = g.getRoot();
    root.setAttributeNS(null, "viewBox", "0 0 " + ChartStyle.WIDTH + " " + ChartStyle.HEIGHT);
    root.setAttributeNS(null, "width", Integer.toString(ChartStyle.WIDTH));
    root.setAttributeNS(null, "height", Integer.toString(ChartStyle.HEIGHT));
    root.removeAttributeNS(null, "contentScriptType");
    root.removeAttributeNS(null, "contentStyleType");
    root.removeAttributeNS(null, "preserveAspectRatio");
    root.removeAttributeNS(null, "zoomAndPan");
    root.removeAttributeNS(null, "version");
    StringWriter out = new StringWriter();
    try {
      g.stream(root, out, true, false);
    } catch (SVGGraphics2DIOException e) {
      throw new UncheckedIOException(new IOException("cannot write chart " + id + " as SVG", e));
    } finally {
      g.dispose();
    }
    String svg = out.toString();
    // Batik names its definitions element with a fixed id; two charts on one page must not share it
    // and writes rendering hints neither browsers nor openhtmltopdf's style parser need
    return svg.substring(svg.indexOf("<svg")).replace("id=\"genericDefs\"", "id=\"" + id + "-defs\"")
        .replaceAll("(text-rendering|color-rendering|color-interpolation):[^;\"]*;?", "");
  }
}
