package org.cseprofile.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprofile.profile.ProfileFixture.Q4;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.linkage.ProfileInputs;
import org.cseprofile.period.Period;
import org.cseprofile.testing.Fixtures;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class DemographicsTest {

  @Test
  void ageByGenderListsEveryCellAndCountsTheCohortByHand(SparkSession spark) {
    ProfileInputs inputs = ProfileFixture.inputs(spark);
    Dataset<Row> cohort = Cohort.childrenOpenInPeriod(inputs.episodes(), Q4);

    Dataset<Row> table = Demographics.ageByGender(cohort, ProfileFixture.grid(inputs, Q4));

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
  void ageBandsByGenderIncludeChildrenWhoTurnedEighteen(SparkSession spark) {
    ProfileInputs inputs = ProfileFixture.inputs(spark);
    Dataset<Row> cohort = Cohort.childrenOpenInPeriod(inputs.episodes(), Q4);

    Dataset<Row> table = Demographics.ageBandByGender(cohort, ProfileFixture.grid(inputs, Q4));

    assertThat(table.count()).isEqualTo(4 * 5 * 3);
    assertThat(table.filter("la_code = 'ALL' and children > 0").orderBy("age_band", "gender").collectAsList())
        .extracting(Row::toString).containsExactly(
            "[2016-Q4,ALL,10_to_12,F,1]", "[2016-Q4,ALL,13_to_15,F,2]", "[2016-Q4,ALL,13_to_15,M,1]",
            "[2016-Q4,ALL,16_to_17,U,1]", "[2016-Q4,ALL,18_and_over,F,1]");
  }

  @Test
  void gridStopsAtSeventeenWhenNobodyIsOlder(SparkSession spark) {
    Dataset<Row> episodes = Fixtures.extract(spark, CohortExtract.SPEC, """
        child_id,la_code,birth_month,gender,identified_date,closed_date
        A,E06000043,2001-03,F,2016-09-01,
        B,E06000043,2002-03,M,2016-09-01,
        """);
    Period q4 = Period.parseQuarter("2016-Q4");

    Dataset<Row> table = Demographics.ageByGender(Cohort.childrenOpenInPeriod(episodes, q4),
        Periods.grid(Partnership.areas(episodes), List.of(q4)));

    assertThat(table.count()).isEqualTo(2 * 3 * 18);
    assertThat(table.filter("la_code = 'ALL' and children > 0").orderBy("gender").collectAsList())
        .extracting(Row::toString)
        .containsExactly("[2016-Q4,ALL,F,15,1]", "[2016-Q4,ALL,M,14,1]");
  }

  @Test
  void ethnicGroupsFollowTheDfeMajorGroups(SparkSession spark) {
    Dataset<Row> codes = spark.createDataset(
        List.of("WBRI", "WROM", "MWAS", "AIND", "BCRB", "CHNE", "OOTH", "REFU", "NOBT"),
        org.apache.spark.sql.Encoders.STRING()).toDF("ethnicity");

    List<String> groups = codes.select(Demographics.ethnicGroup(org.apache.spark.sql.functions.col("ethnicity")))
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();

    assertThat(groups).containsExactly("white", "white", "mixed", "asian", "black", "chinese", "other", "refused",
        "not_recorded");
  }
}
