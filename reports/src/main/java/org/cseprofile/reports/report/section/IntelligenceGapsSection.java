package org.cseprofile.reports.report.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;

/**
 * What the partnership does not know, from what the run already publishes about its inputs: extracts not
 * supplied, optional fields rarely filled, authorities with nothing recorded in an extract the others sent, and
 * quarters with nothing recorded in a trend whose other quarters have some. Zeros and percentages only: a small
 * count never appears here. The analyst's own gaps come first, from the narrative's "Intelligence gaps".
 */
public final class IntelligenceGapsSection implements ReportSection {
  /** A field filled in fewer rows than this share (per cent) is named as a gap. */
  public static final double RARELY_FILLED = 50.0;

  /** The optional extracts, and what the profile cannot say without each. */
  static final Map<String, String> OPTIONAL_EXTRACTS = new LinkedHashMap<>();

  static {
    OPTIONAL_EXTRACTS.put("missing", "missing episodes: how often children go missing, for how long, and where "
        + "they are found");
    OPTIONAL_EXTRACTS.put("incidents", "police incidents: offences and concerns, their places and the platforms used");
    OPTIONAL_EXTRACTS.put("suspects", "police suspects: who the suspected offenders are and what disrupted them");
    OPTIONAL_EXTRACTS.put("health", "health contacts: sexual health, substance misuse and emergency attendances");
    OPTIONAL_EXTRACTS.put("education", "education: exclusions and absence");
  }

  @Override
  public Optional<Section> build(ReportContent content) {
    PublishedTable files = content.table("input_files");
    if (files == null) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Intelligence gaps");
    s.text("What this profile cannot tell the board, found from what the run knows about its own inputs: extracts "
        + "not supplied, fields rarely filled, authorities with nothing recorded in an extract the others sent, and "
        + "quarters with nothing recorded. Each is a question for the partner that holds the data.");
    List<String> gaps = gaps(content);
    if (gaps.isEmpty()) {
      s.text("No such gap was found: every extract was supplied, every optional field is filled in at least half of "
          + "the rows, and every authority and quarter has records in each extract.");
    } else {
      s.bullets(gaps);
    }
    return s.section();
  }

  /** The gaps found, one sentence each, in the order: extracts, fields, authorities, quarters. */
  public static List<String> gaps(ReportContent content) {
    List<String> gaps = new ArrayList<>();
    OPTIONAL_EXTRACTS.forEach((extract, words) -> {
      if (!content.supplied(extract)) {
        gaps.add("No " + extract + " extract was supplied, so the profile says nothing of " + words + ".");
      }
    });
    PublishedTable completeness = content.table("field_completeness");
    if (completeness != null) {
      int percent = completeness.measure("percent_filled");
      for (PublishedRow row : completeness.rows()) {
        PublishedCell cell = row.cells().get(percent);
        if (cell.isShown() && cell.value() < RARELY_FILLED) {
          gaps.add(String.format(Locale.UK, "The field %s of the %s extract is filled in %.1f%% of its rows, so "
              + "what is counted by it describes only some of the records.", row.dimensions().get(1),
              row.dimensions().get(0), cell.value()));
        }
      }
    }
    authorities(content, gaps, "missing_summary", "episodes", "population", "all_missing", "missing episode");
    authorities(content, gaps, "incidents_summary", "incidents", null, null, "police incident");
    quarters(content, gaps, "cohort_trend", "children_identified", null, null, "child newly identified");
    quarters(content, gaps, "missing_trend", "episodes", "population", "all_missing", "missing episode");
    return gaps;
  }

  /** An authority whose count is shown as 0 while the partnership's is shown and above 0. */
  private static void authorities(ReportContent content, List<String> gaps, String name, String measure,
      String filterColumn, String filterValue, String what) {
    PublishedTable table = content.table(name);
    if (table == null || !table.dimensions().contains("la_code") || !table.measures().contains(measure)) {
      return;
    }
    Optional<PublishedCell> partnership = cell(table, measure, "ALL", filterColumn, filterValue);
    if (partnership.isEmpty() || !partnership.get().isShown() || partnership.get().value() <= 0) {
      return;
    }
    for (String area : content.areaNames().keySet()) {
      if (area.equals("ALL")) {
        continue;
      }
      Optional<PublishedCell> own = cell(table, measure, area, filterColumn, filterValue);
      if (own.isPresent() && own.get().isShown() && own.get().value() == 0) {
        gaps.add("No " + what + " was recorded for " + ReportTables.areaLabel(content, area) + " this quarter, "
            + "while the partnership as a whole recorded some: check that " + ReportTables.areaLabel(content, area)
            + "'s records were in the extract.");
      }
    }
  }

  /** A quarter of the partnership's trend with 0 while another quarter is shown above 0. */
  private static void quarters(ReportContent content, List<String> gaps, String name, String measure,
      String filterColumn, String filterValue, String what) {
    PublishedTable table = content.table(name);
    if (table == null || !table.dimensions().contains("quarter") || !table.measures().contains(measure)) {
      return;
    }
    int q = table.dimension("quarter");
    int m = table.measure(measure);
    List<PublishedRow> rows = table.rows().stream()
        .filter(r -> ReportTables.dimension(table, r, "la_code").equals("ALL"))
        .filter(r -> filterColumn == null || ReportTables.dimension(table, r, filterColumn).equals(filterValue))
        .sorted(java.util.Comparator.comparing(r -> r.dimensions().get(q))).toList();
    boolean anyAbove = rows.stream().anyMatch(r -> r.cells().get(m).isShown() && r.cells().get(m).value() > 0);
    if (!anyAbove) {
      return;
    }
    for (PublishedRow row : rows) {
      PublishedCell cell = row.cells().get(m);
      if (cell.isShown() && cell.value() == 0) {
        gaps.add("No " + what + " is recorded in " + row.dimensions().get(q) + ", while other quarters of the "
            + "trend have some: the extract may not cover that quarter.");
      }
    }
  }

  private static Optional<PublishedCell> cell(PublishedTable table, String measure, String area, String filterColumn,
      String filterValue) {
    int m = table.measure(measure);
    return table.rows().stream().filter(r -> ReportTables.dimension(table, r, "la_code").equals(area))
        .filter(r -> filterColumn == null || ReportTables.dimension(table, r, filterColumn).equals(filterValue))
        .findFirst().map(r -> r.cells().get(m));
  }
}
