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
class CrossBorderTest {

  @Test
  void cohortChildrenWithActivityRecordedByAnotherAuthority(SparkSession spark) {
    ProfileInputs inputs = ProfileFixture.inputs(spark);
    List<Period> periods = List.of(Q4);
    Dataset<Row> cohort = Cohort.childrenOpen(inputs.episodes(), periods);
    Dataset<Row> missing = MissingEpisodes.byPopulation(inputs.missing(), cohort, ProfileSettings.DEFAULTS, periods);

    List<Row> rows = CrossBorder.children(cohort, missing, Incidents.inPeriods(inputs.incidents(), periods),
        ProfileFixture.grid(inputs, Q4)).orderBy("la_code").collectAsList();

    // C (East Sussex) went missing in West Sussex (1 Nov) and is the victim of I3 there. A, F stay at home.
    assertThat(rows).extracting(Row::toString).containsExactly(
        "[2016-Q4,ALL,6,1,1,1,16.666666666666668]",
        "[2016-Q4,E06000043,2,0,0,0,0.0]",
        "[2016-Q4,E10000011,2,1,1,1,50.0]",
        "[2016-Q4,E10000032,2,0,0,0,0.0]");
  }
}
