package org.cseprofile.reports.document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Automated checks of the report's HTML against the WCAG 2.2 level A and AA success criteria that a
 * program can decide from the markup alone: well-formed with unique ids (4.1.1), language (3.1.1),
 * title (2.4.2), one h1 and no skipped heading level (1.3.1, 2.4.6), tables with a caption, column
 * headers and row headers with scope (1.3.1), every chart an image with a text alternative that
 * exists (1.1.1), every link with text and a target that exists (2.4.4), a main landmark, and the
 * contrast of every text colour on its background (1.4.3). What needs a person (whether the words
 * are clear, whether a description is adequate) it does not judge.
 */
public final class HtmlCheck {
  private HtmlCheck() {}

  /** The violations found in {@code html}, each naming the criterion and where; empty when none. */
  public static List<String> violations(String html) {
    List<String> found = new ArrayList<>();
    Document dom;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setNamespaceAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      dom = builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      return List.of("4.1.1 parsing: the page is not well-formed XHTML (" + e.getClass().getSimpleName() + ")");
    }
    Element root = dom.getDocumentElement();
    if (!root.getAttribute("lang").matches("[a-z]{2,3}(-[A-Z]{2})?")) {
      found.add("3.1.1 language of page: <html> has no valid lang");
    }
    List<Element> titles = elements(dom, "title");
    if (titles.size() != 1 || titles.get(0).getTextContent().isBlank()) {
      found.add("2.4.2 page titled: there must be one non-empty <title>");
    }
    Set<String> ids = new HashSet<>();
    for (Element e : all(dom)) {
      String id = e.getAttribute("id");
      if (!id.isEmpty() && !ids.add(id)) {
        found.add("4.1.1 parsing: id " + id + " is used more than once");
      }
    }
    headings(dom, found);
    tables(dom, found);
    charts(dom, ids, found);
    links(dom, ids, found);
    if (elements(dom, "main").size() != 1) {
      found.add("1.3.1 info and relationships: the page needs one <main> landmark");
    }
    for (ReportColours.Pair pair : ReportColours.TEXT_ON_BACKGROUND) {
      double ratio = ReportColours.contrast(pair.foreground(), pair.background());
      if (ratio < 4.5) {
        found.add(String.format(java.util.Locale.UK, "1.4.3 contrast: %s %s on %s is %.2f to 1, under 4.5", pair.use(),
            pair.foreground(), pair.background(), ratio));
      }
    }
    return found;
  }

  private static void headings(Document dom, List<String> found) {
    int previous = 0;
    int ones = 0;
    for (Element e : all(dom)) {
      if (!e.getTagName().matches("h[1-6]")) {
        continue;
      }
      int level = e.getTagName().charAt(1) - '0';
      ones += level == 1 ? 1 : 0;
      if (e.getTextContent().isBlank()) {
        found.add("2.4.6 headings: an empty <" + e.getTagName() + ">");
      }
      if (level > previous + 1) {
        found.add("1.3.1 info and relationships: heading \"" + e.getTextContent().strip() + "\" skips from level "
            + previous + " to " + level);
      }
      previous = level;
    }
    if (ones != 1) {
      found.add("1.3.1 info and relationships: the page needs exactly one <h1>, has " + ones);
    }
  }

  private static void tables(Document dom, List<String> found) {
    for (Element table : elements(dom, "table")) {
      String name = table.getAttribute("id").isEmpty() ? "a table" : "table " + table.getAttribute("id");
      List<Element> captions = children(table, "caption");
      if (captions.size() != 1 || captions.get(0).getTextContent().isBlank()) {
        found.add("1.3.1 info and relationships: " + name + " has no caption");
      }
      List<Element> heads = children(table, "thead");
      if (heads.size() != 1) {
        found.add("1.3.1 info and relationships: " + name + " has no header row");
        continue;
      }
      for (Element th : descendants(heads.get(0), "th")) {
        if (!th.getAttribute("scope").equals("col") || th.getTextContent().isBlank()) {
          found.add("1.3.1 info and relationships: " + name + " has a column header without text or scope=col");
        }
      }
      if (!descendants(heads.get(0), "td").isEmpty()) {
        found.add("1.3.1 info and relationships: " + name + " has a data cell in its header row");
      }
      for (Element body : children(table, "tbody")) {
        for (Element tr : children(body, "tr")) {
          List<Element> cells = new ArrayList<>();
          for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
              cells.add(c);
            }
          }
          if (cells.isEmpty() || !cells.get(0).getTagName().equals("th")
              || !cells.get(0).getAttribute("scope").equals("row")) {
            found.add("1.3.1 info and relationships: " + name + " has a row without a row header (th scope=row)");
          }
        }
      }
    }
  }

  private static void charts(Document dom, Set<String> ids, List<String> found) {
    for (Element svg : elements(dom, "svg")) {
      if (svg.getParentNode() instanceof Element parent && !parent.getTagName().equals("figure")) {
        continue; // only the report's charts; a drawing inside a drawing has none of its own
      }
      String name = svg.getAttribute("id").isEmpty() ? "a chart" : "chart " + svg.getAttribute("id");
      if (!svg.getAttribute("role").equals("img")) {
        found.add("1.1.1 non-text content: " + name + " is not marked role=img");
      }
      String labelledBy = svg.getAttribute("aria-labelledby");
      String label = svg.getAttribute("aria-label");
      if (labelledBy.isBlank() && label.isBlank()) {
        found.add("1.1.1 non-text content: " + name + " has no text alternative");
      }
      for (String id : labelledBy.isBlank() ? new String[0] : labelledBy.trim().split("\\s+")) {
        Element target = byId(dom, id);
        if (target == null || target.getTextContent().isBlank()) {
          found.add("1.1.1 non-text content: " + name + " is labelled by " + id + ", which is missing or empty");
        }
      }
    }
    for (Element img : elements(dom, "img")) {
      if (!img.hasAttribute("alt")) {
        found.add("1.1.1 non-text content: an <img> has no alt");
      }
    }
  }

  private static void links(Document dom, Set<String> ids, List<String> found) {
    for (Element a : elements(dom, "a")) {
      if (a.getTextContent().isBlank()) {
        found.add("2.4.4 link purpose: a link has no text");
      }
      String href = a.getAttribute("href");
      if (href.startsWith("#") && !ids.contains(href.substring(1))) {
        found.add("2.4.4 link purpose: link to " + href + " has no target");
      }
    }
  }

  private static Element byId(Document dom, String id) {
    for (Element e : all(dom)) {
      if (e.getAttribute("id").equals(id)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> elements(Document dom, String tag) {
    return nodes(dom.getElementsByTagName(tag));
  }

  private static List<Element> descendants(Element parent, String tag) {
    return nodes(parent.getElementsByTagName(tag));
  }

  private static List<Element> all(Document dom) {
    return nodes(dom.getElementsByTagName("*"));
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> result = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        result.add(e);
      }
    }
    return result;
  }

  private static List<Element> nodes(NodeList list) {
    List<Element> result = new ArrayList<>(list.getLength());
    for (int i = 0; i < list.getLength(); i++) {
      result.add((Element) list.item(i));
    }
    return result;
  }
}
