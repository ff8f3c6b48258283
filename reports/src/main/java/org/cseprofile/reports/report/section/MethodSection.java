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
        .text(overlaps(content))
        .text("Incidents are CSE-flagged police records; suspects are counted once per authority of their incidents.")
        .text("Partnership rows count each child once, so an authority's numbers may add up to more than the "
            + "partnership's where a child or suspect is known in several authorities.")
        .text("Every number is defined precisely in docs/metrics.md of cse-profile, and every published table is "
            + "available as CSV and Parquet beside this report.")
        .section();
  }

  /** How this run counted a child's overlapping missing episodes (its --missing-overlaps). */
  static String overlaps(ReportContent content) {
    if (content.missingOverlaps().equals(ReportContent.MERGE)) {
      return "Overlapping missing episodes. Where two or more missing episodes of one child overlap (one starts "
          + "before the other ends), they are counted as one spell: from the earliest start to the latest end, "
          + "missing rather than away if any part was, with the return and interview of the part that ended last. "
          + "A child cannot go missing again before returning, so overlaps are recording errors; the data-quality "
          + "annex says how many rows overlapped. (Setting: --missing-overlaps merge.)";
    }
    return "Overlapping missing episodes. Every missing episode is counted as recorded, even where it overlaps "
        + "another of the same child, so one absence recorded twice counts as two episodes and two returns; the "
        + "data-quality annex says how many rows overlapped. (Setting: --missing-overlaps keep; the default, merge, "
        + "counts overlapping episodes as one spell.)";
  }
}
