package org.cseprofile.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.disclosure.ProfilePublication;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.network.NetworkStatistics;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;
import org.junit.jupiter.api.Test;

/**
 * The network tables published when the incidents or the suspects extract was not supplied: the counts that need
 * it are null in the restricted tables and published x (not available), never 0, and the rest is still protected.
 */
class NetworkTablesTest {
  private static final PublishedCell X = PublishedCell.withheld(Status.NOT_AVAILABLE);
  private static final List<String> SUMMARY_COLUMNS = List.of(Columns.GROUPS, Columns.CHILDREN, Columns.SUSPECTS,
      Columns.CHILDREN_WITH_2_OR_MORE_SUSPECTS, Columns.SUSPECTS_WITH_2_OR_MORE_CHILDREN,
      Columns.GROUPS_SPANNING_2_OR_MORE_AUTHORITIES, Columns.COHORT_CHILDREN,
      Columns.COHORT_CHILDREN_IN_GROUPS_OF_3_OR_MORE_SUSPECTS, Columns.PERCENT_COHORT_IN_GROUPS_OF_3_OR_MORE_SUSPECTS,
      Columns.REPEAT_VICTIMS, Columns.REPEAT_VICTIMS_IN_PERIOD, Columns.GROUPS_THAT_GREW, Columns.NEW_GROUPS);

  @Test
  void withoutIncidentsEveryNetworkCellIsXAndOnlyTheCohortIsShown() {
    // The cohort of 40 children is known without incidents; nothing else is: 12 columns x, every size band x.
    Map<String, Object> values = new LinkedHashMap<>();
    SUMMARY_COLUMNS.forEach(c -> values.put(c, null));
    values.put(Columns.COHORT_CHILDREN, 40L);

    ProfilePublication.Result published = publish(values);

    assertThat(published.protection().audit().passes()).isTrue();
    PublishedTable summary = published.table(TableNames.NETWORK_SUMMARY);
    for (String column : SUMMARY_COLUMNS) {
      assertThat(summary.cell(column, Columns.PARTNERSHIP)).as(column)
          .isEqualTo(column.equals(Columns.COHORT_CHILDREN) ? PublishedCell.shown(40) : X);
    }
    assertSizesNotAvailable(published.table(TableNames.NETWORK_SIZE));
  }

  @Test
  void withoutSuspectsTheVictimsAndRepeatVictimsAreShownAndTheGroupsAreX() {
    // Incidents alone: 25 children linked as victims, 12 repeat victims of the 12 months, 6 of the quarter, a cohort
    // of 40. No count is 1 to 4 (the partnership policy's small counts), so all four are shown.
    Map<String, Object> values = new LinkedHashMap<>();
    SUMMARY_COLUMNS.forEach(c -> values.put(c, null));
    values.put(Columns.CHILDREN, 25L);
    values.put(Columns.COHORT_CHILDREN, 40L);
    values.put(Columns.REPEAT_VICTIMS, 12L);
    values.put(Columns.REPEAT_VICTIMS_IN_PERIOD, 6L);

    ProfilePublication.Result published = publish(values);

    assertThat(published.protection().audit().passes()).isTrue();
    PublishedTable summary = published.table(TableNames.NETWORK_SUMMARY);
    assertThat(summary.cell(Columns.CHILDREN, Columns.PARTNERSHIP)).isEqualTo(PublishedCell.shown(25));
    assertThat(summary.cell(Columns.COHORT_CHILDREN, Columns.PARTNERSHIP)).isEqualTo(PublishedCell.shown(40));
    assertThat(summary.cell(Columns.REPEAT_VICTIMS, Columns.PARTNERSHIP)).isEqualTo(PublishedCell.shown(12));
    assertThat(summary.cell(Columns.REPEAT_VICTIMS_IN_PERIOD, Columns.PARTNERSHIP)).isEqualTo(PublishedCell.shown(6));
    for (String column : NetworkStatistics.FROM_LINKS) {
      assertThat(summary.cell(column, Columns.PARTNERSHIP)).as(column).isEqualTo(X);
    }
    assertSizesNotAvailable(published.table(TableNames.NETWORK_SIZE));
  }

  /** The partnership's summary row of {@code values} and every size band null, published under the partnership policy. */
  private static ProfilePublication.Result publish(Map<String, Object> values) {
    Map<String, RestrictedTable> tables = new LinkedHashMap<>();
    tables.put(TableNames.NETWORK_SUMMARY, new RestrictedTable(TableNames.NETWORK_SUMMARY, List.of(Columns.LA_CODE),
        SUMMARY_COLUMNS, List.of(new RestrictedTable.Row(List.of(Columns.PARTNERSHIP), values))));
    List<RestrictedTable.Row> bands = new ArrayList<>();
    for (String band : NetworkStatistics.SIZE_BANDS) {
      Map<String, Object> nothing = new LinkedHashMap<>();
      List.of(Columns.GROUPS, Columns.CHILDREN, Columns.SUSPECTS).forEach(c -> nothing.put(c, null));
      bands.add(new RestrictedTable.Row(List.of(Columns.PARTNERSHIP, band), nothing));
    }
    tables.put(TableNames.NETWORK_SIZE, new RestrictedTable(TableNames.NETWORK_SIZE,
        List.of(Columns.LA_CODE, Columns.SIZE_BAND), List.of(Columns.GROUPS, Columns.CHILDREN, Columns.SUSPECTS), bands));
    return ProfilePublication.publish(tables, List.of(NetworkTables.SUMMARY.publication(),
        NetworkTables.SIZE.publication()), "2016-Q4", DisclosurePolicy.PARTNERSHIP);
  }

  private static void assertSizesNotAvailable(PublishedTable sizes) {
    assertThat(sizes.rows()).hasSize(NetworkStatistics.SIZE_BANDS.size());
    for (String band : NetworkStatistics.SIZE_BANDS) {
      for (String column : List.of(Columns.GROUPS, Columns.CHILDREN, Columns.SUSPECTS)) {
        assertThat(sizes.cell(column, Columns.PARTNERSHIP, band)).as(band + " " + column).isEqualTo(X);
      }
    }
  }
}
