package org.cseprofile.reports.report.section;

import java.util.List;
import java.util.Optional;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;

/** Children who went missing, or were victims, in another authority. */
public final class CrossBorderSection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable crossBorder = content.table("cross_border");
    if (crossBorder == null) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Across authority borders");
    boolean missing = content.supplied("missing");
    boolean incidents = content.supplied("incidents");
    if (!missing && !incidents) {
      return s.text("Neither missing episodes nor police incidents were supplied to this run, so no child can be known "
          + "in another authority: every count of children elsewhere in the published table " + crossBorder.name()
          + " is x (not available), never 0.").section();
    }
    s.text("Children open to CSE concern who went missing, or were victims of an incident, in another authority.");
    if (!missing || !incidents) {
      s.text("No " + (missing ? "police incidents extract" : "missing-episode file") + " was supplied to this run, so "
          + "the children " + (missing ? "with an incident" : "missing") + " elsewhere, and those known elsewhere in "
          + "either way, are x (not available), never 0.");
    }
    List<String> elsewhere = List.of("children_missing_elsewhere", "children_incident_elsewhere",
        "children_any_elsewhere", "percent_any_elsewhere");
    boolean anyShown = crossBorder.rows().stream()
        .anyMatch(r -> elsewhere.stream().anyMatch(m -> r.cells().get(crossBorder.measure(m)).isShown()));
    if (!anyShown) {
      return s.text("Every count of children known in another authority " + (missing && incidents ? "is" : "that the "
          + "extracts supplied give is") + " withheld (c) this quarter: the counts are small, or would let a reader "
          + "work out a small count. The published table " + crossBorder.name() + " lists them with the same symbols.")
          .section();
    }
    s.table(ReportTables.rows(s.id() + "-table", "Children open to CSE concern known in another authority", content,
        crossBorder, r -> true, "Area", 0, List.of("children", "children_missing_elsewhere",
            "children_incident_elsewhere", "children_any_elsewhere", "percent_any_elsewhere"),
        List.of("Children", "Missing elsewhere", "Incident elsewhere", "Either", "% either")));
    return s.section();
  }
}
