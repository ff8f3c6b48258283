package org.cseprofile.reports.document;

import java.util.Objects;

/** A run of text within a paragraph or list item, plain or emphasised. */
public record Span(String text, Style style) {

  /** How a span is set. */
  public enum Style {
    /** Roman. */
    PLAIN,
    /** Italic ({@code <em>}). */
    EMPHASIS,
    /** Bold ({@code <strong>}). */
    STRONG
  }

  public Span {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(style, "style");
  }
}
