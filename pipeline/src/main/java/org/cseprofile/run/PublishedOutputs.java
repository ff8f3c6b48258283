package org.cseprofile.run;

import java.util.List;
import org.cseprofile.reports.published.PublishedTable;

/** The disclosure-controlled tables of a run: the only input the report stage receives. */
public record PublishedOutputs(List<PublishedTable> tables) {

  public PublishedOutputs {
    tables = List.copyOf(tables);
  }

  /** The published table with the given name. */
  public PublishedTable table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no published table " + name));
  }
}
