package org.cseprofile.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprofile.profile.ProfileFixture.Q4;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.linkage.ProfileInputs;
import org.cseprofile.period.Period;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class CohortTest {
  static ProfileInputs inputs;
  static Dataset<Row> cohort;

  @BeforeAll
  static void load(SparkSession spark) {
    inputs = ProfileFixture.inputs(spark);
    cohort = Cohort.childrenOpenInPeriod(inputs.episodes(), Q4);
  }

  @Test
  void childrenOpenInPeriodFollowsTheEpisodeRules() {
    // A open since before Q4; B closed the day before it starts (out); C closed on its first day;
    // D identified on its last day; E the day after (out); F's new WS episode, not its closed ES one;
    // G's later BH episode of two open ones (G turns 18 in December); H same-day episode.
    List<Row> children = cohort.select("child_id", "la_code", "gender", "age", "identified_in_period", "open_at_end")
        .orderBy("child_id").collectAsList();

    assertThat(children).extracting(Row::toString).containsExactly(
        "[A,E06000043,F,15,false,true]",
        "[C,E10000011,M,14,false,false]",
        "[D,E10000032,F,13,true,true]",
        "[F,E10000032,U,17,true,true]",
        "[G,E06000043,F,18,true,true]",
        "[H,E10000011,F,12,true,false]");
  }

  @Test
  void cohortCountsOpenIdentifiedAndClosedPerArea() {
    List<Row> rows = Cohort.cohortCounts(cohort, ProfileFixture.grid(inputs, Q4)).orderBy("la_code").collectAsList();

    // open = identified-in-period children + others; closed + open_at_end = open.
    assertThat(rows).extracting(Row::toString).containsExactly(
        "[2016-Q4,ALL,6,4,2,4]",
        "[2016-Q4,E06000043,2,1,0,2]",
        "[2016-Q4,E10000011,2,1,2,0]",
        "[2016-Q4,E10000032,2,2,0,2]");
  }

  @Test
  void breakdownListsEveryCategoryOfEveryBreakdown() {
    List<Row> all = Cohort.breakdown(cohort, ProfileFixture.grid(inputs, Q4))
        .filter("la_code = 'ALL'").select("breakdown", "category", "children").collectAsList();

    assertThat(all).extracting(Row::toString).containsExactlyInAnyOrder(
        "[risk_level,low,2]", "[risk_level,medium,1]", "[risk_level,high,2]", "[risk_level,not_recorded,1]",
        "[cse_model,inappropriate_relationship,1]", "[cse_model,boyfriend,1]", "[cse_model,peer_on_peer,1]",
        "[cse_model,organised_network,1]", "[cse_model,online,1]", "[cse_model,unknown,0]",
        "[cse_model,not_recorded,1]",
        "[gender,F,4]", "[gender,M,1]", "[gender,U,1]",
        "[age_band,under_10,0]", "[age_band,10_to_12,1]", "[age_band,13_to_15,3]", "[age_band,16_to_17,1]",
        "[age_band,18_and_over,1]",
        "[ethnic_group,white,1]", "[ethnic_group,mixed,1]", "[ethnic_group,asian,1]", "[ethnic_group,black,0]",
        "[ethnic_group,chinese,0]", "[ethnic_group,other,0]", "[ethnic_group,refused,1]",
        "[ethnic_group,not_recorded,2]",
        // The fixture's cohort has no referral_source column: all six children are not recorded.
        "[referral_source,police,0]", "[referral_source,education,0]", "[referral_source,health,0]",
        "[referral_source,local_authority,0]", "[referral_source,housing,0]", "[referral_source,individual,0]",
        "[referral_source,other,0]", "[referral_source,not_recorded,6]");
  }

  /**
   * Eight children open in Q4, each with a CIN census referral source code: R1 6 (police), R2 3e (health, any
   * case), R3 5C (another authority's social care: local authority), R4 10 (unknown: not recorded), R5 blank,
   * R6 8 on its June episode and 2A on its later November one (the later gives education), R7 1C (self:
   * individual), R8 4 (housing).
   */
  static final String REFERRED = """
      child_id,la_code,birth_month,gender,identified_date,referral_source
      R1,E06000043,2002-01,F,2016-10-01,6
      R2,E06000043,2002-01,F,2016-10-02,3e
      R3,E10000011,2002-01,M,2016-10-03,5C
      R4,E10000011,2002-01,F,2016-10-04,10
      R5,E10000032,2002-01,F,2016-10-05,
      R6,E10000032,2002-01,F,2016-06-01,8
      R6,E10000032,2002-01,F,2016-11-01,2A
      R7,E10000032,2002-01,F,2016-10-07,1C
      R8,E10000032,2002-01,F,2016-10-08,4
      """;

  @Test
  void referralSourceCountsChildrenByTheAgencyOfTheirLatestEpisode(SparkSession spark) {
    Dataset<Row> referred = Cohort.childrenOpenInPeriod(
        org.cseprofile.testing.Fixtures.extract(spark, org.cseprofile.ingest.CohortExtract.SPEC, REFERRED), Q4);
    List<Row> rows = Cohort.breakdown(referred, ProfileFixture.grid(inputs, Q4))
        .filter("breakdown = 'referral_source' and children > 0")
        .select("la_code", "category", "children").collectAsList();

    assertThat(rows).extracting(Row::toString).containsExactlyInAnyOrder(
        "[ALL,police,1]", "[ALL,health,1]", "[ALL,local_authority,1]", "[ALL,not_recorded,2]",
        "[ALL,education,1]", "[ALL,individual,1]", "[ALL,housing,1]",
        "[E06000043,police,1]", "[E06000043,health,1]",
        "[E10000011,local_authority,1]", "[E10000011,not_recorded,1]",
        "[E10000032,not_recorded,1]", "[E10000032,education,1]", "[E10000032,individual,1]",
        "[E10000032,housing,1]");
    // Not supplied: every referral source count is null (x), for the 4 areas x 8 categories; others still counted.
    Dataset<Row> notSupplied = Cohort.breakdown(referred, ProfileFixture.grid(inputs, Q4), false);
    assertThat(notSupplied.filter("breakdown = 'referral_source' and children is null").count()).isEqualTo(32);
    assertThat(notSupplied.filter("breakdown <> 'referral_source' and children is null").count()).isZero();
  }

  @Test
  void trendRepeatsTheCountsForEachOfTheLastEightQuarters() {
    List<Period> quarters = Trend.quarters(Q4);
    Dataset<Row> cohorts = Cohort.childrenOpen(inputs.episodes(), quarters);

    List<Row> rows = Trend.of(Q4, Cohort.cohortCounts(cohorts, Periods.grid(Partnership.areas(inputs.episodes()), quarters)))
        .filter("la_code = 'ALL'").orderBy("quarter").collectAsList();

    // Q1 2016: F (ES). Q2: B identified, C identified, F closed 1 May. Q3: A and G identified, B closed 30 Sep.
    assertThat(rows).extracting(Row::toString).containsExactly(
        "[2016-Q4,2015-Q1,ALL,0,0,0,0]", "[2016-Q4,2015-Q2,ALL,0,0,0,0]", "[2016-Q4,2015-Q3,ALL,0,0,0,0]",
        "[2016-Q4,2015-Q4,ALL,0,0,0,0]", "[2016-Q4,2016-Q1,ALL,1,1,0,1]", "[2016-Q4,2016-Q2,ALL,3,2,1,2]",
        "[2016-Q4,2016-Q3,ALL,4,2,1,3]", "[2016-Q4,2016-Q4,ALL,6,4,2,4]");
  }

  @Test
  void trendQuartersEndWithTheLastCompleteQuarter() {
    assertThat(Trend.quarters(Q4)).extracting(Period::label).containsExactly(
        "2015-Q1", "2015-Q2", "2015-Q3", "2015-Q4", "2016-Q1", "2016-Q2", "2016-Q3", "2016-Q4");
    Period twelveMonthsToMidNovember = Period.window(LocalDate.of(2015, 11, 16), LocalDate.of(2016, 11, 15));
    assertThat(Trend.quarters(twelveMonthsToMidNovember).get(7).label()).isEqualTo("2016-Q3");
    assertThat(Periods.reportAndTrend(twelveMonthsToMidNovember)).hasSize(9).last().isEqualTo(twelveMonthsToMidNovember);
    assertThat(Periods.reportAndTrend(Q4)).hasSize(8);
  }

  @Test
  void ageIsCompletedYearsAtPeriodEndFromTheFirstDayOfTheBirthMonth() {
    LocalDate end = Q4.end();
    assertThat(Ages.completedYears(LocalDate.of(1998, 12, 1), end)).isEqualTo(18);
    assertThat(Ages.completedYears(LocalDate.of(1999, 1, 1), end)).isEqualTo(17);
    assertThat(Ages.completedYears(LocalDate.of(2000, 3, 1), LocalDate.of(2016, 2, 29))).isEqualTo(15);
    assertThat(Ages.completedYears(LocalDate.of(2000, 3, 1), LocalDate.of(2016, 3, 1))).isEqualTo(16);
  }
}
