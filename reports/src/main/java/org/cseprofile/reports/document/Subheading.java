package org.cseprofile.reports.document;

import java.util.Objects;

/** A heading one level below its section's heading. */
public record Subheading(String text) implements Block {

  public Subheading {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
  }
}
