package org.cseprofile.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprofile.profile.ProfileFixture.Q4;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.linkage.ProfileInputs;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class PerpetratorsTest {
  static Dataset<Row> suspects;
  static Dataset<Row> grid;

  @BeforeAll
  static void load(SparkSession spark) {
    ProfileInputs inputs = ProfileFixture.inputs(spark);
    suspects = Perpetrators.suspectsByArea(inputs.suspects(), Incidents.inPeriods(inputs.incidents(), List.of(Q4)))
        .cache();
    grid = ProfileFixture.grid(inputs, Q4);
  }

  @Test
  void summaryCountsDistinctSuspectsPerArea() {
    List<Row> rows = Perpetrators.summary(suspects, grid).orderBy("la_code").collectAsList();

    // S1 on I1, I2 (BH) and I4 (ES); S2 on I3 (WS); S3 on I4 (ES). S4's incident is in September.
    assertThat(rows).extracting(Row::toString).containsExactly(
        "[2016-Q4,ALL,3,5,1]",
        "[2016-Q4,E06000043,1,2,1]",
        "[2016-Q4,E10000011,2,2,0]",
        "[2016-Q4,E10000032,1,1,0]");
  }

  @Test
  void breakdownUsesTheLatestIncidentAndTheFurthestStatus() {
    List<Row> all = Perpetrators.breakdown(suspects, grid).filter("la_code = 'ALL' and suspects > 0")
        .select("breakdown", "category", "suspects").collectAsList();

    // S1: male, 26 at I4 (31 Dec), furthest status charged (I2), CAWN and SRO.
    // S2: female, birth year unknown, suspect. S3: male, 16 at I4, no further action.
    assertThat(all).extracting(Row::toString).containsExactlyInAnyOrder(
        "[gender,M,2]", "[gender,F,1]",
        "[age_band,under_18,1]", "[age_band,25_to_35,1]", "[age_band,unknown,1]",
        "[status,suspect,1]", "[status,no_further_action,1]", "[status,charged,1]",
        "[disruption,cawn,1]", "[disruption,sro,1]", "[disruption,none,2]");
  }

  @Test
  void anAreaSeesOnlyItsOwnIncidentsOfASuspect() {
    List<Row> eastSussex = Perpetrators.breakdown(suspects, grid)
        .filter("la_code = 'E10000011' and breakdown in ('status', 'disruption') and suspects > 0")
        .select("breakdown", "category", "suspects").collectAsList();

    // In East Sussex S1 was only a suspect (I4), with no disruption there.
    assertThat(eastSussex).extracting(Row::toString).containsExactlyInAnyOrder(
        "[status,suspect,1]", "[status,no_further_action,1]", "[disruption,none,2]");
  }
}
