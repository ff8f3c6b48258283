package org.cseprofile.catalogue;

import static org.cseprofile.disclosure.ProfileModel.cell;
import static org.cseprofile.disclosure.PublishedMeasure.count;

import java.util.List;
import org.cseprofile.disclosure.CellRef;
import org.cseprofile.disclosure.ProfileModel;
import org.cseprofile.disclosure.ProfileModel.Across;
import org.cseprofile.disclosure.PublishedSpec;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.disclosure.RowOrder;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.SuspectsExtract;
import org.cseprofile.profile.Perpetrators;
import org.cseprofile.profile.ProfileData;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * Suspects linked to incidents in the period: a suspect counts once in each authority of their
 * incidents (which may lie outside the partnership) and once for the partnership. Without the suspects or the
 * incidents extract every count is not available (x), never 0.
 */
final class PerpetratorTables {
  private static final String S = TableNames.PERPETRATORS_SUMMARY;
  private static final String B = TableNames.PERPETRATORS_BREAKDOWN;
  private static final String DISRUPTION = SuspectsExtract.DISRUPTION;

  static final ProfileTable SUMMARY = new ProfileTable(
      new PublishedSpec(S, List.of(Columns.LA_CODE), List.of(count(Columns.SUSPECTS), count(Columns.SUSPECT_LINKS),
          count(Columns.SUSPECTS_WITH_DISRUPTION)), PerpetratorTables::summary).asHeadline(),
      ReportSection.PERPETRATORS, d -> Perpetrators.summary(d.suspects(), d.grid(), linked(d)));

  static final ProfileTable BREAKDOWN = new ProfileTable(
      new PublishedSpec(B, List.of(Columns.LA_CODE, Columns.BREAKDOWN, Columns.CATEGORY),
          List.of(count(Columns.SUSPECTS)), PerpetratorTables::breakdown)
          .withOrder(RowOrder.breakdowns(Perpetrators.BREAKDOWNS)),
      ReportSection.PERPETRATORS, d -> Perpetrators.breakdown(d.suspects(), d.grid(), linked(d),
          d.inputs().filled(SuspectsExtract.NAME, SuspectsExtract.ETHNICITY),
          d.inputs().filled(SuspectsExtract.NAME, SuspectsExtract.PREVIOUS_OFFENDING)));

  private PerpetratorTables() {}

  /**
   * Whether a suspect can be linked to an incident at all: both the suspects and the incidents extracts supplied.
   * Without either, every count of these tables is not available (x), never 0.
   */
  private static boolean linked(ProfileData d) {
    return d.inputs().supplied(SuspectsExtract.NAME) && d.inputs().supplied(IncidentsExtract.NAME);
  }

  private static void summary(ProfileModel m) {
    for (RestrictedTable.Row row : m.rows(S)) {
      List<String> k = row.key();
      m.contains(cell(S, Columns.SUSPECT_LINKS, k), List.of(cell(S, Columns.SUSPECTS, k)), S + ": suspects <= links");
      if (m.present(B) && m.table(B).has(List.of(k.get(0), DISRUPTION, Perpetrators.NO_DISRUPTION))) {
        m.sum(cell(S, Columns.SUSPECTS, k), List.of(cell(S, Columns.SUSPECTS_WITH_DISRUPTION, k),
            cell(B, Columns.SUSPECTS, k.get(0), DISRUPTION, Perpetrators.NO_DISRUPTION)),
            S + ": with a tactic + none = suspects");
      } else {
        m.contains(cell(S, Columns.SUSPECTS, k), List.of(cell(S, Columns.SUSPECTS_WITH_DISRUPTION, k)),
            S + ": with a tactic <= suspects");
      }
    }
    // A suspect counts in each authority of their incidents, and those may lie outside the partnership.
    m.across(S, Columns.SUSPECTS, Across.CONTAINS);
    m.across(S, Columns.SUSPECT_LINKS, Across.AT_MOST);
    m.across(S, Columns.SUSPECTS_WITH_DISRUPTION, Across.CONTAINS);
  }

  private static void breakdown(ProfileModel m) {
    for (String la : m.areas()) {
      if (m.present(S)) {
        for (String breakdown : Perpetrators.EXCLUSIVE_BREAKDOWNS.keySet()) {
          List<CellRef> parts = m.categories(B, la, breakdown, Columns.SUSPECTS);
          // A breakdown by a column not supplied (ethnicity, previous offending) has no counts to relate.
          if (!parts.isEmpty() && parts.stream().allMatch(c -> m.table(B).row(c.key()).count(Columns.SUSPECTS) != null)) {
            m.sum(cell(S, Columns.SUSPECTS, la), parts, B + ": " + breakdown + " categories = suspects");
          }
        }
        List<CellRef> disruption = m.categories(B, la, DISRUPTION, Columns.SUSPECTS);
        if (!disruption.isEmpty()) {
          m.covers(cell(S, Columns.SUSPECTS, la), disruption, B + ": every suspect has a tactic or none");
          List<CellRef> tactics = disruption.stream()
              .filter(c -> !c.key().get(2).equals(Perpetrators.NO_DISRUPTION)).toList();
          m.covers(cell(S, Columns.SUSPECTS_WITH_DISRUPTION, la), tactics, B + ": suspects with a tactic");
        }
      }
    }
    // Gender, age and status come from a suspect's latest incident in each area, so the partnership
    // row need not add up; tactics accumulate, so each authority's count is within the partnership's.
    // "none" does not: a suspect with a tactic in one authority and none in another is none there but
    // not in the partnership, so the partnership's none may be smaller than an authority's.
    for (RestrictedTable.Row row : m.rows(B)) {
      if (!row.key().get(0).equals(Columns.PARTNERSHIP)) {
        continue;
      }
      List<CellRef> parts = m.authorityCells(B, Columns.SUSPECTS, row.key());
      if (parts.isEmpty()) {
        // Not available (x) in every authority (no suspects or incidents supplied): nothing to relate.
        continue;
      }
      CellRef total = cell(B, Columns.SUSPECTS, row.key());
      if (row.key().get(1).equals(DISRUPTION)) {
        if (!row.key().get(2).equals(Perpetrators.NO_DISRUPTION)) {
          m.contains(total, parts, B + ": ALL contains each authority");
        }
      } else {
        m.ifEqual(total, parts, B + ": ALL = sum of authorities this quarter");
      }
    }
  }
}
