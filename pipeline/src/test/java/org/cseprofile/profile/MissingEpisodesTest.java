package org.cseprofile.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprofile.profile.ProfileFixture.Q4;

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
class MissingEpisodesTest {
  static ProfileInputs inputs;
  static Dataset<Row> areas;
  static Dataset<Row> episodes;

  @BeforeAll
  static void tag(SparkSession spark) {
    inputs = ProfileFixture.inputs(spark);
    areas = Partnership.areas(inputs.episodes());
    List<Period> periods = Periods.reportAndTrend(Q4);
    episodes = MissingEpisodes.byPopulation(inputs.missing(), Cohort.childrenOpen(inputs.episodes(), periods),
        ProfileSettings.DEFAULTS, periods).cache();
  }

  @Test
  void summaryOfAllMissingChildrenAndOfTheCohortWorkedByHand() {
    List<Row> rows = MissingEpisodes.summary(episodes, MissingEpisodes.grid(Periods.grid(areas, List.of(Q4))))
        .orderBy("population", "la_code").drop("period").collectAsList();

    // Columns: la_code, population, episodes, children, per child, repeat, M, A, in cohort, % in cohort,
    //          returns, RHI in 72h, %, accepted, %.
    // All missing, started in Q4: A 20 Oct (BH); X 1 Oct, 30 Dec (ES); C 1 Nov (away), F 20 Dec (WS); Y 10 Oct (no LA).
    // Repeat: only A (1 Aug, 15 Sep, 20 Oct fall within 90 days). In cohort: A, C, F.
    // Returned in Q4: A (BH, RHI day 2, accepted), Y 2 Oct (BH, day 2, accepted), X (ES, day 0),
    //                 C (WS, day 5, declined), Y 25 Oct (no LA, none).
    assertThat(rows).extracting(Row::toString).containsExactly(
        "[ALL,all_missing,6,5,1.2,1,5,1,3,60.0,5,3,60.0,2,40.0]",
        "[E06000043,all_missing,1,1,1.0,1,1,0,1,100.0,2,2,100.0,2,100.0]",
        "[E10000011,all_missing,2,1,2.0,0,2,0,0,0.0,1,1,100.0,0,0.0]",
        "[E10000032,all_missing,2,2,1.0,0,1,1,2,100.0,1,0,0.0,0,0.0]",
        // Cohort children by their own authority: A (BH), C (ES, though WS recorded it), F (WS).
        "[ALL,cse_cohort,3,3,1.0,1,2,1,null,null,2,1,50.0,1,50.0]",
        "[E06000043,cse_cohort,1,1,1.0,1,1,0,null,null,1,1,100.0,1,100.0]",
        "[E10000011,cse_cohort,1,1,1.0,0,0,1,null,null,1,0,0.0,0,0.0]",
        "[E10000032,cse_cohort,1,1,1.0,0,1,0,null,null,0,0,null,0,null]");
  }

  @Test
  void durationBandsAndTypes() {
    List<Row> rows = MissingEpisodes.breakdown(episodes, MissingEpisodes.grid(Periods.grid(areas, List.of(Q4))))
        .filter("la_code = 'ALL' and population = 'all_missing'")
        .select("breakdown", "category", "episodes").collectAsList();

    // A same day; X 2 days; C 4 days; Y 15 days; F open, X ends 2 Jan: still missing at 31 Dec.
    assertThat(rows).extracting(Row::toString).containsExactlyInAnyOrder(
        "[missing_type,M,5]", "[missing_type,A,1]",
        "[duration_band,same_day,1]", "[duration_band,1_to_2_days,1]", "[duration_band,3_to_7_days,1]",
        "[duration_band,over_7_days,1]", "[duration_band,still_missing,2]");
  }

  @Test
  void trendCountsEpisodesChildrenAndRepeatMissingPerQuarter() {
    List<Period> quarters = Trend.quarters(Q4);
    List<Row> rows = Trend.of(Q4, MissingEpisodes.counts(episodes, MissingEpisodes.grid(Periods.grid(areas, quarters))))
        .filter("la_code = 'ALL' and (episodes > 0 or quarter = '2016-Q2')")
        .orderBy("quarter", "population").drop("period", "la_code").collectAsList();

    // 2015-Q4: D. 2016-Q3: A twice (not yet repeat), Y (starts 28 Sep); A is in Q3's cohort.
    assertThat(rows).extracting(Row::toString).containsExactly(
        "[2015-Q4,all_missing,1,1,0]",
        "[2016-Q2,all_missing,0,0,0]", "[2016-Q2,cse_cohort,0,0,0]",
        "[2016-Q3,all_missing,3,2,0]", "[2016-Q3,cse_cohort,2,1,0]",
        "[2016-Q4,all_missing,6,5,1]", "[2016-Q4,cse_cohort,3,3,1]");
  }

  @Test
  void repeatMissingFollowsTheSettings(SparkSession spark) {
    List<Period> periods = List.of(Q4);
    Dataset<Row> twoIn60 = MissingEpisodes.byPopulation(inputs.missing(),
        Cohort.childrenOpen(inputs.episodes(), periods), new ProfileSettings(2, 60), periods);

    List<Row> rows = MissingEpisodes.counts(twoIn60, MissingEpisodes.grid(Periods.grid(areas, periods)))
        .filter("la_code = 'ALL' and population = 'all_missing'").collectAsList();

    // 2 in 60 days: A (15 Sep, 20 Oct: 35 days) and Y (28 Sep, 10 Oct: 12 days); X's are 90 days apart.
    assertThat(rows).extracting(Row::toString).containsExactly("[2016-Q4,ALL,all_missing,6,5,2]");
  }
}
