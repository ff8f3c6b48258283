package org.cseprofile.reports.document;

/** Where the HTML is read: in a browser as it is, or laid out on A4 pages as the PDF. */
public enum Medium {
  /** The published {@code report.html}. */
  WEB,
  /** The source openhtmltopdf lays out as {@code report.pdf}: page furniture, bookmarks and page numbers. */
  PDF
}
