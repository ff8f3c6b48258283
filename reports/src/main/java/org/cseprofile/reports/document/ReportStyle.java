package org.cseprofile.reports.document;

/**
 * The report's style sheet: one for both outputs, with the A4 page, its running marking and page
 * numbers, and the keep-together rules added for the PDF.
 */
final class ReportStyle {
  static final String FONT = "DejaVu Sans";

  private ReportStyle() {}

  static String css(ReportDocument document, Medium medium) {
    String base = """
        html { color: %1$s; background: %2$s; }
        body { font-family: '%3$s', Verdana, Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; margin: 0; }
        h1 { font-size: 24pt; line-height: 1.25; color: %1$s; margin: 0 0 14pt 0; }
        h2 { font-size: 17pt; color: %4$s; margin: 0 0 9pt 0; }
        h3 { font-size: 12.5pt; color: %4$s; margin: 14pt 0 5pt 0; }
        p { margin: 0 0 6pt 0; }
        a { color: %4$s; }
        .marking { color: %5$s; font-weight: bold; font-size: 12pt; }
        .cover p { font-size: 12pt; }
        .cover p.note { font-size: 10pt; color: %6$s; }
        ul.findings li { margin-bottom: 6pt; }
        .analyst { border-left: 3pt solid %4$s; margin: 0 0 8pt 0; padding: 1pt 0 1pt 8pt; }
        ul.analyst { padding-left: 24pt; }
        ul.analyst li { margin-bottom: 3pt; }
        em { font-style: italic; }
        figure { margin: 8pt 0 12pt 0; }
        .figure-title { display: none; }
        figcaption p { font-size: 9.5pt; color: %6$s; }
        .in-words { font-size: 9.5pt; }
        table { border-collapse: collapse; width: 100%%; margin: 6pt 0 12pt 0; font-size: 8.5pt; }
        caption { text-align: left; font-weight: bold; font-size: 9.5pt; padding-bottom: 3pt; color: %1$s; }
        th, td { border: 0.75pt solid %7$s; padding: 2.5pt 4pt; vertical-align: top; }
        thead th { background: %8$s; }
        th.number, td.number { text-align: right; }
        th.nowrap { white-space: nowrap; }
        th.text, td.text, tbody th { text-align: left; font-weight: normal; }
        thead th.text { font-weight: bold; }
        """.formatted(ReportColours.TEXT, ReportColours.PAGE, FONT, ReportColours.HEADING, ReportColours.MARKING,
        ReportColours.MUTED, ReportColours.RULE, ReportColours.HEADER_FILL);
    if (medium == Medium.WEB) {
      return base + """
          body { max-width: 52em; margin: 0 auto; padding: 1em 1.5em 3em 1.5em; }
          section, nav.contents { border-top: 1px solid %s; margin-top: 2em; padding-top: 0.5em; }
          svg { width: 100%%; height: auto; max-width: 800px; display: block; }
          """.formatted(ReportColours.RULE);
    }
    String foot = document.runningTitle().replace("\\", "\\\\").replace("\"", "\\\"");
    String marking = document.marking().replace("\\", "\\\\").replace("\"", "\\\"");
    return base + """
        @page {
          size: A4; margin: 22mm 17mm 24mm 17mm;
          @top-left { content: "%2$s"; font-family: '%3$s'; font-size: 8pt; color: %5$s; }
          @top-center { content: "%1$s"; font-family: '%3$s'; font-weight: bold; font-size: 9pt; color: %4$s; }
          @top-right { content: "Page " counter(page) " of " counter(pages); font-family: '%3$s'; font-size: 8pt;
            color: %5$s; }
          @bottom-center { content: "%1$s"; font-family: '%3$s'; font-weight: bold; font-size: 9pt; color: %4$s; }
        }
        body { font-family: '%3$s'; }
        .cover { padding-top: 90pt; page-break-after: always; }
        .cover h1 { font-size: 28pt; }
        nav.contents { page-break-after: always; }
        nav.contents ul { list-style: none; padding-left: 0; }
        nav.contents li { margin-bottom: 4pt; }
        nav.contents a::after { content: ", page " target-counter(attr(href), page); color: %5$s; }
        section { page-break-before: always; }
        h2, h3, caption, .figure-title { page-break-after: avoid; }
        .keep, figure, table.short { page-break-inside: avoid; }
        .keep > h3, .keep > p, .lead-in { page-break-after: avoid; }
        table.long { -fs-table-paginate: paginate; }
        tbody.kept { page-break-inside: avoid; }
        tr { page-break-inside: avoid; }
        svg { width: 160mm; height: 96mm; display: block; margin: 0 auto; }
        """.formatted(marking, foot, FONT, ReportColours.MARKING, ReportColours.MUTED);
  }
}
