package org.cseprofile.run;

import java.util.List;
import org.cseprofile.disclosure.DisclosureSummary;
import org.cseprofile.reports.published.PublishedTable;

/**
 * The disclosure-controlled tables of a run (the only input the report stage receives), the
 * files they were written to, and what disclosure control did.
 */
public record PublishedOutputs(List<PublishedTable> tables, List<String> files, DisclosureSummary summary) {

  public PublishedOutputs {
    tables = List.copyOf(tables);
    files = List.copyOf(files);
  }

  /** The published table with the given name. */
  public PublishedTable table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no published table " + name));
  }
}
