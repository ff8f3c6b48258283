package org.cseprofile.reports.report.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cseprofile.reports.chart.Bars;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;

/**
 * Children and suspects linked by incidents, as groups: how many groups of each size, and the children and
 * suspects linked to several. Counts only, from the published tables; no individual network is ever drawn.
 */
public final class LinksSection implements ReportSection {
  /** Size bands in words: the report's fixed text carries no small number. */
  private static final Map<String, String> BANDS = Map.of("1", "One person", "2", "Two people",
      "3_to_5", "Three to five", "6_to_10", "Six to ten", "11_or_more", "Eleven or more");
  private static final List<String> ORDER = List.of("1", "2", "3_to_5", "6_to_10", "11_or_more");

  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable summary = content.table("network_summary");
    PublishedTable sizes = content.table("network_size");
    if (summary == null || sizes == null) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Links between children and suspects");
    s.text("Children and suspects recorded together in an incident in the twelve months to the end of the quarter "
        + "are linked; a group is everyone joined by a chain of such links. Many pairs suggest inappropriate "
        + "relationships; a few large groups suggest organised exploitation. Places do not link people: a busy "
        + "place is where unrelated people are seen. Counts are for the partnership as a whole, since a group may "
        + "span authorities; no group is drawn or described here.");
    Table bands = bands(s.id() + "-size-table", sizes);
    List<Bars.Bar> bars = new ArrayList<>();
    int groups = sizes.measure("groups");
    for (String band : ORDER) {
      row(sizes, band).ifPresent(r -> bars.add(new Bars.Bar(BANDS.get(band), r.cells().get(groups), "Groups")));
    }
    s.figure("sizes", Bars.horizontal("Groups of linked children and suspects, by size",
        "Partnership, twelve months to the end of the quarter: groups by the people in them.", content.note(),
        "Groups", Bars.Scale.COUNT, bars), "Bars give the number of groups of each size; the table gives the "
        + "numbers and the children and suspects in them.", bands);
    s.table(ReportTables.rows(s.id() + "-summary", "Groups and people linked to several others", content, summary,
        r -> true, "Area", 0, List.of("groups", "children", "suspects", "children_with_2_or_more_suspects",
            "suspects_with_2_or_more_children", "groups_spanning_2_or_more_authorities"),
        List.of("Groups", "Children", "Suspects", "Children linked to two or more suspects",
            "Suspects linked to two or more children", "Groups across authorities")));
    s.table(ReportTables.rows(s.id() + "-organised", "Children open to CSE concern in a group of three or more "
            + "suspects", content, summary, r -> true, "Area", 0,
        List.of("cohort_children", "cohort_children_in_groups_of_3_or_more_suspects",
            "percent_cohort_in_groups_of_3_or_more_suspects"),
        List.of("Children open to CSE concern", "In a group of three or more suspects", "%")));
    return s.section();
  }

  private static Table bands(String id, PublishedTable sizes) {
    List<List<String>> rows = new ArrayList<>();
    for (String band : ORDER) {
      row(sizes, band).ifPresent(r -> {
        List<String> cells = new ArrayList<>();
        cells.add(BANDS.get(band));
        for (String column : List.of("groups", "children", "suspects")) {
          int m = sizes.measure(column);
          cells.add(ReportTables.format(r.cells().get(m), sizes.kinds().get(m)));
        }
        rows.add(cells);
      });
    }
    return new Table(id, "Groups by size (people in the group)", sizes.name(),
        List.of("Size", "Groups", "Children", "Suspects"), 1, rows);
  }

  private static Optional<PublishedRow> row(PublishedTable sizes, String band) {
    int la = sizes.dimension("la_code");
    int size = sizes.dimension("size_band");
    return sizes.rows().stream().filter(r -> r.dimensions().get(la).equals("ALL")
        && r.dimensions().get(size).equals(band)).findFirst();
  }
}
