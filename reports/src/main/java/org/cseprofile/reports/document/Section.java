package org.cseprofile.reports.document;

import java.util.List;
import java.util.Objects;

/** A section of the report: a heading that starts a page, and its blocks. */
public record Section(String id, String title, List<Block> blocks) {

  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
    if (!id.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("id must be lower-case letters, digits and hyphens, was " + id);
    }
  }
}
