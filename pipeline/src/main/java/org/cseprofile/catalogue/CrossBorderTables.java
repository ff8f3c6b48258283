package org.cseprofile.catalogue;

import static org.cseprofile.disclosure.ProfileModel.cell;
import static org.cseprofile.disclosure.PublishedMeasure.Rule.PERCENT;
import static org.cseprofile.disclosure.PublishedMeasure.count;
import static org.cseprofile.disclosure.PublishedMeasure.of;

import java.util.List;
import org.cseprofile.disclosure.ProfileModel;
import org.cseprofile.disclosure.ProfileModel.Across;
import org.cseprofile.disclosure.PublishedMeasure;
import org.cseprofile.disclosure.PublishedSpec;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.profile.CrossBorder;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * Cohort children with missing episodes or incidents recorded by another authority than their own; a count whose
 * extract (missing episodes, incidents) was not supplied is not available (x), never 0.
 */
final class CrossBorderTables {
  private static final String T = TableNames.CROSS_BORDER;
  private static final List<PublishedMeasure> MEASURES = List.of(count(Columns.CHILDREN),
      count(Columns.CHILDREN_MISSING_ELSEWHERE), count(Columns.CHILDREN_INCIDENT_ELSEWHERE),
      count(Columns.CHILDREN_ANY_ELSEWHERE),
      of(Columns.PERCENT_ANY_ELSEWHERE, PERCENT, Columns.CHILDREN_ANY_ELSEWHERE, Columns.CHILDREN));

  static final ProfileTable CROSS_BORDER = new ProfileTable(
      new PublishedSpec(T, List.of(Columns.LA_CODE), MEASURES, CrossBorderTables::relations).asHeadline(),
      ReportSection.CROSS_BORDER, d -> CrossBorder.children(d.cohort(), d.missing(), d.incidents(), d.grid(),
          d.inputs().supplied(MissingExtract.NAME), d.inputs().supplied(IncidentsExtract.NAME)));

  private CrossBorderTables() {}

  private static void relations(ProfileModel m) {
    for (RestrictedTable.Row row : m.rows(T)) {
      List<String> k = row.key();
      m.covers(cell(T, Columns.CHILDREN_ANY_ELSEWHERE, k), List.of(cell(T, Columns.CHILDREN_MISSING_ELSEWHERE, k),
          cell(T, Columns.CHILDREN_INCIDENT_ELSEWHERE, k)), T + ": either = missing or incident elsewhere");
      m.atMost(cell(T, Columns.CHILDREN, k), List.of(cell(T, Columns.CHILDREN_ANY_ELSEWHERE, k)),
          "children_not_elsewhere", T + ": elsewhere <= children");
      if (m.present(TableNames.COHORT)) {
        m.same(cell(T, Columns.CHILDREN, k), cell(TableNames.COHORT, Columns.CHILDREN_OPEN, k), T + ": cohort");
      }
    }
    for (PublishedMeasure c : MEASURES) {
      if (c.rule() == PublishedMeasure.Rule.COUNT) {
        m.across(T, c.column(), Across.EQUAL);
      }
    }
  }
}
