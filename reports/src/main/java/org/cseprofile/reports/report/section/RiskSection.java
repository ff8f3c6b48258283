package org.cseprofile.reports.report.section;

import java.util.Optional;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;

/** Risk level and model of exploitation of the children, by authority. */
public final class RiskSection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable breakdown = content.table("cohort_breakdown");
    if (breakdown == null || content.table("age_by_gender") == null) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Risk and model of exploitation");
    s.table(ReportTables.breakdown(s.id() + "-risk", content, breakdown, "risk_level", "Risk level"));
    s.table(ReportTables.breakdown(s.id() + "-model", content, breakdown, "cse_model", "Model of exploitation"));
    return s.section();
  }
}
