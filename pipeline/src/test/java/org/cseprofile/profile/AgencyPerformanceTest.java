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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class AgencyPerformanceTest {

  @Test
  void measuresWorkedByHand(SparkSession spark) {
    ProfileInputs inputs = ProfileFixture.inputs(spark);
    List<Period> periods = List.of(Q4);
    Dataset<Row> cohort = Cohort.childrenOpen(inputs.episodes(), periods);
    Dataset<Row> missing = MissingEpisodes.byPopulation(inputs.missing(), cohort, ProfileSettings.DEFAULTS, periods);

    List<Row> rows = AgencyPerformance.measures(cohort, missing, inputs, ProfileFixture.grid(inputs, Q4), Q4)
        .filter("la_code = 'ALL'").select("measure", "numerator", "denominator", "value", "unit").collectAsList();

    // Assessed by 31 Dec: A (10 days), C (4), F (30), G (1 day before identification: counted, not timed), H (0).
    // Median of 0, 4, 10, 30 = 7. Plans by 31 Dec: A, H (F's is in January).
    // Known: education A, C, F, G, H; health A, C, H; police (victims by 31 Dec) A, C, H; missing A, C, D, F.
    assertThat(rows).extracting(Row::toString).containsExactly(
        "[risk_assessment_completed,5,6,83.33333333333333,percent]",
        "[plan_in_place,2,6,33.333333333333336,percent]",
        "[median_days_to_risk_assessment,null,4,7.0,days]",
        "[rhi_offered_within_72h,3,5,60.0,percent]",
        "[known_to_education,5,6,83.33333333333333,percent]",
        "[known_to_health,3,6,50.0,percent]",
        "[known_to_police,3,6,50.0,percent]",
        "[in_missing_extract,4,6,66.66666666666667,percent]",
        "[known_to_more_than_one_agency,5,6,83.33333333333333,percent]");
    assertThat(AgencyPerformance.measureNames()).containsExactly("risk_assessment_completed", "plan_in_place",
        "median_days_to_risk_assessment", "rhi_offered_within_72h", "known_to_education", "known_to_health",
        "known_to_police", "in_missing_extract", "known_to_more_than_one_agency");
  }
}
