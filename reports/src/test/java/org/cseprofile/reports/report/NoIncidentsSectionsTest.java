package org.cseprofile.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.reports.document.Paragraph;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.cseprofile.reports.report.section.CrossBorderSection;
import org.cseprofile.reports.report.section.IncidentsSection;
import org.cseprofile.reports.report.section.PlacesSection;
import org.junit.jupiter.api.Test;

/**
 * A run with the cohort and the missing episodes but no incidents extract: every incident count is published x, and
 * the incidents, places and cross-border sections say the extract was not supplied, never "0 incidents".
 */
class NoIncidentsSectionsTest {
  private static final String PERIOD = ReportFixture.PERIOD;
  private static final String POLICY = ReportFixture.POLICY;
  private static final PublishedCell X = PublishedCell.withheld(Status.NOT_AVAILABLE);
  private static final PublishedCell C = PublishedCell.withheld(Status.SUPPRESSED);
  private static final List<String> AREAS = List.of("ALL", "E06000043", "E10000011");

  @Test
  void theIncidentsSectionIsOneSentenceSayingTheExtractWasNotSupplied() {
    Section section = new IncidentsSection().build(content(List.of("cse_cohort", "missing"))).orElseThrow();

    assertThat(section.blocks()).containsExactly(new Paragraph("No police incidents extract was supplied to this run, "
        + "so there are no incident charts or counts: every count in the published tables incidents_summary, "
        + "incidents_breakdown and incidents_by_location_role is x (not available), never 0."));
  }

  @Test
  void thePlacesSectionSaysWhyNoWardIsRankedByIncidents() {
    Section section = new PlacesSection().build(content(List.of("cse_cohort", "missing"))).orElseThrow();

    assertThat(section.blocks()).contains(new Paragraph("Map of where incidents happened: no chart, because no police "
        + "incidents extract was supplied to this run."), new Paragraph("No police incidents extract was supplied to "
        + "this run, so no ward or LSOA can be ranked by its incidents: the incidents of every place in the published "
        + "table place_counts are x (not available), never 0."));
    assertThat(section.blocks()).noneMatch(b -> b instanceof Paragraph p && p.text().contains("enough incidents"));
  }

  @Test
  void theCrossBorderSectionSaysWhichCountsAreNotAvailable() {
    // The cohort is shown; the missing episodes elsewhere withheld (c); the rest x.
    Section section = new CrossBorderSection().build(content(List.of("cse_cohort", "missing"))).orElseThrow();

    assertThat(section.blocks()).contains(new Paragraph("No police incidents extract was supplied to this run, so the "
        + "children with an incident elsewhere, and those known elsewhere in either way, are x (not available), never "
        + "0."));
    // Nothing of the rest is shown either: no table, and the withheld counts said to be withheld.
    assertThat(section.blocks()).noneMatch(Table.class::isInstance);
  }

  @Test
  void withNeitherMissingEpisodesNorIncidentsTheCrossBorderSectionIsOneSentence() {
    Section section = new CrossBorderSection().build(content(List.of("cse_cohort"))).orElseThrow();

    assertThat(section.blocks()).containsExactly(new Paragraph("Neither missing episodes nor police incidents were "
        + "supplied to this run, so no child can be known in another authority: every count of children elsewhere in "
        + "the published table cross_border is x (not available), never 0."));
  }

  /** The published tables of a run that read rows of {@code extracts} only (no incidents), as disclosure control leaves them. */
  private static ReportContent content(List<String> extracts) {
    Map<String, PublishedTable> tables = new LinkedHashMap<>();
    tables.put("input_files", new PublishedTable("input_files", PERIOD, POLICY, List.of("extract", "source_file"),
        List.of("rows_read"), List.of(MeasureKind.COUNT), extracts.stream()
            .map(e -> new PublishedRow(List.of(e, e + ".csv"), List.of(PublishedCell.shown(10)))).toList()));
    tables.put("incidents_summary", new PublishedTable("incidents_summary", PERIOD, POLICY, List.of("la_code"),
        List.of("incidents", "incidents_with_victim", "children_linked_as_victims", "victims_in_cse_cohort"),
        List.of(MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.COUNT),
        AREAS.stream().map(a -> new PublishedRow(List.of(a), List.of(X, X, X, X))).toList()));
    List<PublishedRow> breakdown = new ArrayList<>();
    for (String area : AREAS) {
      for (List<String> category : List.of(List.of("contact_type", "contact"), List.of("contact_type", "online"),
          List.of("place_type", "hotel"), List.of("platform", "not_recorded"))) {
        breakdown.add(new PublishedRow(List.of(area, category.get(0), category.get(1)), List.of(X)));
      }
    }
    tables.put("incidents_breakdown", new PublishedTable("incidents_breakdown", PERIOD, POLICY,
        List.of("la_code", "breakdown", "category"), List.of("incidents"), breakdown));
    boolean missing = extracts.contains("missing");
    tables.put("cross_border", new PublishedTable("cross_border", PERIOD, POLICY, List.of("la_code"),
        List.of("children", "children_missing_elsewhere", "children_incident_elsewhere", "children_any_elsewhere",
            "percent_any_elsewhere"), List.of(MeasureKind.COUNT, MeasureKind.COUNT, MeasureKind.COUNT,
            MeasureKind.COUNT, MeasureKind.PERCENT), AREAS.stream().map(a -> new PublishedRow(List.of(a),
            List.of(PublishedCell.shown(60), missing ? C : X, X, X, X))).toList()));
    // Only where missing children were found: no incident square.
    tables.put("hotspot_grid", new PublishedTable("hotspot_grid", PERIOD, POLICY, List.of("layer", "cell_id",
        "cell_easting", "cell_northing", "cell_size_m", "grid_reference"), List.of("events"), List.of(
            new PublishedRow(List.of("found", "E531000-N105000-1000m", "531500", "105500", "1000", "TQ 31 05"),
                List.of(PublishedCell.shown(6))))));
    tables.put("place_counts", new PublishedTable("place_counts", PERIOD, POLICY, List.of("la_code", "place_code",
        "authority_name", "place_name", "place_type"), List.of("incidents", "found"), List.of(MeasureKind.COUNT,
        MeasureKind.COUNT), List.of(new PublishedRow(List.of("E06000043", "E05002432", "Brighton and Hove", "Regency",
        "ward"), List.of(X, PublishedCell.shown(6))))));
    ReportContent base = ReportFixture.content();
    return new ReportContent(base.periodLabel(), base.periodDates(), base.areaNames(), base.policy(),
        base.marking(), base.policyWording(), base.filters(), base.repeatEpisodes(), base.repeatDays(),
        base.missingOverlaps(), base.produced(), base.source(), tables);
  }
}
