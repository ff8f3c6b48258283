package org.cseprofile.catalogue;

import static org.cseprofile.disclosure.ProfileModel.cell;
import static org.cseprofile.disclosure.PublishedMeasure.Rule.PERCENT;
import static org.cseprofile.disclosure.PublishedMeasure.Rule.RATIO;
import static org.cseprofile.disclosure.PublishedMeasure.count;
import static org.cseprofile.disclosure.PublishedMeasure.of;

import java.util.List;
import java.util.Map;
import org.cseprofile.disclosure.CellRef;
import org.cseprofile.disclosure.ProfileModel;
import org.cseprofile.disclosure.ProfileModel.Across;
import org.cseprofile.disclosure.PublishedSpec;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.disclosure.RowOrder;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.profile.MissingEpisodes;
import org.cseprofile.profile.Trend;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * Missing episodes of two populations: {@code all_missing} counts an episode in the authority that
 * recorded it (or in ALL only), a child in each such authority; {@code cse_cohort} counts both in the
 * child's cohort authority.
 */
final class MissingTables {
  private static final String S = TableNames.MISSING_SUMMARY;
  private static final String B = TableNames.MISSING_BREAKDOWN;
  private static final String TR = TableNames.MISSING_TREND;
  private static final String ALL = Columns.PARTNERSHIP;
  private static final Map<String, List<String>> POPULATIONS = Map.of(Columns.POPULATION, MissingEpisodes.POPULATIONS);

  static final ProfileTable SUMMARY = new ProfileTable(
      new PublishedSpec(S, List.of(Columns.LA_CODE, Columns.POPULATION), List.of(
          count(Columns.EPISODES), count(Columns.CHILDREN),
          of(Columns.EPISODES_PER_CHILD, RATIO, Columns.EPISODES, Columns.CHILDREN),
          count(Columns.REPEAT_MISSING_CHILDREN), count(Columns.EPISODES_MISSING), count(Columns.EPISODES_AWAY),
          count(Columns.CHILDREN_IN_CSE_COHORT),
          of(Columns.PERCENT_IN_CSE_COHORT, PERCENT, Columns.CHILDREN_IN_CSE_COHORT, Columns.CHILDREN),
          count(Columns.RETURNS), count(Columns.RHI_OFFERED_WITHIN_72H),
          of(Columns.RHI_OFFERED_WITHIN_72H_PERCENT, PERCENT, Columns.RHI_OFFERED_WITHIN_72H, Columns.RETURNS),
          count(Columns.RHI_ACCEPTED),
          of(Columns.RHI_ACCEPTED_PERCENT, PERCENT, Columns.RHI_ACCEPTED, Columns.RETURNS)), MissingTables::summary)
          .withOrder(RowOrder.of(POPULATIONS)).asHeadline()
          // The cohort's share of the cohort population is not a count the definition has.
          .withNotApplicable((key, column) -> column.equals(Columns.CHILDREN_IN_CSE_COHORT)
              && key.get(1).equals(MissingEpisodes.CSE_COHORT)),
      ReportSection.MISSING, d -> MissingEpisodes.summary(d.missing(), MissingEpisodes.grid(d)));

  static final ProfileTable BREAKDOWN = new ProfileTable(
      new PublishedSpec(B, List.of(Columns.LA_CODE, Columns.POPULATION, Columns.BREAKDOWN, Columns.CATEGORY),
          List.of(count(Columns.EPISODES)), MissingTables::breakdown)
          .withOrder(RowOrder.of(POPULATIONS).withBreakdowns(MissingEpisodes.BREAKDOWNS)),
      ReportSection.MISSING, d -> MissingEpisodes.breakdown(d.missing(), MissingEpisodes.grid(d)));

  static final ProfileTable TREND = new ProfileTable(
      new PublishedSpec(TR, List.of(Columns.QUARTER, Columns.LA_CODE, Columns.POPULATION), List.of(
          count(Columns.EPISODES), count(Columns.CHILDREN), count(Columns.REPEAT_MISSING_CHILDREN)),
          MissingTables::trend).withOrder(RowOrder.of(POPULATIONS)),
      ReportSection.MISSING,
      d -> Trend.of(d.period(), MissingEpisodes.counts(d.missing(), MissingEpisodes.trendGrid(d))));

  private MissingTables() {}

  private static void summary(ProfileModel m) {
    for (RestrictedTable.Row row : m.rows(S)) {
      List<String> k = row.key();
      m.sum(cell(S, Columns.EPISODES, k), List.of(cell(S, Columns.EPISODES_MISSING, k), cell(S, Columns.EPISODES_AWAY, k)),
          S + ": episodes = missing + away");
      m.contains(cell(S, Columns.EPISODES, k), List.of(cell(S, Columns.CHILDREN, k)), S + ": children <= episodes");
      m.atMost(cell(S, Columns.CHILDREN, k), List.of(cell(S, Columns.REPEAT_MISSING_CHILDREN, k)),
          "children_not_repeat", S + ": repeat <= children");
      m.atMost(cell(S, Columns.RETURNS, k), List.of(cell(S, Columns.RHI_OFFERED_WITHIN_72H, k)),
          "returns_without_timely_offer", S + ": timely offers <= returns");
      m.atMost(cell(S, Columns.RETURNS, k), List.of(cell(S, Columns.RHI_ACCEPTED, k)),
          "returns_without_accepted_interview", S + ": accepted <= returns");
      if (row.count(Columns.CHILDREN_IN_CSE_COHORT) != null) {
        m.atMost(cell(S, Columns.CHILDREN, k), List.of(cell(S, Columns.CHILDREN_IN_CSE_COHORT, k)),
            "children_not_in_cse_cohort", S + ": in cohort <= children");
      }
    }
    across(m, S, List.of(Columns.EPISODES, Columns.EPISODES_MISSING, Columns.EPISODES_AWAY, Columns.RETURNS,
        Columns.RHI_OFFERED_WITHIN_72H, Columns.RHI_ACCEPTED), List.of(Columns.CHILDREN,
        Columns.REPEAT_MISSING_CHILDREN, Columns.CHILDREN_IN_CSE_COHORT));
    String all = MissingEpisodes.ALL_MISSING;
    String cohort = MissingEpisodes.CSE_COHORT;
    m.ifPresent(S, List.of(ALL, cohort), () -> {
      m.same(cell(S, Columns.CHILDREN_IN_CSE_COHORT, ALL, all), cell(S, Columns.CHILDREN, ALL, cohort),
          S + ": cohort children who went missing");
      m.atMost(cell(S, Columns.EPISODES, ALL, all), List.of(cell(S, Columns.EPISODES, ALL, cohort)),
          "episodes_of_children_not_in_cse_cohort", S + ": cohort episodes <= all episodes");
    });
  }

  private static void breakdown(ProfileModel m) {
    for (RestrictedTable.Row row : m.rows(B)) {
      List<String> k = row.key();
      String la = k.get(0);
      String population = k.get(1);
      if (m.present(S) && k.get(2).equals(MissingEpisodes.MISSING_TYPE) && m.table(S).has(List.of(la, population))) {
        m.same(cell(B, Columns.EPISODES, k), cell(S, k.get(3).equals(MissingExtract.MISSING) ? Columns.EPISODES_MISSING
            : Columns.EPISODES_AWAY, la, population), B + ": missing type = summary");
      }
    }
    if (m.present(S)) {
      for (RestrictedTable.Row row : m.rows(S)) {
        List<String> k = row.key();
        for (String breakdown : MissingEpisodes.BREAKDOWNS.keySet()) {
          List<CellRef> parts = m.rows(B).stream()
              .filter(r -> r.key().get(0).equals(k.get(0)) && r.key().get(1).equals(k.get(1))
                  && r.key().get(2).equals(breakdown))
              .map(r -> cell(B, Columns.EPISODES, r.key())).toList();
          if (!parts.isEmpty()) {
            m.sum(cell(S, Columns.EPISODES, k), parts, B + ": " + breakdown + " categories = episodes");
          }
        }
      }
    }
    across(m, B, List.of(Columns.EPISODES), List.of());
  }

  private static void trend(ProfileModel m) {
    for (RestrictedTable.Row row : m.rows(TR)) {
      List<String> k = row.key();
      m.contains(cell(TR, Columns.EPISODES, k), List.of(cell(TR, Columns.CHILDREN, k)), TR + ": children <= episodes");
      m.atMost(cell(TR, Columns.CHILDREN, k), List.of(cell(TR, Columns.REPEAT_MISSING_CHILDREN, k)),
          "children_not_repeat", TR + ": repeat <= children");
    }
    across(m, TR, List.of(Columns.EPISODES), List.of(Columns.CHILDREN, Columns.REPEAT_MISSING_CHILDREN));
    m.sameInTrend(TR, S, List.of(Columns.EPISODES, Columns.CHILDREN, Columns.REPEAT_MISSING_CHILDREN));
  }

  /**
   * ALL against the authorities: all_missing counts an episode in at most one listed authority, a child
   * in every authority that recorded one of theirs; cse_cohort counts both in the cohort authority.
   */
  private static void across(ProfileModel m, String t, List<String> episodeCounts, List<String> childCounts) {
    for (String c : episodeCounts) {
      m.across(t, c, Across.AT_MOST, MissingEpisodes.ALL_MISSING);
      m.across(t, c, Across.EQUAL, MissingEpisodes.CSE_COHORT);
    }
    for (String c : childCounts) {
      m.across(t, c, Across.CONTAINS, MissingEpisodes.ALL_MISSING);
      m.across(t, c, Across.EQUAL, MissingEpisodes.CSE_COHORT);
    }
  }
}
