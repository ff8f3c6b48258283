package org.cseprofile.catalogue;

import static org.cseprofile.disclosure.ProfileModel.cell;
import static org.cseprofile.disclosure.PublishedMeasure.Rule.PERCENT;
import static org.cseprofile.disclosure.PublishedMeasure.count;
import static org.cseprofile.disclosure.PublishedMeasure.of;

import java.util.List;
import java.util.Map;
import org.cseprofile.disclosure.CellRef;
import org.cseprofile.disclosure.ProfileModel;
import org.cseprofile.disclosure.PublishedSpec;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.disclosure.RowOrder;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.SuspectsExtract;
import org.cseprofile.network.NetworkStatistics;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * Children and suspects linked by the incidents of the 12 months ending with the period, as groups: for
 * the partnership only, since a group may span authorities (docs/metrics.md, "Links"). A count whose extract
 * (incidents, suspects) was not supplied is not available ({@code x}), never 0.
 */
final class NetworkTables {
  private static final String S = TableNames.NETWORK_SUMMARY;
  private static final String B = TableNames.NETWORK_SIZE;
  private static final List<String> ALL = List.of(Columns.PARTNERSHIP);

  static final ProfileTable SUMMARY = new ProfileTable(
      new PublishedSpec(S, List.of(Columns.LA_CODE), List.of(count(Columns.GROUPS), count(Columns.CHILDREN),
          count(Columns.SUSPECTS), count(Columns.CHILDREN_WITH_2_OR_MORE_SUSPECTS),
          count(Columns.SUSPECTS_WITH_2_OR_MORE_CHILDREN), count(Columns.GROUPS_SPANNING_2_OR_MORE_AUTHORITIES),
          count(Columns.COHORT_CHILDREN), count(Columns.COHORT_CHILDREN_IN_GROUPS_OF_3_OR_MORE_SUSPECTS),
          of(Columns.PERCENT_COHORT_IN_GROUPS_OF_3_OR_MORE_SUSPECTS, PERCENT,
              Columns.COHORT_CHILDREN_IN_GROUPS_OF_3_OR_MORE_SUSPECTS, Columns.COHORT_CHILDREN),
          count(Columns.REPEAT_VICTIMS), count(Columns.REPEAT_VICTIMS_IN_PERIOD), count(Columns.GROUPS_THAT_GREW),
          count(Columns.NEW_GROUPS)),
          NetworkTables::summary),
      ReportSection.LINKS, d -> NetworkStatistics.summary(d.network(), d.inputs().supplied(IncidentsExtract.NAME),
          d.inputs().supplied(SuspectsExtract.NAME)));

  static final ProfileTable SIZE = new ProfileTable(
      new PublishedSpec(B, List.of(Columns.LA_CODE, Columns.SIZE_BAND), List.of(count(Columns.GROUPS),
          count(Columns.CHILDREN), count(Columns.SUSPECTS)), NetworkTables::sizes)
          .withOrder(RowOrder.of(Map.of(Columns.SIZE_BAND, NetworkStatistics.SIZE_BANDS))),
      ReportSection.LINKS, d -> NetworkStatistics.sizes(d.network(), d.inputs().supplied(IncidentsExtract.NAME),
          d.inputs().supplied(SuspectsExtract.NAME)));

  private NetworkTables() {}

  private static void summary(ProfileModel m) {
    for (RestrictedTable.Row row : m.rows(S)) {
      List<String> k = row.key();
      m.contains(cell(S, Columns.CHILDREN, k), List.of(cell(S, Columns.CHILDREN_WITH_2_OR_MORE_SUSPECTS, k),
          cell(S, Columns.COHORT_CHILDREN_IN_GROUPS_OF_3_OR_MORE_SUSPECTS, k)), S + ": subsets of the children");
      m.contains(cell(S, Columns.SUSPECTS, k), List.of(cell(S, Columns.SUSPECTS_WITH_2_OR_MORE_CHILDREN, k)),
          S + ": suspects linked to 2 or more children <= suspects");
      m.contains(cell(S, Columns.GROUPS, k), List.of(cell(S, Columns.GROUPS_SPANNING_2_OR_MORE_AUTHORITIES, k)),
          S + ": groups spanning authorities <= groups");
      // A repeat victim of the period is one of the 12 months (the period's incidents counted are those of the
      // 12 months), and every victim of the 12 months is a child of a group.
      m.contains(cell(S, Columns.REPEAT_VICTIMS, k), List.of(cell(S, Columns.REPEAT_VICTIMS_IN_PERIOD, k)),
          S + ": repeat victims of the period <= repeat victims of the 12 months");
      m.contains(cell(S, Columns.CHILDREN, k), List.of(cell(S, Columns.REPEAT_VICTIMS, k)),
          S + ": repeat victims <= children in groups");
      // Every group is new, grew or did not grow: the groups that grew and the new ones, plus the unpublished
      // groups that did not grow, are the groups.
      m.atMost(cell(S, Columns.GROUPS, k), List.of(cell(S, Columns.GROUPS_THAT_GREW, k), cell(S, Columns.NEW_GROUPS, k)),
          "groups_not_grown", S + ": groups that grew + new groups <= groups");
      m.contains(cell(S, Columns.COHORT_CHILDREN, k),
          List.of(cell(S, Columns.COHORT_CHILDREN_IN_GROUPS_OF_3_OR_MORE_SUSPECTS, k)),
          S + ": cohort children in groups of 3 or more suspects <= cohort children");
      if (m.present(TableNames.COHORT) && m.table(TableNames.COHORT).has(k)) {
        m.same(cell(S, Columns.COHORT_CHILDREN, k), cell(TableNames.COHORT, Columns.CHILDREN_OPEN, k), S + ": cohort");
      }
    }
  }

  private static void sizes(ProfileModel m) {
    if (!m.present(S) || !m.table(S).has(ALL)) {
      return;
    }
    for (String column : List.of(Columns.GROUPS, Columns.CHILDREN, Columns.SUSPECTS)) {
      List<CellRef> bands = m.rows(B).stream().filter(r -> r.key().get(0).equals(Columns.PARTNERSHIP))
          .map(r -> cell(B, column, r.key())).toList();
      if (!bands.isEmpty()) {
        m.sum(cell(S, column, ALL), bands, B + ": size bands add up to the " + column + " in groups");
      }
    }
  }
}
