package org.cseprofile.catalogue;

import static org.cseprofile.disclosure.ProfileModel.cell;
import static org.cseprofile.disclosure.PublishedMeasure.Rule.CI_LOWER;
import static org.cseprofile.disclosure.PublishedMeasure.Rule.CI_UPPER;
import static org.cseprofile.disclosure.PublishedMeasure.Rule.PERCENT;
import static org.cseprofile.disclosure.PublishedMeasure.count;
import static org.cseprofile.disclosure.PublishedMeasure.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cseprofile.disclosure.CellRef;
import org.cseprofile.disclosure.ProfileModel;
import org.cseprofile.disclosure.ProfileModel.Across;
import org.cseprofile.disclosure.PublishedMeasure;
import org.cseprofile.disclosure.PublishedSpec;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.disclosure.RowOrder;
import org.cseprofile.profile.AgencyPerformance;
import org.cseprofile.profile.MissingEpisodes;
import org.cseprofile.profile.Vulnerabilities;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/** Multi-agency performance on the cohort: shares of children, and the median days to a risk assessment. */
final class AgencyTables {
  private static final String T = TableNames.AGENCY_PERFORMANCE;
  private static final String PERCENT_UNIT = AgencyPerformance.PERCENT;
  private static final String MEDIAN = AgencyPerformance.MEDIAN_DAYS_TO_RISK_ASSESSMENT;

  static final ProfileTable AGENCY_PERFORMANCE = new ProfileTable(
      // value is a percent for shares and a median number of days for the one timeliness measure.
      new PublishedSpec(T, List.of(Columns.LA_CODE, Columns.MEASURE, Columns.UNIT), List.of(
          count(Columns.NUMERATOR), count(Columns.DENOMINATOR),
          of(Columns.VALUE, PERCENT, Columns.NUMERATOR, Columns.DENOMINATOR),
          of(Columns.CI_LOWER, CI_LOWER, Columns.NUMERATOR, Columns.DENOMINATOR),
          of(Columns.CI_UPPER, CI_UPPER, Columns.NUMERATOR, Columns.DENOMINATOR)), AgencyTables::relations)
          .withOrder(RowOrder.of(Map.of(Columns.MEASURE, AgencyPerformance.measureNames())))
          .withRowMeasures(AgencyTables::median)
          .asHeadline(),
      ReportSection.AGENCY_PERFORMANCE,
      d -> AgencyPerformance.measures(d.cohort(), d.missing(), d.inputs(), d.grid(), d.period()));

  private AgencyTables() {}

  /**
   * The median row's value is a median over its denominator's children (shown only over more than the
   * policy suppresses), and it has no interval.
   */
  private static PublishedMeasure median(List<String> key, PublishedMeasure measure) {
    if (!key.get(1).equals(MEDIAN)) {
      return measure;
    }
    return measure.rule() == PublishedMeasure.Rule.PERCENT
        ? of(measure.column(), PublishedMeasure.Rule.OVER_CHILDREN, null, measure.denominator()) : null;
  }

  private static void relations(ProfileModel m) {
    for (RestrictedTable.Row row : m.rows(T)) {
      List<String> k = row.key();
      String la = k.get(0);
      String measure = k.get(1);
      if (measure.equals(MEDIAN)) {
        String assessed = AgencyPerformance.RISK_ASSESSMENT_COMPLETED;
        m.ifPresent(T, List.of(la, assessed, PERCENT_UNIT), () -> m.contains(
            cell(T, Columns.NUMERATOR, la, assessed, PERCENT_UNIT), List.of(cell(T, Columns.DENOMINATOR, k)),
            T + ": children timed <= children assessed"));
        continue;
      }
      m.atMost(cell(T, Columns.DENOMINATOR, k), List.of(cell(T, Columns.NUMERATOR, k)), "children_without",
          T + ": numerator <= denominator");
      if (measure.equals(AgencyPerformance.RHI_OFFERED_WITHIN_72H)) {
        String all = MissingEpisodes.ALL_MISSING;
        m.ifPresent(TableNames.MISSING_SUMMARY, List.of(la, all), () -> {
          m.same(cell(T, Columns.NUMERATOR, k), cell(TableNames.MISSING_SUMMARY, Columns.RHI_OFFERED_WITHIN_72H, la, all),
              T + ": timely offers = missing summary");
          m.same(cell(T, Columns.DENOMINATOR, k), cell(TableNames.MISSING_SUMMARY, Columns.RETURNS, la, all),
              T + ": returns = missing summary");
        });
      } else if (m.present(TableNames.COHORT)) {
        m.same(cell(T, Columns.DENOMINATOR, k), cell(TableNames.COHORT, Columns.CHILDREN_OPEN, la), T + ": cohort");
      }
      if (measure.equals(AgencyPerformance.IN_MISSING_EXTRACT)) {
        m.ifPresent(TableNames.VULNERABILITIES, List.of(la, Vulnerabilities.MISSING_EVER), () -> m.same(
            cell(T, Columns.NUMERATOR, k), cell(TableNames.VULNERABILITIES, Columns.NUMERATOR, la,
                Vulnerabilities.MISSING_EVER), T + ": = missing ever"));
      }
    }
    for (String la : m.areas()) {
      List<CellRef> agencies = new ArrayList<>();
      for (String agency : AgencyPerformance.KNOWN_TO_AGENCIES) {
        if (m.table(T).has(List.of(la, agency, PERCENT_UNIT))) {
          agencies.add(cell(T, Columns.NUMERATOR, la, agency, PERCENT_UNIT));
        }
      }
      String anotherAgency = AgencyPerformance.KNOWN_TO_MORE_THAN_ONE_AGENCY;
      if (!agencies.isEmpty() && m.table(T).has(List.of(la, anotherAgency, PERCENT_UNIT))) {
        m.covers(cell(T, Columns.NUMERATOR, la, anotherAgency, PERCENT_UNIT), agencies, T + ": known to another agency");
      }
    }
    for (String c : List.of(Columns.NUMERATOR, Columns.DENOMINATOR)) {
      for (RestrictedTable.Row row : m.rows(T)) {
        // Returns count where the episode was recorded (possibly outside the partnership); children in one authority.
        if (row.key().get(0).equals(Columns.PARTNERSHIP) && !row.key().get(1).equals(AgencyPerformance.RHI_OFFERED_WITHIN_72H)) {
          m.acrossRow(T, c, row.key(), Across.EQUAL);
        } else if (row.key().get(0).equals(Columns.PARTNERSHIP)) {
          m.acrossRow(T, c, row.key(), Across.AT_MOST);
        }
      }
    }
  }
}
