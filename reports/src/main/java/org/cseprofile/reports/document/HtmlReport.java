package org.cseprofile.reports.document;

import java.util.List;

/**
 * A report as one self-contained XHTML file: styles and SVG charts inline, a contents list that
 * links to every section, real headings in order, tables with header cells and scope, and every
 * chart with its text alternative and a link to its numbers. The same source is laid out as the PDF.
 */
public final class HtmlReport {
  /** Tables with more rows than this may break across pages; shorter ones are kept on one. */
  static final int LONG_TABLE = 24;
  /** Rows at the start and end of a long table kept on one page. */
  static final int KEPT_ROWS = 3;

  private final ReportDocument document;
  private final Medium medium;
  private final StringBuilder out = new StringBuilder(1 << 16);

  private HtmlReport(ReportDocument document, Medium medium) {
    this.document = document;
    this.medium = medium;
  }

  /** The report as XHTML for {@code medium}. */
  public static String render(ReportDocument document, Medium medium) {
    return new HtmlReport(document, medium).render();
  }

  private String render() {
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(attr(document.language()))
        .append("\" xml:lang=\"").append(attr(document.language())).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<title>").append(text(document.title())).append("</title>\n");
    if (medium == Medium.WEB) {
      out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    }
    out.append("<meta name=\"subject\" content=\"").append(attr(document.title() + ", " + document.marking()))
        .append("\"/>\n<meta name=\"author\" content=\"cse-profile\"/>\n");
    if (medium == Medium.PDF) {
      bookmarks();
    }
    out.append("<style>\n").append(ReportStyle.css(document, medium)).append("</style>\n</head>\n<body>\n");
    cover();
    contents();
    out.append("<main>\n");
    for (Section section : document.sections()) {
      section(section);
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void bookmarks() {
    out.append("<bookmarks>\n<bookmark name=\"Contents\" href=\"#contents\"/>\n");
    for (Section s : document.sections()) {
      out.append("<bookmark name=\"").append(attr(s.title())).append("\" href=\"#").append(s.id()).append("\"/>\n");
    }
    out.append("</bookmarks>\n");
  }

  private void cover() {
    out.append("<header class=\"cover\">\n<p class=\"marking\">").append(text(document.marking())).append("</p>\n")
        .append("<h1>").append(text(document.title())).append("</h1>\n");
    for (String line : document.cover()) {
      out.append("<p>").append(text(line)).append("</p>\n");
    }
    out.append("</header>\n");
  }

  private void contents() {
    out.append("<nav class=\"contents\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ul>\n");
    for (Section s : document.sections()) {
      out.append("<li><a href=\"#").append(s.id()).append("\" title=\"").append(attr(s.title())).append("\">")
          .append(text(s.title())).append("</a></li>\n");
    }
    out.append("</ul>\n</nav>\n");
  }

  private void section(Section section) {
    out.append("<section aria-labelledby=\"").append(section.id()).append("\">\n<h2 id=\"").append(section.id())
        .append("\">").append(text(section.title())).append("</h2>\n");
    blocks(section.blocks());
    out.append("</section>\n");
  }

  private void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      if (block instanceof Paragraph p) {
        out.append("<p>").append(text(p.text())).append("</p>\n");
      } else if (block instanceof Subheading h) {
        out.append("<h3>").append(text(h.text())).append("</h3>\n");
      } else if (block instanceof Bullets b) {
        out.append("<ul class=\"findings\">\n");
        b.items().forEach(i -> out.append("<li>").append(text(i)).append("</li>\n"));
        out.append("</ul>\n");
      } else if (block instanceof Table t) {
        table(t);
      } else if (block instanceof Figure f) {
        figure(f);
      } else if (block instanceof Prose p) {
        prose(p);
      } else if (block instanceof KeepTogether k) {
        Block last = k.blocks().get(k.blocks().size() - 1);
        if (last instanceof Table t && t.paginated()) {
          // A table running over pages is never kept whole: what leads into it is kept together, and with its
          // caption and first rows (kept themselves).
          out.append("<div class=\"keep lead-in\">\n");
          blocks(k.blocks().subList(0, k.blocks().size() - 1));
          out.append("</div>\n");
          table(t);
        } else {
          out.append("<div class=\"keep\">\n");
          blocks(k.blocks());
          out.append("</div>\n");
        }
      }
    }
  }

  private void prose(Prose prose) {
    if (prose.kind() == Prose.Kind.PARAGRAPH) {
      out.append("<p class=\"analyst\">");
      spans(prose.items().get(0));
      out.append("</p>\n");
      return;
    }
    out.append("<ul class=\"analyst\">\n");
    for (List<Span> item : prose.items()) {
      out.append("<li>");
      spans(item);
      out.append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private void spans(List<Span> spans) {
    for (Span span : spans) {
      switch (span.style()) {
        case PLAIN -> out.append(text(span.text()));
        case EMPHASIS -> out.append("<em>").append(text(span.text())).append("</em>");
        case STRONG -> out.append("<strong>").append(text(span.text())).append("</strong>");
      }
    }
  }

  private void table(Table table) {
    out.append("<table id=\"").append(table.id()).append("\" class=\"")
        .append(table.paginated() ? "long" : "short")
        .append("\">\n<caption>").append(text(table.caption())).append("</caption>\n<thead>\n<tr>");
    for (int c = 0; c < table.headers().size(); c++) {
      String header = table.headers().get(c);
      out.append("<th scope=\"col\" class=\"").append(c < table.textColumns() ? "text" : "number")
          .append(header.contains(" ") ? "" : " nowrap").append("\">")
          .append(text(table.headers().get(c))).append("</th>");
    }
    List<List<String>> rows = table.rows();
    boolean paged = table.paginated();
    out.append("</tr>\n</thead>\n").append(paged ? "<tbody class=\"kept\">\n" : "<tbody>\n");
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (paged && (r == KEPT_ROWS || r == rows.size() - KEPT_ROWS)) {
        // a long table breaks between row groups, never leaving fewer than three rows with its header or alone
        out.append("</tbody>\n").append(r == KEPT_ROWS ? "<tbody>\n" : "<tbody class=\"kept\">\n");
      }
      out.append("<tr><th scope=\"row\">").append(text(row.get(0))).append("</th>");
      for (int c = 1; c < row.size(); c++) {
        out.append("<td class=\"").append(c < table.textColumns() ? "text" : "number").append("\">")
            .append(text(row.get(c))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private void figure(Figure figure) {
    String described = figure.id() + "-words";
    out.append("<figure id=\"").append(figure.id()).append("\" class=\"keep\">\n");
    out.append("<p id=\"").append(figure.id()).append("-title\" class=\"figure-title\">").append(text(figure.title()))
        .append("</p>\n");
    String svg = figure.svg();
    String open = medium == Medium.PDF
        ? "<svg alt=\"" + attr(figure.title() + ". " + figure.description()) + "\""
        : "<svg role=\"img\" aria-labelledby=\"" + figure.id() + "-title " + described + "\"";
    out.append(svg.replaceFirst("<svg", java.util.regex.Matcher.quoteReplacement(open)))
        .append("\n<figcaption>\n<p id=\"").append(described).append("\" class=\"in-words\">").append(text(figure.description())).append("</p>\n");
    if (figure.numbersAt() != null) {
      out.append("<p class=\"numbers\">The numbers of this chart: <a href=\"#").append(figure.numbersAt())
          .append("\" title=\"").append(attr(figure.numbersCaption())).append("\">")
          .append(text(figure.numbersCaption())).append("</a>.</p>\n");
    }
    out.append("</figcaption>\n");
    if (figure.numbers() != null) {
      table(figure.numbers());
    }
    out.append("</figure>\n");
  }

  /** Text content, escaped for XHTML. */
  static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** An attribute value, escaped for XHTML. */
  static String attr(String s) {
    return text(s).replace("\"", "&quot;");
  }
}
