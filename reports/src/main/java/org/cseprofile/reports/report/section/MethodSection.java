package org.cseprofile.reports.report.section;

import java.util.Optional;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.SectionWriter;

/** Definitions and method, in plain words. */
public final class MethodSection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    return new SectionWriter("Definitions and method")
        .text("Period. A calendar quarter; " + content.periodLabel() + " runs " + content.periodDates() + ".")
        .text("Children open to CSE concern. A child is in the cohort when one of their CSE episodes was open at any "
            + "time in the quarter. Their latest open episode gives their authority, risk level and model.")
        .text("Ages are completed years at the end of the quarter, from the month of birth.")
        .text("Shares are of the children open to CSE concern. The 95% interval is the Wilson score interval: the "
            + "range within which the true share is likely to lie given the small numbers involved.")
        .text("Missing episodes come from each authority's SSDA903 missing table. A return home interview counts as "
            + "offered within 72 hours when offered on the day of return or up to three days after.")
        .text("Incidents are CSE-flagged police records; suspects are counted once per authority of their incidents.")
        .text("Partnership rows count each child once, so an authority's numbers may add up to more than the "
            + "partnership's where a child or suspect is known in several authorities.")
        .text("Every number is defined precisely in docs/metrics.md of cse-profile, and every published table is "
            + "available as CSV and Parquet beside this report.")
        .section();
  }
}
