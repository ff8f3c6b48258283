package org.cseprofile.reports.report.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cseprofile.reports.chart.Bars;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;

/**
 * Children and suspects linked by incidents, as groups: how many groups of each size, the children and
 * suspects linked to several, the repeat victims and the groups new or grown since the previous quarter. Counts
 * only, from the published tables; no individual network is ever drawn or described. Without the incidents
 * extract the section is one sentence saying so; without the suspects extract, that sentence and the repeat victims.
 */
public final class LinksSection implements ReportSection {
  /** Size bands in words: the report's fixed text carries no small number. */
  private static final Map<String, String> BANDS = Map.of("1", "One person", "2", "Two people",
      "3_to_5", "Three to five", "6_to_10", "Six to ten", "11_or_more", "Eleven or more");
  private static final List<String> ORDER = List.of("1", "2", "3_to_5", "6_to_10", "11_or_more");
  /** The whole section when no incidents were supplied: nothing links anyone. */
  static final String NO_INCIDENTS = "No police incidents extract was supplied to this run, so no child or suspect "
      + "can be linked: there are no groups to count, and every count of links in the published tables "
      + "network_summary and network_size is x (not available), never 0.";
  /** Said instead of the groups when incidents but no suspects were supplied. */
  static final String NO_SUSPECTS = "No police suspects extract was supplied to this run, so no child can be linked "
      + "to a suspect: the groups, their sizes and the counts of suspects in the published tables network_summary "
      + "and network_size are x (not available), never 0. The repeat victims are counted from the incidents alone.";

  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable summary = content.table("network_summary");
    PublishedTable sizes = content.table("network_size");
    if (summary == null || sizes == null) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Links between children and suspects");
    if (!content.supplied("incidents")) {
      return s.text(NO_INCIDENTS).section();
    }
    s.text("Children and suspects recorded together in an incident in the twelve months to the end of the quarter "
        + "are linked; a group is everyone joined by a chain of such links. Many pairs suggest inappropriate "
        + "relationships; a few large groups suggest organised exploitation. Places do not link people: a busy "
        + "place is where unrelated people are seen. Counts are for the partnership as a whole, since a group may "
        + "span authorities; no group is drawn or described here.");
    if (!content.supplied("suspects")) {
      s.text(NO_SUSPECTS);
      repeatVictims(summary).ifPresent(s::text);
      return s.section();
    }
    repeatVictims(summary).ifPresent(s::text);
    growth(summary).ifPresent(s::text);
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

  /**
   * The repeat victims in a sentence: the children who were the victim of two or more incidents in the twelve
   * months and in the quarter. A withheld count is said to be withheld (c); a count not available, or a table
   * without the column, leaves its part out.
   */
  public static Optional<String> repeatVictims(PublishedTable summary) {
    Optional<PublishedCell> year = partnership(summary, "repeat_victims");
    Optional<PublishedCell> quarter = partnership(summary, "repeat_victims_in_period");
    if (year.isEmpty()) {
      return Optional.empty();
    }
    String inYear = year.get().isShown()
        ? children(year.get().value()) + " the victim of two or more recorded incidents in the twelve months to the "
            + "end of the quarter (repeat victims)"
        : "The number of children who were the victim of two or more recorded incidents in the twelve months to the "
            + "end of the quarter (repeat victims) is withheld (c)";
    if (quarter.isEmpty()) {
      return Optional.of(inYear + ".");
    }
    String inQuarter;
    if (!quarter.get().isShown()) {
      inQuarter = "the number who were the victim of two or more within the quarter itself is withheld (c)";
    } else if (year.get().isShown()) {
      inQuarter = whole(quarter.get().value()) + " of them of two or more within the quarter itself";
    } else {
      inQuarter = children(quarter.get().value()) + " the victim of two or more within the quarter itself";
    }
    return Optional.of(inYear + "; " + inQuarter + ".");
  }

  /**
   * The change since the previous quarter in a sentence: the groups that are new and those that grew. The rest
   * did not grow; their number is not published and not worked out here.
   */
  public static Optional<String> growth(PublishedTable summary) {
    Optional<PublishedCell> fresh = partnership(summary, "new_groups");
    Optional<PublishedCell> grew = partnership(summary, "groups_that_grew");
    if (fresh.isEmpty() || grew.isEmpty()) {
      return Optional.empty();
    }
    if (!fresh.get().isShown() && !grew.get().isShown()) {
      return Optional.of("The numbers of groups that are new since the previous quarter and of groups that grew are "
          + "withheld (c).");
    }
    String newPart = fresh.get().isShown()
        ? groups(fresh.get().value()) + (fresh.get().value() == 1 ? " is" : " are") + " new since the previous quarter "
            + "(none of their children and suspects was linked in the twelve months to its end)"
        : "the number of groups new since the previous quarter is withheld (c)";
    String grewPart = grew.get().isShown()
        ? groups(grew.get().value()) + " grew (someone new joined them, or earlier groups joined up)"
        : "the number of groups that grew is withheld (c)";
    String sentence = newPart + " and " + grewPart + "; the other groups did not grow.";
    return Optional.of(Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1));
  }

  /** The partnership's cell of {@code column}, when the table has the column and its value is shown or withheld. */
  private static Optional<PublishedCell> partnership(PublishedTable summary, String column) {
    if (!summary.measures().contains(column)) {
      return Optional.empty();
    }
    int la = summary.dimension("la_code");
    int m = summary.measure(column);
    return summary.rows().stream().filter(r -> r.dimensions().get(la).equals("ALL")).findFirst()
        .map(r -> r.cells().get(m)).filter(c -> c.isShown() || c.status() == Status.SUPPRESSED);
  }

  private static String children(double n) {
    return whole(n) + (n == 1 ? " child was" : " children were");
  }

  private static String groups(double n) {
    return whole(n) + (n == 1 ? " group" : " groups");
  }

  private static String whole(double n) {
    return String.format(Locale.UK, "%,d", Math.round(n));
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
