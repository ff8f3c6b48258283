package org.cseprofile.reports.report.section;

import java.util.Optional;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.SectionWriter;

/** How disclosure control shaped the numbers, and how many counts it withheld. */
public final class SuppressionSection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    int shown = 0;
    int withheld = 0;
    for (PublishedTable t : content.tables().values()) {
      for (PublishedRow r : t.rows()) {
        for (int m = 0; m < t.measures().size(); m++) {
          if (t.kinds().get(m) != MeasureKind.COUNT) {
            continue;
          }
          if (r.cells().get(m).status() == Status.SUPPRESSED) {
            withheld++;
          } else if (r.cells().get(m).isShown()) {
            shown++;
          }
        }
      }
    }
    // Redesigns made before suppression (a small category counted with another), each with its tables.
    java.util.Map<String, java.util.List<String>> notes = new java.util.LinkedHashMap<>();
    for (PublishedTable t : content.tables().values()) {
      t.notes().forEach(note -> notes.computeIfAbsent(note, n -> new java.util.ArrayList<>()).add(t.name()));
    }
    SectionWriter writer = new SectionWriter("Note on suppression")
        .text("This report follows the " + content.policy() + " disclosure policy: " + content.policyWording()
            + ". Zero is always shown. A count shown as c is withheld: either it is small, or it would let a reader "
            + "work out a small count by subtracting it from a total, from another table, or from the partnership "
            + "figure. Every withheld count was checked: from everything published, the range a reader could work out "
            + "for it is never narrower than the policy's smallest suppressed range.")
        .text("Shares, intervals and ratios are computed from the published counts and are withheld when either count "
            + "is. A median over too few children is withheld. Platforms named by too few incidents are counted as "
            + "Other.");
    if (!notes.isEmpty()) {
      writer.text("Before suppression, some tables were redesigned so that fewer counts need to be withheld:")
          .bullets(notes.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
              .toList());
    }
    return writer.text("Across the published tables of this quarter, " + String.format("%,d", withheld) + " counts are withheld "
            + "(c) and " + String.format("%,d", shown) + " are shown. Symbols: c withheld to protect confidentiality; "
            + "x not available (the data needed was not supplied); z not applicable.")
        .section();
  }
}
