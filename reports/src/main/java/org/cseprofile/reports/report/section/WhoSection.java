package org.cseprofile.reports.report.section;

import java.util.Optional;
import org.cseprofile.reports.chart.AgeGenderPyramid;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ChartWords;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;

/** Who the children are: the age pyramid and the breakdowns by gender, age band and ethnic group. */
public final class WhoSection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable ages = content.table("age_by_gender");
    PublishedTable breakdown = content.table("cohort_breakdown");
    if (ages == null || breakdown == null) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Who the children are");
    ChartWords.Described d = ChartWords.pyramid(s.id() + "-age-numbers", ages, "ALL");
    s.figure("pyramid", AgeGenderPyramid.create(ages, "ALL", "Partnership", content.note()), d.words(), d.numbers());
    s.table(ReportTables.breakdown(s.id() + "-gender", content, breakdown, "gender", "Gender"));
    s.table(ReportTables.breakdown(s.id() + "-age-band", content, breakdown, "age_band", "Age at the end of the quarter"));
    s.table(ReportTables.breakdown(s.id() + "-ethnic-group", content, breakdown, "ethnic_group", "Ethnic group"));
    return s.section();
  }
}
