package org.cseprofile.reports.report.section;

import java.util.List;
import java.util.Optional;
import org.cseprofile.reports.analyst.Narrative;
import org.cseprofile.reports.document.Block;
import org.cseprofile.reports.document.Prose;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.SectionWriter;

/** A section written only by the analyst ("Conclusions", "Recommendations"): present when the narrative has it. */
public final class NarrativeSection implements ReportSection {
  private final String title;

  /** The section of the narrative's {@code ## title}. */
  public NarrativeSection(String title) {
    this.title = title;
  }

  @Override
  public Optional<Section> build(ReportContent content) {
    Optional<Narrative> narrative = content.analyst().narrativeIfAny();
    if (narrative.isEmpty()) {
      return Optional.empty();
    }
    List<Prose> prose = narrative.get().resolve(content.tables()).get(Narrative.key(title));
    if (prose == null || prose.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Section(SectionWriter.idOf(title), title, List.<Block>copyOf(prose)));
  }
}
