package org.cseprofile.catalogue;

import static org.cseprofile.disclosure.ProfileModel.cell;
import static org.cseprofile.disclosure.PublishedMeasure.count;

import java.util.List;
import org.cseprofile.disclosure.CellRef;
import org.cseprofile.disclosure.ProfileModel;
import org.cseprofile.disclosure.ProfileModel.Across;
import org.cseprofile.disclosure.ProfilePublication;
import org.cseprofile.disclosure.PublishedSpec;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.disclosure.RowOrder;
import org.cseprofile.profile.Incidents;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/** CSE-flagged police incidents, in the authority where they happened (which may be outside the partnership). */
final class IncidentTables {
  private static final String S = TableNames.INCIDENTS_SUMMARY;
  private static final String B = TableNames.INCIDENTS_BREAKDOWN;

  static final ProfileTable SUMMARY = new ProfileTable(
      new PublishedSpec(S, List.of(Columns.LA_CODE), List.of(count(Columns.INCIDENTS),
          count(Columns.INCIDENTS_WITH_VICTIM), count(Columns.CHILDREN_LINKED_AS_VICTIMS),
          count(Columns.VICTIMS_IN_CSE_COHORT)), IncidentTables::summary).asHeadline(),
      ReportSection.INCIDENTS, d -> Incidents.summary(d.incidents(), d.cohort(), d.grid()));

  static final ProfileTable BREAKDOWN = new ProfileTable(
      new PublishedSpec(B, List.of(Columns.LA_CODE, Columns.BREAKDOWN, Columns.CATEGORY),
          List.of(count(Columns.INCIDENTS)), IncidentTables::breakdown)
          .withOrder(RowOrder.breakdowns(Incidents.BREAKDOWNS))
          .withPreparation(ProfilePublication.mergeRareCategories(Incidents.PLATFORM, Columns.INCIDENTS)),
      ReportSection.INCIDENTS, d -> Incidents.breakdown(d.incidents(), d.grid()));

  private IncidentTables() {}

  private static void summary(ProfileModel m) {
    for (RestrictedTable.Row row : m.rows(S)) {
      List<String> k = row.key();
      m.atMost(cell(S, Columns.INCIDENTS, k), List.of(cell(S, Columns.INCIDENTS_WITH_VICTIM, k)),
          "incidents_without_victim", S + ": with a victim <= incidents");
      m.contains(cell(S, Columns.INCIDENTS_WITH_VICTIM, k), List.of(cell(S, Columns.CHILDREN_LINKED_AS_VICTIMS, k)),
          S + ": children <= incidents with a victim");
      m.atMost(cell(S, Columns.CHILDREN_LINKED_AS_VICTIMS, k), List.of(cell(S, Columns.VICTIMS_IN_CSE_COHORT, k)),
          "victims_not_in_cse_cohort", S + ": in cohort <= victims");
    }
    // An incident counts where it happened, which may be outside the partnership's authorities.
    m.across(S, Columns.INCIDENTS, Across.AT_MOST);
    m.across(S, Columns.INCIDENTS_WITH_VICTIM, Across.AT_MOST);
    m.across(S, Columns.CHILDREN_LINKED_AS_VICTIMS, Across.CONTAINS);
    m.across(S, Columns.VICTIMS_IN_CSE_COHORT, Across.CONTAINS);
  }

  private static void breakdown(ProfileModel m) {
    for (String la : m.areas()) {
      for (String breakdown : Incidents.EXCLUSIVE_BREAKDOWNS.keySet()) {
        List<CellRef> parts = m.categories(B, la, breakdown, Columns.INCIDENTS);
        if (m.present(S) && !parts.isEmpty()) {
          m.sum(cell(S, Columns.INCIDENTS, la), parts, B + ": " + breakdown + " categories = incidents");
        }
      }
      List<CellRef> platforms = m.categories(B, la, Incidents.PLATFORM, Columns.INCIDENTS);
      if (m.present(S) && !platforms.isEmpty()) {
        m.atMost(cell(S, Columns.INCIDENTS, la), platforms, "incidents_not_online", B + ": online <= incidents");
      }
    }
    m.across(B, Columns.INCIDENTS, Across.AT_MOST);
  }
}
