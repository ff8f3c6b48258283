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

/** The incident tables, and the cross-border counts of incidents, published when no incidents extract was supplied. */
class IncidentTablesTest {
  private static final List<String> AREAS = List.of(Columns.PARTNERSHIP, "E1", "E2");
  private static final PublishedCell X = PublishedCell.withheld(Status.NOT_AVAILABLE);

  /**
   * By hand: the cohort of 59 (E1 40, E2 19; identified 20 = 15 + 5, closed 29 = 20 + 9, open at the end 30 = 20 +
   * 10), none small, so every cohort count is shown. No incidents extract: every count of incidents_summary and
   * incidents_breakdown is null, and so are cross_border's incidents elsewhere and "either" (the missing episodes
   * elsewhere, 12 = 7 + 5, are known). Published: those cells x, never 0; the cohort's cells exactly as published
   * without any incident table; the percent of "either" x; and the audit passes.
   */
  @Test
  void withoutTheIncidentsExtractEveryIncidentCountIsXAndTheCohortIsUnchanged() {
    List<String> cohortColumns = List.of(Columns.CHILDREN_OPEN, Columns.CHILDREN_IDENTIFIED, Columns.CHILDREN_CLOSED,
        Columns.CHILDREN_OPEN_AT_END);
    List<String> summaryColumns = List.of(Columns.INCIDENTS, Columns.INCIDENTS_WITH_VICTIM,
        Columns.CHILDREN_LINKED_AS_VICTIMS, Columns.VICTIMS_IN_CSE_COHORT);
    List<String> crossBorderColumns = List.of(Columns.CHILDREN, Columns.CHILDREN_MISSING_ELSEWHERE,
        Columns.CHILDREN_INCIDENT_ELSEWHERE, Columns.CHILDREN_ANY_ELSEWHERE);
    Long[][] cohortCounts = {{59L, 20L, 29L, 30L}, {40L, 15L, 20L, 20L}, {19L, 5L, 9L, 10L}};
    Long[] missingElsewhere = {12L, 7L, 5L};
    List<RestrictedTable.Row> cohort = new ArrayList<>();
    List<RestrictedTable.Row> summary = new ArrayList<>();
    List<RestrictedTable.Row> breakdown = new ArrayList<>();
    List<RestrictedTable.Row> crossBorder = new ArrayList<>();
    for (int a = 0; a < AREAS.size(); a++) {
      List<String> area = List.of(AREAS.get(a));
      cohort.add(row(area, cohortColumns, cohortCounts[a]));
      summary.add(row(area, summaryColumns, null, null, null, null));
      for (List<String> category : List.of(List.of("incident_type", "crime"), List.of("incident_type", "concern"),
          List.of("contact_type", "online"), List.of("platform", "not_recorded"))) {
        breakdown.add(row(List.of(AREAS.get(a), category.get(0), category.get(1)), List.of(Columns.INCIDENTS),
            (Long) null));
      }
      crossBorder.add(row(area, crossBorderColumns, cohortCounts[a][0], missingElsewhere[a], null, null));
    }
    Map<String, RestrictedTable> cohortOnly = new LinkedHashMap<>();
    cohortOnly.put(TableNames.COHORT, new RestrictedTable(TableNames.COHORT, List.of(Columns.LA_CODE), cohortColumns,
        cohort));
    Map<String, RestrictedTable> tables = new LinkedHashMap<>(cohortOnly);
    tables.put(TableNames.INCIDENTS_SUMMARY, new RestrictedTable(TableNames.INCIDENTS_SUMMARY,
        List.of(Columns.LA_CODE), summaryColumns, summary));
    tables.put(TableNames.INCIDENTS_BREAKDOWN, new RestrictedTable(TableNames.INCIDENTS_BREAKDOWN,
        List.of(Columns.LA_CODE, Columns.BREAKDOWN, Columns.CATEGORY), List.of(Columns.INCIDENTS), breakdown));
    tables.put(TableNames.CROSS_BORDER, new RestrictedTable(TableNames.CROSS_BORDER, List.of(Columns.LA_CODE),
        crossBorderColumns, crossBorder));

    ProfilePublication.Result published = ProfilePublication.publish(tables, ProfileCatalogue.specs(), "2016-Q4",
        DisclosurePolicy.PARTNERSHIP);

    assertThat(published.protection().audit().passes()).isTrue();
    assertThat(published.table(TableNames.INCIDENTS_SUMMARY).rows()).hasSize(3)
        .allMatch(r -> r.cells().stream().allMatch(X::equals));
    assertThat(published.table(TableNames.INCIDENTS_BREAKDOWN).rows()).hasSize(12)
        .allMatch(r -> r.cells().stream().allMatch(X::equals));
    PublishedTable border = published.table(TableNames.CROSS_BORDER);
    assertThat(border.cell(Columns.CHILDREN, "ALL")).isEqualTo(PublishedCell.shown(59));
    assertThat(border.cell(Columns.CHILDREN_MISSING_ELSEWHERE, "E2")).isEqualTo(PublishedCell.shown(5));
    assertThat(border.cell(Columns.CHILDREN_INCIDENT_ELSEWHERE, "E1")).isEqualTo(X);
    assertThat(border.cell(Columns.CHILDREN_ANY_ELSEWHERE, "ALL")).isEqualTo(X);
    assertThat(border.cell(Columns.PERCENT_ANY_ELSEWHERE, "ALL")).isEqualTo(X);
    PublishedTable alone = ProfilePublication.publish(cohortOnly, ProfileCatalogue.specs(), "2016-Q4",
        DisclosurePolicy.PARTNERSHIP).table(TableNames.COHORT);
    assertThat(published.table(TableNames.COHORT).rows()).isEqualTo(alone.rows());
    assertThat(alone.cell(Columns.CHILDREN_OPEN, "E2")).isEqualTo(PublishedCell.shown(19));
  }
}
