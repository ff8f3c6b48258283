package org.cseprofile.run;

import java.util.List;

/** The charts and documents a run rendered, as file locations. */
public record ReportOutputs(List<String> files) {

  public ReportOutputs {
    files = List.copyOf(files);
  }
}
