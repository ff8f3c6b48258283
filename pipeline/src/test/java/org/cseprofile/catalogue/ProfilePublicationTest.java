package org.cseprofile.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprofile.catalogue.RestrictedRows.row;

import java.util.List;
import java.util.Map;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.disclosure.ProfilePublication;
import org.cseprofile.disclosure.Relation;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;
import org.junit.jupiter.api.Test;

/** The profile's tables published as the catalogue says. */
class ProfilePublicationTest {

  /**
   * By hand: 3 children in the cohort (E1 2, E2 1), every one small and withheld (c); no incidents extract, so the
   * children with an incident elsewhere, and "either", are not available. The percent of "either" has a numerator
   * not available (x) and a denominator withheld (c): it is published x, which says more than c (the count was never
   * made) and reveals nothing, since whether an extract was supplied is public. A percent whose denominator is c and
   * numerator is counted stays c.
   */
  @Test
  void aPercentOfAWithheldDenominatorWhoseNumeratorIsNotAvailableIsPublishedNotAvailable() {
    List<String> columns = List.of(Columns.CHILDREN, Columns.CHILDREN_MISSING_ELSEWHERE,
        Columns.CHILDREN_INCIDENT_ELSEWHERE, Columns.CHILDREN_ANY_ELSEWHERE);
    Map<String, RestrictedTable> noIncidents = Map.of(TableNames.CROSS_BORDER, new RestrictedTable(
        TableNames.CROSS_BORDER, List.of(Columns.LA_CODE), columns, List.of(
            row(List.of("ALL"), columns, 3L, 0L, null, null),
            row(List.of("E1"), columns, 2L, 0L, null, null),
            row(List.of("E2"), columns, 1L, 0L, null, null))));

    PublishedTable published = ProfilePublication.publish(noIncidents, ProfileCatalogue.specs(), "2016-Q4",
        DisclosurePolicy.PARTNERSHIP).table(TableNames.CROSS_BORDER);

    assertThat(published.cell(Columns.CHILDREN, "ALL")).isEqualTo(PublishedCell.withheld(Status.SUPPRESSED));
    assertThat(published.cell(Columns.CHILDREN_ANY_ELSEWHERE, "ALL"))
        .isEqualTo(PublishedCell.withheld(Status.NOT_AVAILABLE));
    assertThat(published.cell(Columns.PERCENT_ANY_ELSEWHERE, "ALL"))
        .isEqualTo(PublishedCell.withheld(Status.NOT_AVAILABLE));
    // Both extracts supplied, no child elsewhere: the percent of 0 over a withheld 3 is withheld (c).
    Map<String, RestrictedTable> both = Map.of(TableNames.CROSS_BORDER, new RestrictedTable(TableNames.CROSS_BORDER,
        List.of(Columns.LA_CODE), columns, List.of(row(List.of("ALL"), columns, 3L, 0L, 0L, 0L),
            row(List.of("E1"), columns, 2L, 0L, 0L, 0L), row(List.of("E2"), columns, 1L, 0L, 0L, 0L))));
    assertThat(ProfilePublication.publish(both, ProfileCatalogue.specs(), "2016-Q4", DisclosurePolicy.PARTNERSHIP)
        .table(TableNames.CROSS_BORDER).cell(Columns.PERCENT_ANY_ELSEWHERE, "ALL"))
        .isEqualTo(PublishedCell.withheld(Status.SUPPRESSED));
  }

  @Test
  void singleYearsOfAgeArePublishedForThePartnershipOnly() {
    RestrictedTable ages = new RestrictedTable("age_by_gender", List.of("la_code", "gender", "age"), List.of("children"),
        List.of(new RestrictedTable.Row(List.of("ALL", "F", "14"), Map.of("children", 9L)),
            new RestrictedTable.Row(List.of("E10000032", "F", "14"), Map.of("children", 6L)),
            new RestrictedTable.Row(List.of("E06000043", "F", "14"), Map.of("children", 3L))));
    RestrictedTable published = ProfilePublication.partnershipOnly(ages);
    assertThat(published.rows()).extracting(RestrictedTable.Row::key).containsExactly(List.of("ALL", "F", "14"));
    assertThat(published.dimensions()).isEqualTo(ages.dimensions());
  }

  @Test
  void ageBandsByGenderArePublishedForThePartnershipOnlyAndTheirBandAndGenderTotalsStillRelate() {
    List<RestrictedTable.Row> breakdown = new java.util.ArrayList<>();
    List<RestrictedTable.Row> bands = new java.util.ArrayList<>();
    // Two authorities and the partnership; girls and boys in two bands, gender not known (U) small everywhere.
    long[][] counts = {{20, 15, 2, 30, 25, 1}, {40, 35, 3, 10, 12, 2}};
    String[] las = {"E06000043", "E10000032"};
    String[][] cells = {{"13_to_15", "F"}, {"13_to_15", "M"}, {"13_to_15", "U"}, {"16_to_17", "F"}, {"16_to_17", "M"},
        {"16_to_17", "U"}};
    long[] all = new long[6];
    for (int a = 0; a < 2; a++) {
      for (int c = 0; c < 6; c++) {
        bands.add(new RestrictedTable.Row(List.of(las[a], cells[c][0], cells[c][1]), Map.of("children", counts[a][c])));
        all[c] += counts[a][c];
      }
    }
    for (int c = 0; c < 6; c++) {
      bands.add(new RestrictedTable.Row(List.of("ALL", cells[c][0], cells[c][1]), Map.of("children", all[c])));
    }
    for (String la : List.of(las[0], las[1], "ALL")) {
      long[] sums = new long[5]; // 13_to_15, 16_to_17, F, M, U
      for (RestrictedTable.Row r : bands) {
        if (r.key().get(0).equals(la)) {
          long n = (Long) r.values().get("children");
          sums[r.key().get(1).equals("13_to_15") ? 0 : 1] += n;
          sums[2 + List.of("F", "M", "U").indexOf(r.key().get(2))] += n;
        }
      }
      String[][] categories = {{"age_band", "13_to_15"}, {"age_band", "16_to_17"}, {"gender", "F"}, {"gender", "M"},
          {"gender", "U"}};
      for (int i = 0; i < 5; i++) {
        breakdown.add(new RestrictedTable.Row(List.of(la, categories[i][0], categories[i][1]), Map.of("children", sums[i])));
      }
    }
    Map<String, RestrictedTable> restricted = new java.util.LinkedHashMap<>();
    restricted.put("cohort_breakdown", new RestrictedTable("cohort_breakdown", List.of("la_code", "breakdown", "category"),
        List.of("children"), breakdown));
    restricted.put("age_band_by_gender", new RestrictedTable("age_band_by_gender", List.of("la_code", "age_band", "gender"),
        List.of("children"), bands));

    ProfilePublication.Result result = ProfilePublication.publish(restricted, ProfileCatalogue.specs(), "2016-Q4",
        DisclosurePolicy.PARTNERSHIP);

    assertThat(result.table("age_band_by_gender").rows()).extracting(r -> r.dimensions())
        .containsExactly(List.of("ALL", "13_to_15", "F"), List.of("ALL", "13_to_15", "M"), List.of("ALL", "13_to_15", "U"),
            List.of("ALL", "16_to_17", "F"), List.of("ALL", "16_to_17", "M"), List.of("ALL", "16_to_17", "U"));
    // The partnership's bands by gender still add up to its band and gender totals in cohort_breakdown.
    assertThat(result.model().relations()).extracting(Relation::name)
        .contains("genders of a band = band total", "bands of a gender = gender total");
    assertThat(result.model().values().keySet()).noneMatch(c -> c.table().equals("age_band_by_gender")
        && !c.key().get(0).equals("ALL"));
    assertThat(result.protection().audit().passes()).isTrue();
  }

  @Test
  void thePartnershipsBoysAreShownOnceTheFewChildrenOfUnknownGenderAreCountedWithTheGirls() {
    // E1: girls 30, boys 8, not known 2 (40 open); E2: 12, 6, 1 (19); the partnership 42, 14, 3 (59).
    Map<String, RestrictedTable> restricted = new java.util.LinkedHashMap<>();
    List<RestrictedTable.Row> cohort = new java.util.ArrayList<>();
    List<RestrictedTable.Row> breakdown = new java.util.ArrayList<>();
    String[] areas = {"ALL", "E1", "E2"};
    long[][] genders = {{42, 14, 3}, {30, 8, 2}, {12, 6, 1}};
    long[][] counts = {{59, 20, 29, 30}, {40, 15, 20, 20}, {19, 5, 9, 10}}; // open, identified, closed, open at end
    for (int a = 0; a < 3; a++) {
      cohort.add(new RestrictedTable.Row(List.of(areas[a]), Map.of("children_open", counts[a][0],
          "children_identified", counts[a][1], "children_closed", counts[a][2], "children_open_at_end", counts[a][3])));
      for (int g = 0; g < 3; g++) {
        breakdown.add(new RestrictedTable.Row(List.of(areas[a], "gender", List.of("F", "M", "U").get(g)),
            Map.of("children", genders[a][g])));
      }
    }
    restricted.put("cohort", new RestrictedTable("cohort", List.of("la_code"), List.of("children_open",
        "children_identified", "children_closed", "children_open_at_end"), cohort));
    restricted.put("cohort_breakdown", new RestrictedTable("cohort_breakdown", List.of("la_code", "breakdown",
        "category"), List.of("children"), breakdown));

    // As published: the 3 children of unknown gender are counted with the girls, and nothing is withheld.
    ProfilePublication.Result result = ProfilePublication.publish(restricted, ProfileCatalogue.specs(), "2016-Q4",
        DisclosurePolicy.PARTNERSHIP);
    var published = result.table("cohort_breakdown");
    assertThat(published.cell("children", "ALL", "gender", "M")).isEqualTo(
        org.cseprofile.reports.published.PublishedCell.shown(14));
    assertThat(published.cell("children", "ALL", "gender", "F")).isEqualTo(
        org.cseprofile.reports.published.PublishedCell.shown(45));
    assertThat(published.rows()).noneMatch(r -> r.dimensions().get(2).equals("U"));
    assertThat(published.notes()).singleElement().asString().startsWith("Children whose gender is not known (U) are "
        + "counted with girls (F) in every area");
    assertThat(result.protection().primary()).isEmpty();
    assertThat(result.protection().secondary()).isEmpty();
    assertThat(result.protection().audit().passes()).isTrue();

    // Without the recoding, the partnership's 3 would be 59 - 42 - 14: one of girls or boys must go, and boys cost less.
    List<org.cseprofile.disclosure.PublishedSpec> unrecoded = ProfileCatalogue.specs().stream()
        .map(s -> s.table().equals("cohort_breakdown") ? s.withPreparation((t, p) -> t) : s).toList();
    ProfilePublication.Result before = ProfilePublication.publish(restricted, unrecoded, "2016-Q4",
        DisclosurePolicy.PARTNERSHIP);
    assertThat(before.table("cohort_breakdown").cell("children", "ALL", "gender", "M").isShown()).isFalse();
    assertThat(before.protection().audit().passes()).isTrue();
  }
}
