package org.cseprofile.reports.document;

/** One part of a report section, rendered the same way to HTML and to PDF. */
public sealed interface Block permits Paragraph, Subheading, Bullets, Table, Figure, KeepTogether, Prose {}
