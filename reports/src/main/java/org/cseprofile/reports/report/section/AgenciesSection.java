package org.cseprofile.reports.report.section;

import java.util.List;
import java.util.Optional;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;

/** Multi-agency performance: assessments, plans and interviews, with intervals. */
public final class AgenciesSection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable agencies = content.table("agency_performance");
    if (agencies == null) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Multi-agency performance");
    s.table(ReportTables.rows(s.id() + "-table", "Partnership: multi-agency performance in " + content.periodLabel(),
        content, agencies, r -> r.dimensions().get(0).equals("ALL"), "Measure", 1,
        List.of("numerator", "denominator", "value", "ci_lower", "ci_upper"),
        List.of("Children", "Out of", "% (days)", "95% from", "95% to")));
    return s.section();
  }
}
