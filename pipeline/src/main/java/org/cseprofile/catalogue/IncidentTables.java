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
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.profile.Incidents;
import org.cseprofile.profile.ProfileData;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * CSE-flagged police incidents, in the authority where they happened (which may be outside the partnership). Without
 * the incidents extract every count is not available (x), never 0.
 */
final class IncidentTables {
  private static final String S = TableNames.INCIDENTS_SUMMARY;
  private static final String B = TableNames.INCIDENTS_BREAKDOWN;

  static final ProfileTable SUMMARY = new ProfileTable(
      new PublishedSpec(S, List.of(Columns.LA_CODE), List.of(count(Columns.INCIDENTS),
          count(Columns.INCIDENTS_WITH_VICTIM), count(Columns.CHILDREN_LINKED_AS_VICTIMS),
          count(Columns.VICTIMS_IN_CSE_COHORT)), IncidentTables::summary).asHeadline(),
      ReportSection.INCIDENTS, d -> Incidents.summary(d.incidents(), d.cohort(), d.grid(), supplied(d)));

  static final ProfileTable BREAKDOWN = new ProfileTable(
      new PublishedSpec(B, List.of(Columns.LA_CODE, Columns.BREAKDOWN, Columns.CATEGORY),
          List.of(count(Columns.INCIDENTS)), IncidentTables::breakdown)
          .withOrder(RowOrder.breakdowns(Incidents.BREAKDOWNS))
          .withPreparation(ProfilePublication.mergeRareCategories(Incidents.PLATFORM, Columns.INCIDENTS)),
      ReportSection.INCIDENTS, d -> Incidents.breakdown(d.incidents(), d.grid(), supplied(d)));

  private static final String R = TableNames.INCIDENTS_BY_LOCATION_ROLE;

  static final ProfileTable BY_LOCATION_ROLE = new ProfileTable(
      new PublishedSpec(R, List.of(Columns.LA_CODE, Columns.PLACE_TYPE, Columns.LOCATION_ROLE),
          List.of(count(Columns.INCIDENTS)), IncidentTables::byLocationRole)
          .withOrder(RowOrder.of(java.util.Map.of(Columns.PLACE_TYPE, IncidentsExtract.PLACE_TYPES,
              Columns.LOCATION_ROLE, Incidents.LOCATION_ROLES))),
      ReportSection.INCIDENTS, d -> Incidents.byLocationRole(d.incidents(), d.grid(),
          d.inputs().filled(IncidentsExtract.NAME, IncidentsExtract.LOCATION_ROLE)));

  private IncidentTables() {}

  /** Whether the incidents extract was supplied: without it every count of these tables is not available (x). */
  private static boolean supplied(ProfileData d) {
    return d.inputs().supplied(IncidentsExtract.NAME);
  }

  /** Each place type's roles add up to its incidents in incidents_breakdown; ALL holds at least the authorities. */
  private static void byLocationRole(ProfileModel m) {
    if (m.present(B)) {
      for (String la : m.areas()) {
        for (String place : IncidentsExtract.PLACE_TYPES) {
          List<CellRef> parts = new java.util.ArrayList<>();
          for (String role : Incidents.LOCATION_ROLES) {
            List<String> key = List.of(la, place, role);
            if (m.table(R).has(key) && m.table(R).row(key).count(Columns.INCIDENTS) != null) {
              parts.add(cell(R, Columns.INCIDENTS, key));
            }
          }
          if (parts.size() == Incidents.LOCATION_ROLES.size()
              && m.table(B).has(List.of(la, IncidentsExtract.PLACE_TYPE, place))) {
            m.sum(cell(B, Columns.INCIDENTS, la, IncidentsExtract.PLACE_TYPE, place), parts,
                R + ": roles of a place type = its incidents");
          }
        }
      }
    }
    // An incident counts where it happened, which may be outside the partnership's authorities.
    m.across(R, Columns.INCIDENTS, Across.AT_MOST);
  }

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
