package org.cseprofile.reports.report;

import java.util.Optional;
import org.cseprofile.reports.document.Section;

/** One section of the board report, built from the published tables; a new section is one such class. */
public interface ReportSection {

  /** The section, or empty when the run published none of the tables it presents. */
  Optional<Section> build(ReportContent content);
}
