package org.cseprofile.reports.document;

import java.util.Objects;

/** A paragraph of plain text. */
public record Paragraph(String text) implements Block {

  public Paragraph {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
  }
}
