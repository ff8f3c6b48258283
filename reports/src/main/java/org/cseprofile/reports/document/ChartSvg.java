package org.cseprofile.reports.document;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGStylingAttributes;
import org.cseprofile.reports.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A chart as an inline SVG element, drawn by Apache Batik's {@link SVGGraphics2D} (Apache-2.0).
 * Text is drawn as outlines, so the chart looks the same in every browser and in the PDF whatever
 * fonts the reader has; its words are in the figure's text alternative and table. Identifiers are
 * prefixed with the chart's id, so several charts can share one HTML page.
 */
public final class ChartSvg {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

  private ChartSvg() {}

  /** How presentation attributes become one {@code style} attribute per element. */
  enum Styling {
    /** Batik's own styler, which reaches each child by its index: time grows with the square of a group's size. */
    BATIK,
    /** The same result, walking siblings: time grows with the number of elements. */
    SIBLINGS
  }

  /** The chart drawn at {@link ChartStyle#WIDTH} by {@link ChartStyle#HEIGHT}, as an {@code <svg>} element. */
  public static String of(JFreeChart chart, String id) {
    return of(chart, id, Styling.SIBLINGS);
  }

  static String of(JFreeChart chart, String id, Styling styling) {
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
      // Batik's styler asks its DOM for each child by index, and the DOM walks the list to answer: a national hot
      // spot map (tens of thousands of cells in one group) took minutes. Styling first, by siblings, gives the same.
      if (styling == Styling.SIBLINGS) {
        // Set as Batik's stream sets them before it styles, so the attributes come out in the same order.
        root.setAttributeNS(XMLNS_NS, "xmlns", SVG_NS);
        root.setAttributeNS(XMLNS_NS, "xmlns:xlink", "http://www.w3.org/1999/xlink");
        style(root);
      }
      g.stream(root, out, styling == Styling.BATIK, false);
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
  /** Batik's CSS styling of {@code node} and everything in it: styling attributes moved into one style attribute. */
  private static void style(Node node) {
    if (node instanceof Element element) {
      NamedNodeMap attributes = element.getAttributes();
      StringBuilder style = new StringBuilder();
      List<String> moved = new ArrayList<>();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        if (SVGStylingAttributes.set.contains(attribute.getName())) {
          style.append(attribute.getName()).append(':').append(attribute.getValue()).append("; ");
          moved.add(attribute.getName());
        }
      }
      if (style.length() > 0) {
        element.setAttributeNS(null, "style", style.toString().trim());
        moved.forEach(element::removeAttribute);
      }
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      style(child);
    }
  }
}
