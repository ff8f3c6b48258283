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
import org.cseprofile.reports.report.section.RatesSection;
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

  /**
   * The rates section's opening says what x means where the table shows it: the victims of a CSE incident have no
   * count without the incidents extract, so their count, rate and interval are x (by hand, the fixture's rates row of
   * children_linked_as_victims is x in every cell but residents, 36,000 children in the partnership).
   */
  @Test
  void theRatesSectionSaysWhatXMeans() {
    Section section = new RatesSection().build(content(List.of("cse_cohort", "missing"))).orElseThrow();

    assertThat(section.blocks()).first().isEqualTo(new Paragraph("Counts of this quarter per 10,000 children living "
        + "in each authority (ONS mid-year population estimates), so that authorities of different sizes can be "
        + "compared. A rate is computed from the published count, so it is withheld (c) whenever its count is, and "
        + "not available (x) where its count or the children resident are: no police incidents extract was supplied "
        + "to this run, so the victims of a CSE incident are not counted (x, never 0). The 95% interval is Byar's "
        + "approximation to the exact Poisson interval, as Public Health England's profiles use. Rates per 10,000 "
        + "aged 10 to 17 divide the same counts by the residents of the ages most of the children are."));
    Table table = section.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst()
        .orElseThrow();
    assertThat(table.rows()).contains(List.of("Partnership", "Victims of a CSE incident", "x", "36,000", "x", "x", "x"));
  }

  /** With every extract supplied and a population for every authority, the opening explains c alone. */
  @Test
  void theRatesSectionExplainsOnlyCWhenNothingIsNotAvailable() {
    Section section = new RatesSection().build(content(List.of("cse_cohort", "missing", "incidents"))).orElseThrow();

    assertThat(section.blocks()).first().isInstanceOfSatisfying(Paragraph.class, p -> assertThat(p.text())
        .contains("withheld (c) whenever its count is. The 95% interval").doesNotContain("(x)"));
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
    tables.put("rates", rates(extracts.contains("incidents")));
    ReportContent base = ReportFixture.content();
    return new ReportContent(base.periodLabel(), base.periodDates(), base.areaNames(), base.policy(),
        base.marking(), base.policyWording(), base.filters(), base.repeatEpisodes(), base.repeatDays(),
        base.missingOverlaps(), base.produced(), base.source(), tables);
  }

  /**
   * Rates of the partnership alone, as published: 120 children open among 36,000 aged 0 to 17 (14,400 aged 10 to 17)
   * is 33.3 per 10,000; the victims of a CSE incident are x in every cell but residents without the incidents
   * extract (3, withheld, with it).
   */
  private static PublishedTable rates(boolean incidents) {
    List<PublishedRow> rows = new ArrayList<>();
    for (String age : List.of("0_17", "10_17")) {
      PublishedCell residents = PublishedCell.shown(age.equals("0_17") ? 36_000 : 14_400);
      PublishedCell rate = PublishedCell.shown(age.equals("0_17") ? 33.3 : 83.3);
      rows.add(new PublishedRow(List.of("ALL", "children_open", age), List.of(PublishedCell.shown(120), residents,
          rate, PublishedCell.shown(age.equals("0_17") ? 27.7 : 69.1), PublishedCell.shown(age.equals("0_17") ? 39.8
              : 99.6))));
      PublishedCell victims = incidents ? C : X;
      rows.add(new PublishedRow(List.of("ALL", "children_linked_as_victims", age), List.of(victims, residents, victims,
          victims, victims)));
    }
    return new PublishedTable("rates", PERIOD, POLICY, List.of("la_code", "counted", "age_group"),
        List.of("count", "residents", "rate_per_10000", "ci_lower", "ci_upper"), List.of(MeasureKind.COUNT,
            MeasureKind.COUNT, MeasureKind.DECIMAL, MeasureKind.DECIMAL, MeasureKind.DECIMAL), rows);
  }
}
