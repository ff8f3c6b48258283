package org.cseprofile.reports.document;

import java.util.List;

/**
 * Text written by the analyst rather than generated: paragraphs and bulleted lists of spans, set apart from the
 * report's own words.
 *
 * @param items one paragraph (when {@code kind} is {@link Kind#PARAGRAPH}) or the items of one list, each a list of spans
 */
public record Prose(List<List<Span>> items, Kind kind) implements Block {

  /** Whether the items are one paragraph or a bulleted list. */
  public enum Kind {
    /** One paragraph: exactly one item. */
    PARAGRAPH,
    /** A bulleted list. */
    BULLETS
  }

  public Prose {
    items = items.stream().map(List::copyOf).toList();
    if (items.isEmpty() || items.stream().anyMatch(List::isEmpty)) {
      throw new IllegalArgumentException("items must not be empty, nor any item");
    }
    if (kind == Kind.PARAGRAPH && items.size() != 1) {
      throw new IllegalArgumentException("a paragraph must have exactly one item, had " + items.size());
    }
  }
}
