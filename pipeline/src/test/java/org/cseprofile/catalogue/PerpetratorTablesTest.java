package org.cseprofile.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprofile.catalogue.RestrictedRows.row;

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
  private static final List<String> SUMMARY = List.of(Columns.SUSPECTS, Columns.SUSPECT_LINKS,
      Columns.SUSPECTS_WITH_DISRUPTION);
  private static final List<String> SUSPECTS = List.of(Columns.SUSPECTS);

  @Test
  void aBreakdownNotSuppliedIsPublishedAsNotApplicableAndTheRestIsProtected() {
    // 20 suspects in E1 and 10 in E2 (30 in the partnership), 5 and 2 of them with a tactic. Gender: E1 12 M and
    // 8 F, E2 5 M and 5 F, so the partnership 17 M and 13 F. Ethnic group: not supplied, every count null.
    List<RestrictedTable.Row> summary = new ArrayList<>();
    Long[][] s = {{30L, 40L, 7L}, {20L, 26L, 5L}, {10L, 14L, 2L}};
    for (int i = 0; i < 3; i++) {
      summary.add(row(List.of(AREAS.get(i)), SUMMARY, s[i]));
    }
    List<RestrictedTable.Row> breakdown = new ArrayList<>();
    long[][] gender = {{17, 13}, {12, 8}, {5, 5}};
    for (int i = 0; i < 3; i++) {
      breakdown.add(row(List.of(AREAS.get(i), "gender", "M"), SUSPECTS, gender[i][0]));
      breakdown.add(row(List.of(AREAS.get(i), "gender", "F"), SUSPECTS, gender[i][1]));
      for (String group : List.of("white", "not_recorded")) {
        breakdown.add(row(List.of(AREAS.get(i), "ethnic_group", group), SUSPECTS, (Long) null));
      }
    }

    ProfilePublication.Result published = publish(summary, breakdown);

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
    List<RestrictedTable.Row> summary = new ArrayList<>();
    List<RestrictedTable.Row> breakdown = new ArrayList<>();
    for (String area : AREAS) {
      summary.add(row(List.of(area), SUMMARY, null, null, null));
      for (List<String> category : List.of(List.of("gender", "M"), List.of("disruption", "cawn"),
          List.of("disruption", "none"))) {
        breakdown.add(row(List.of(area, category.get(0), category.get(1)), SUSPECTS, (Long) null));
      }
    }

    ProfilePublication.Result published = publish(summary, breakdown);

    assertThat(published.protection().audit().passes()).isTrue();
    PublishedCell x = PublishedCell.withheld(Status.NOT_AVAILABLE);
    assertThat(published.table(TableNames.PERPETRATORS_SUMMARY).cell(Columns.SUSPECTS, "ALL")).isEqualTo(x);
    assertThat(published.table(TableNames.PERPETRATORS_BREAKDOWN).cell(Columns.SUSPECTS, "E1", "disruption", "cawn"))
        .isEqualTo(x);
  }

  /** Both tables published together from their restricted rows (summary: {@link #SUMMARY}; breakdown: suspects). */
  private static ProfilePublication.Result publish(List<RestrictedTable.Row> summary,
      List<RestrictedTable.Row> breakdown) {
    Map<String, RestrictedTable> tables = new LinkedHashMap<>();
    tables.put(TableNames.PERPETRATORS_SUMMARY, new RestrictedTable(TableNames.PERPETRATORS_SUMMARY,
        List.of(Columns.LA_CODE), SUMMARY, summary));
    tables.put(TableNames.PERPETRATORS_BREAKDOWN, new RestrictedTable(TableNames.PERPETRATORS_BREAKDOWN,
        List.of(Columns.LA_CODE, Columns.BREAKDOWN, Columns.CATEGORY), SUSPECTS, breakdown));
    return ProfilePublication.publish(tables,
        List.of(PerpetratorTables.SUMMARY.publication(), PerpetratorTables.BREAKDOWN.publication()), "2016-Q4",
        DisclosurePolicy.PARTNERSHIP);
  }
}
