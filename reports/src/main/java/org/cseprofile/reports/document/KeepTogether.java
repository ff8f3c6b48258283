package org.cseprofile.reports.document;

import java.util.List;

/** Blocks that must stay on one page: a heading with its table, a chart with its numbers. */
public record KeepTogether(List<Block> blocks) implements Block {

  public KeepTogether {
    blocks = List.copyOf(blocks);
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("blocks must not be empty");
    }
  }
}
