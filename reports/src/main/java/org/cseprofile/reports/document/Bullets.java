package org.cseprofile.reports.document;

import java.util.List;

/** A bulleted list of sentences. */
public record Bullets(List<String> items) implements Block {

  public Bullets {
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("items must not be empty");
    }
  }
}
