package org.cseprofile.catalogue;

import static org.cseprofile.disclosure.ProfileModel.cell;
import static org.cseprofile.disclosure.PublishedMeasure.count;

import java.util.List;
import org.cseprofile.disclosure.ProfileModel;
import org.cseprofile.disclosure.ProfileModel.Across;
import org.cseprofile.disclosure.PublishedMeasure;
import org.cseprofile.disclosure.PublishedSpec;
import org.cseprofile.disclosure.Recoding;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.disclosure.RowOrder;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.profile.Cohort;
import org.cseprofile.profile.Trend;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/** The cohort tables: children open to CSE concern in the period and its trend quarters, and their breakdowns. */
final class CohortTables {
  private static final List<PublishedMeasure> COUNTS = List.of(count(Columns.CHILDREN_OPEN),
      count(Columns.CHILDREN_IDENTIFIED), count(Columns.CHILDREN_CLOSED), count(Columns.CHILDREN_OPEN_AT_END));
  private static final List<String> COUNT_COLUMNS = COUNTS.stream().map(PublishedMeasure::column).toList();

  static final ProfileTable COHORT = new ProfileTable(
      new PublishedSpec(TableNames.COHORT, List.of(Columns.LA_CODE), COUNTS, m -> counts(m, TableNames.COHORT))
          .asHeadline(),
      ReportSection.COHORT, d -> Cohort.cohortCounts(d.cohort(), d.grid()));

  static final ProfileTable BREAKDOWN = new ProfileTable(
      new PublishedSpec(TableNames.COHORT_BREAKDOWN, List.of(Columns.LA_CODE, Columns.BREAKDOWN, Columns.CATEGORY),
          List.of(count(Columns.CHILDREN)), m -> {
            m.breakdownTotals(TableNames.COHORT_BREAKDOWN, TableNames.COHORT, Columns.CHILDREN, Columns.CHILDREN_OPEN);
            m.across(TableNames.COHORT_BREAKDOWN, Columns.CHILDREN, Across.EQUAL);
          }).withOrder(RowOrder.breakdowns(Cohort.BREAKDOWNS)).asHeadline()
          // Gender not known is small everywhere: counted with the larger gender (as the age tables do).
          .withPreparation(Recoding.genderNotKnown(2, key -> key.get(1).equals(Columns.GENDER))),
      ReportSection.COHORT, d -> Cohort.breakdown(d.cohort(), d.grid(),
          d.inputs().filled(CohortExtract.NAME, CohortExtract.REFERRAL_SOURCE)));

  static final ProfileTable TREND = new ProfileTable(
      new PublishedSpec(TableNames.COHORT_TREND, List.of(Columns.QUARTER, Columns.LA_CODE), COUNTS, m -> {
        counts(m, TableNames.COHORT_TREND);
        // The report period is the last trend quarter: the same counts appear in both tables.
        m.sameInTrend(TableNames.COHORT_TREND, TableNames.COHORT, COUNT_COLUMNS);
      }),
      ReportSection.COHORT, d -> Trend.of(d.period(), Cohort.cohortCounts(d.cohorts(), d.trendGrid())));

  static final ProfileTable TREND_BREAKDOWN = new ProfileTable(
      new PublishedSpec(TableNames.COHORT_TREND_BREAKDOWN,
          List.of(Columns.QUARTER, Columns.LA_CODE, Columns.BREAKDOWN, Columns.CATEGORY), List.of(count(Columns.CHILDREN)),
          m -> {
            m.breakdownTotals(TableNames.COHORT_TREND_BREAKDOWN, TableNames.COHORT_TREND, Columns.CHILDREN,
                Columns.CHILDREN_OPEN);
            m.across(TableNames.COHORT_TREND_BREAKDOWN, Columns.CHILDREN, Across.EQUAL);
            m.sameInTrend(TableNames.COHORT_TREND_BREAKDOWN, TableNames.COHORT_BREAKDOWN, List.of(Columns.CHILDREN));
          }).withOrder(RowOrder.breakdowns(Cohort.TREND_BREAKDOWNS)),
      ReportSection.COHORT, d -> Trend.of(d.period(), Cohort.riskAndModel(d.cohorts(), d.trendGrid())));

  private CohortTables() {}

  /** Open = closed + still open at the end; identified within open; each child in one authority. */
  private static void counts(ProfileModel m, String t) {
    for (RestrictedTable.Row row : m.rows(t)) {
      List<String> k = row.key();
      m.sum(cell(t, Columns.CHILDREN_OPEN, k), List.of(cell(t, Columns.CHILDREN_CLOSED, k),
          cell(t, Columns.CHILDREN_OPEN_AT_END, k)), t + ": open = closed + open at end");
      m.atMost(cell(t, Columns.CHILDREN_OPEN, k), List.of(cell(t, Columns.CHILDREN_IDENTIFIED, k)),
          "children_not_identified", t + ": identified <= open");
    }
    for (String c : COUNT_COLUMNS) {
      m.across(t, c, Across.EQUAL);
    }
  }
}
