package org.cseprofile.reports.report.section;

import java.util.List;
import java.util.Optional;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.report.KeyFindings;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.SectionWriter;

/** The key findings, written from the published tables. */
public final class KeyFindingsSection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    SectionWriter s = new SectionWriter("Key findings");
    List<String> findings = KeyFindings.of(content);
    if (findings.isEmpty()) {
      s.text("No finding can be stated: the numbers it would need are withheld or were not supplied.");
    } else {
      s.bullets(findings);
    }
    return s.section();
  }
}
