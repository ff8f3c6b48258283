package org.cseprofile.run;

import java.util.List;
import org.cseprofile.disclosure.DisclosureSummary;

/** The published files a run wrote (tables, charts, report), and what disclosure control did. */
public record ReportOutputs(List<String> files, DisclosureSummary disclosure) {

  public ReportOutputs {
    files = List.copyOf(files);
  }

  public ReportOutputs(List<String> files) {
    this(files, null);
  }
}
