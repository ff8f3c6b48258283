package org.cseprofile.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.disclosure.ProfilePublication;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;
import org.junit.jupiter.api.Test;

/** The suspects' tables published when a breakdown's column was not supplied (its counts are null, shown as x). */
class PerpetratorTablesTest {
  private static final List<String> AREAS = List.of(Columns.PARTNERSHIP, "E1", "E2");

  @Test
  void aBreakdownNotSuppliedIsPublishedAsNotApplicableAndTheRestIsProtected() {
    // 20 suspects in E1 and 10 in E2 (30 in the partnership), 5 and 2 of them with a tactic. Gender: E1 12 M and
    // 8 F, E2 5 M and 5 F, so the partnership 17 M and 13 F. Ethnic group: not supplied, every count null.
    Map<String, RestrictedTable> tables = new LinkedHashMap<>();
    List<RestrictedTable.Row> summary = new ArrayList<>();
    long[][] s = {{30, 40, 7}, {20, 26, 5}, {10, 14, 2}};
    for (int i = 0; i < 3; i++) {
      summary.add(row(List.of(AREAS.get(i)), Map.of(Columns.SUSPECTS, s[i][0], Columns.SUSPECT_LINKS, s[i][1],
          Columns.SUSPECTS_WITH_DISRUPTION, s[i][2])));
    }
    tables.put(TableNames.PERPETRATORS_SUMMARY, new RestrictedTable(TableNames.PERPETRATORS_SUMMARY,
        List.of(Columns.LA_CODE), List.of(Columns.SUSPECTS, Columns.SUSPECT_LINKS, Columns.SUSPECTS_WITH_DISRUPTION),
        summary));
    List<RestrictedTable.Row> breakdown = new ArrayList<>();
    long[][] gender = {{17, 13}, {12, 8}, {5, 5}};
    for (int i = 0; i < 3; i++) {
      breakdown.add(row(List.of(AREAS.get(i), "gender", "M"), Map.of(Columns.SUSPECTS, gender[i][0])));
      breakdown.add(row(List.of(AREAS.get(i), "gender", "F"), Map.of(Columns.SUSPECTS, gender[i][1])));
      for (String group : List.of("white", "not_recorded")) {
        Map<String, Object> nothing = new LinkedHashMap<>();
        nothing.put(Columns.SUSPECTS, null);
        breakdown.add(row(List.of(AREAS.get(i), "ethnic_group", group), nothing));
      }
    }
    tables.put(TableNames.PERPETRATORS_BREAKDOWN, new RestrictedTable(TableNames.PERPETRATORS_BREAKDOWN,
        List.of(Columns.LA_CODE, Columns.BREAKDOWN, Columns.CATEGORY), List.of(Columns.SUSPECTS), breakdown));

    ProfilePublication.Result published = ProfilePublication.publish(tables,
        List.of(PerpetratorTables.SUMMARY.publication(), PerpetratorTables.BREAKDOWN.publication()), "2016-Q4",
        DisclosurePolicy.PARTNERSHIP);

    assertThat(published.protection().audit().passes()).isTrue();
    PublishedTable b = published.table(TableNames.PERPETRATORS_BREAKDOWN);
    // No count is small: every gender count is shown; the ethnic groups not supplied are x, not 0.
    assertThat(b.cell(Columns.SUSPECTS, "ALL", "gender", "M")).isEqualTo(PublishedCell.shown(17));
    assertThat(b.cell(Columns.SUSPECTS, "E2", "gender", "F")).isEqualTo(PublishedCell.shown(5));
    assertThat(b.cell(Columns.SUSPECTS, "ALL", "ethnic_group", "white"))
        .isEqualTo(PublishedCell.withheld(Status.NOT_AVAILABLE));
    assertThat(b.cell(Columns.SUSPECTS, "E1", "ethnic_group", "not_recorded"))
        .isEqualTo(PublishedCell.withheld(Status.NOT_AVAILABLE));
  }

  @Test
  void withoutTheSuspectsExtractEveryCountIsPublishedAsNotAvailable() {
    // No suspects (or no incidents) supplied: every count of both tables is null in ALL, E1 and E2; the relations
    // between areas and to the summary have nothing to relate, and every cell is published x.
    Map<String, RestrictedTable> tables = new LinkedHashMap<>();
    List<RestrictedTable.Row> summary = new ArrayList<>();
    List<RestrictedTable.Row> breakdown = new ArrayList<>();
    for (String area : AREAS) {
      Map<String, Object> nothing = new LinkedHashMap<>();
      List.of(Columns.SUSPECTS, Columns.SUSPECT_LINKS, Columns.SUSPECTS_WITH_DISRUPTION).forEach(c -> nothing.put(c, null));
      summary.add(row(List.of(area), nothing));
      for (List<String> category : List.of(List.of("gender", "M"), List.of("disruption", "cawn"),
          List.of("disruption", "none"))) {
        Map<String, Object> none = new LinkedHashMap<>();
        none.put(Columns.SUSPECTS, null);
        breakdown.add(row(List.of(area, category.get(0), category.get(1)), none));
      }
    }
    tables.put(TableNames.PERPETRATORS_SUMMARY, new RestrictedTable(TableNames.PERPETRATORS_SUMMARY,
        List.of(Columns.LA_CODE), List.of(Columns.SUSPECTS, Columns.SUSPECT_LINKS, Columns.SUSPECTS_WITH_DISRUPTION),
        summary));
    tables.put(TableNames.PERPETRATORS_BREAKDOWN, new RestrictedTable(TableNames.PERPETRATORS_BREAKDOWN,
        List.of(Columns.LA_CODE, Columns.BREAKDOWN, Columns.CATEGORY), List.of(Columns.SUSPECTS), breakdown));

    ProfilePublication.Result published = ProfilePublication.publish(tables,
        List.of(PerpetratorTables.SUMMARY.publication(), PerpetratorTables.BREAKDOWN.publication()), "2016-Q4",
        DisclosurePolicy.PARTNERSHIP);

    assertThat(published.protection().audit().passes()).isTrue();
    PublishedCell x = PublishedCell.withheld(Status.NOT_AVAILABLE);
    assertThat(published.table(TableNames.PERPETRATORS_SUMMARY).cell(Columns.SUSPECTS, "ALL")).isEqualTo(x);
    assertThat(published.table(TableNames.PERPETRATORS_BREAKDOWN).cell(Columns.SUSPECTS, "E1", "disruption", "cawn"))
        .isEqualTo(x);
  }

  private static RestrictedTable.Row row(List<String> key, Map<String, Object> values) {
    return new RestrictedTable.Row(key, new LinkedHashMap<>(values));
  }
}
