package org.cseprofile.reports.report.section;

import java.util.Optional;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.SectionWriter;

/** The accessibility statement: what the report does for readers of assistive technology, and its limits. */
public final class AccessibilitySection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    return new SectionWriter("Accessibility statement")
        .text("This report is published as an HTML page (report.html) and as a PDF (report.pdf) made from the same "
            + "source. Both aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, as the "
            + "Public Sector Bodies Accessibility Regulations 2018 require.")
        .text("Headings are real headings in order, and the contents and the PDF's bookmarks link to every section. "
            + "Tables have header cells for their columns and rows. Every chart is described in words written from "
            + "its numbers, and its numbers are given as a table. The language of the document is set, and text "
            + "colours have a contrast of at least four and a half to one with their background (WCAG 1.4.3). "
            + "Colour is never the only way a value is shown: bars carry their values as labels and withheld values "
            + "their symbol.")
        .text("The PDF is tagged and checked with veraPDF against PDF/UA-1 (accessible PDF) and PDF/A-2u (archival "
            + "PDF) each time it is built. The HTML is checked for its language, title, heading order, table headers, "
            + "text alternatives of charts and the contrast of its colours.")
        .text("Known limits: the maps show places by colour bands, and their numbers are in the tables of the places "
            + "section rather than on the map itself. Text inside a chart's drawing is not selectable; its words and "
            + "numbers are beside it.")
        .text("If you need this report in another format, or find a problem with its accessibility, contact the "
            + "analyst of the safeguarding partnership who sent it to you.")
        .section();
  }
}
