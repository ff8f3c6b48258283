package org.cseprofile.disclosure;

import static org.cseprofile.disclosure.PublishedMeasure.Rule.CI_LOWER;
import static org.cseprofile.disclosure.PublishedMeasure.Rule.CI_UPPER;
import static org.cseprofile.disclosure.PublishedMeasure.Rule.PERCENT;
import static org.cseprofile.disclosure.PublishedMeasure.Rule.RATIO;
import static org.cseprofile.disclosure.PublishedMeasure.count;
import static org.cseprofile.disclosure.PublishedMeasure.of;

import java.util.List;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/** How each profile table is published (definitions: docs/metrics.md, "Published outputs"). */
public final class ProfileSpecs {
  private static final String LA = Columns.LA_CODE;
  private static final String Q = Columns.QUARTER;
  private static final String B = Columns.BREAKDOWN;
  private static final String CAT = Columns.CATEGORY;
  private static final List<PublishedMeasure> COHORT_COUNTS = List.of(count(Columns.CHILDREN_OPEN),
      count(Columns.CHILDREN_IDENTIFIED), count(Columns.CHILDREN_CLOSED), count(Columns.CHILDREN_OPEN_AT_END));

  /** Every published profile table, in the order a run writes them. */
  public static final List<PublishedSpec> ALL = List.of(
      new PublishedSpec(TableNames.COHORT, List.of(LA), COHORT_COUNTS),
      new PublishedSpec(TableNames.COHORT_BREAKDOWN, List.of(LA, B, CAT), List.of(count(Columns.CHILDREN))),
      new PublishedSpec(TableNames.COHORT_TREND, List.of(Q, LA), COHORT_COUNTS),
      new PublishedSpec(TableNames.COHORT_TREND_BREAKDOWN, List.of(Q, LA, B, CAT), List.of(count(Columns.CHILDREN))),
      new PublishedSpec(TableNames.AGE_BY_GENDER, List.of(LA, Columns.GENDER, Columns.AGE), List.of(count(Columns.CHILDREN))),
      new PublishedSpec(TableNames.AGE_BAND_BY_GENDER, List.of(LA, Columns.AGE_BAND, Columns.GENDER),
          List.of(count(Columns.CHILDREN))),
      new PublishedSpec(TableNames.VULNERABILITIES, List.of(LA, Columns.INDICATOR), List.of(
          count(Columns.NUMERATOR), count(Columns.DENOMINATOR), count(Columns.NOT_RECORDED),
          of(Columns.PERCENT, PERCENT, Columns.NUMERATOR, Columns.DENOMINATOR),
          of(Columns.CI_LOWER, CI_LOWER, Columns.NUMERATOR, Columns.DENOMINATOR),
          of(Columns.CI_UPPER, CI_UPPER, Columns.NUMERATOR, Columns.DENOMINATOR))),
      new PublishedSpec(TableNames.MISSING_SUMMARY, List.of(LA, Columns.POPULATION), List.of(
          count(Columns.EPISODES), count(Columns.CHILDREN),
          of(Columns.EPISODES_PER_CHILD, RATIO, Columns.EPISODES, Columns.CHILDREN),
          count(Columns.REPEAT_MISSING_CHILDREN), count(Columns.EPISODES_MISSING), count(Columns.EPISODES_AWAY),
          count(Columns.CHILDREN_IN_CSE_COHORT),
          of(Columns.PERCENT_IN_CSE_COHORT, PERCENT, Columns.CHILDREN_IN_CSE_COHORT, Columns.CHILDREN),
          count(Columns.RETURNS), count(Columns.RHI_OFFERED_WITHIN_72H),
          of(Columns.RHI_OFFERED_WITHIN_72H_PERCENT, PERCENT, Columns.RHI_OFFERED_WITHIN_72H, Columns.RETURNS),
          count(Columns.RHI_ACCEPTED),
          of(Columns.RHI_ACCEPTED_PERCENT, PERCENT, Columns.RHI_ACCEPTED, Columns.RETURNS))),
      new PublishedSpec(TableNames.MISSING_BREAKDOWN, List.of(LA, Columns.POPULATION, B, CAT),
          List.of(count(Columns.EPISODES))),
      new PublishedSpec(TableNames.MISSING_TREND, List.of(Q, LA, Columns.POPULATION), List.of(
          count(Columns.EPISODES), count(Columns.CHILDREN), count(Columns.REPEAT_MISSING_CHILDREN))),
      new PublishedSpec(TableNames.INCIDENTS_SUMMARY, List.of(LA), List.of(count(Columns.INCIDENTS),
          count(Columns.INCIDENTS_WITH_VICTIM), count(Columns.CHILDREN_LINKED_AS_VICTIMS),
          count(Columns.VICTIMS_IN_CSE_COHORT))),
      new PublishedSpec(TableNames.INCIDENTS_BREAKDOWN, List.of(LA, B, CAT), List.of(count(Columns.INCIDENTS))),
      new PublishedSpec(TableNames.PERPETRATORS_SUMMARY, List.of(LA), List.of(count(Columns.SUSPECTS),
          count(Columns.SUSPECT_LINKS), count(Columns.SUSPECTS_WITH_DISRUPTION))),
      new PublishedSpec(TableNames.PERPETRATORS_BREAKDOWN, List.of(LA, B, CAT), List.of(count(Columns.SUSPECTS))),
      // value is a percent for shares and a median number of days for the one timeliness measure.
      new PublishedSpec(TableNames.AGENCY_PERFORMANCE, List.of(LA, Columns.MEASURE, Columns.UNIT), List.of(
          count(Columns.NUMERATOR), count(Columns.DENOMINATOR),
          of(Columns.VALUE, PERCENT, Columns.NUMERATOR, Columns.DENOMINATOR),
          of(Columns.CI_LOWER, CI_LOWER, Columns.NUMERATOR, Columns.DENOMINATOR),
          of(Columns.CI_UPPER, CI_UPPER, Columns.NUMERATOR, Columns.DENOMINATOR))),
      new PublishedSpec(TableNames.CROSS_BORDER, List.of(LA), List.of(count(Columns.CHILDREN),
          count(Columns.CHILDREN_MISSING_ELSEWHERE), count(Columns.CHILDREN_INCIDENT_ELSEWHERE),
          count(Columns.CHILDREN_ANY_ELSEWHERE),
          of(Columns.PERCENT_ANY_ELSEWHERE, PERCENT, Columns.CHILDREN_ANY_ELSEWHERE, Columns.CHILDREN))));

  private ProfileSpecs() {}

  /** The spec of one table. */
  public static PublishedSpec spec(String table) {
    return ALL.stream().filter(s -> s.table().equals(table)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no published spec for table " + table));
  }
}
