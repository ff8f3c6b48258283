package org.cseprofile.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprofile.profile.CohortTest.EPISODES;
import static org.cseprofile.profile.CohortTest.Q4;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.period.Period;
import org.cseprofile.testing.Fixtures;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class DemographicsTest {

  @Test
  void ageByGenderListsEveryCellAndCountsTheCohortByHand(SparkSession spark) {
    Dataset<Row> episodes = Fixtures.extract(spark, CohortExtract.SPEC, EPISODES);
    Dataset<Row> cohort = Cohort.childrenOpenInPeriod(episodes, Q4);

    Dataset<Row> table = Demographics.ageByGender(cohort, Partnership.areas(episodes), Q4);

    // 4 areas x 3 genders x ages 0..18 (G is 18 at period end, so the grid reaches 18).
    assertThat(table.count()).isEqualTo(4 * 3 * 19);
    assertThat(table.columns()).containsExactly("period", "la_code", "gender", "age", "children");
    List<Row> nonZero = table.filter("children > 0").orderBy("la_code", "gender", "age").collectAsList();
    assertThat(nonZero).extracting(Row::toString).containsExactly(
        "[2016-Q4,ALL,F,12,1]", "[2016-Q4,ALL,F,13,1]", "[2016-Q4,ALL,F,15,1]", "[2016-Q4,ALL,F,18,1]",
        "[2016-Q4,ALL,M,14,1]", "[2016-Q4,ALL,U,17,1]",
        "[2016-Q4,E06000043,F,15,1]", "[2016-Q4,E06000043,F,18,1]",
        "[2016-Q4,E10000011,F,12,1]", "[2016-Q4,E10000011,M,14,1]",
        "[2016-Q4,E10000032,F,13,1]", "[2016-Q4,E10000032,U,17,1]");
  }

  @Test
  void gridStopsAtSeventeenWhenNobodyIsOlder(SparkSession spark) {
    Dataset<Row> episodes = Fixtures.extract(spark, CohortExtract.SPEC, """
        child_id,la_code,birth_month,gender,identified_date,closed_date
        A,E06000043,2001-03,F,2016-09-01,
        B,E06000043,2002-03,M,2016-09-01,
        """);
    Period q4 = Period.parseQuarter("2016-Q4");

    Dataset<Row> table = Demographics.ageByGender(
        Cohort.childrenOpenInPeriod(episodes, q4), Partnership.areas(episodes), q4);

    assertThat(table.count()).isEqualTo(2 * 3 * 18);
    assertThat(table.filter("la_code = 'ALL' and children > 0").orderBy("gender").collectAsList())
        .extracting(Row::toString)
        .containsExactly("[2016-Q4,ALL,F,15,1]", "[2016-Q4,ALL,M,14,1]");
  }
}
