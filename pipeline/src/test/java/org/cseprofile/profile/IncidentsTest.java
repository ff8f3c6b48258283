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
class IncidentsTest {
  static ProfileInputs inputs;
  static Dataset<Row> recorded;
  static Dataset<Row> grid;

  @BeforeAll
  static void load(SparkSession spark) {
    inputs = ProfileFixture.inputs(spark);
    recorded = Incidents.inPeriods(inputs.incidents(), List.of(Q4));
    grid = ProfileFixture.grid(inputs, Q4);
  }

  @Test
  void summaryCountsIncidentsAndTheChildrenLinkedAsVictims() {
    Dataset<Row> cohort = Cohort.childrenOpenInPeriod(inputs.episodes(), Q4);

    List<Row> rows = Incidents.summary(recorded, cohort, grid).orderBy("la_code").collectAsList();

    // Q4: I1, I2 (BH, victim A), I3 (WS, victim C), I4 (ES, victim X, not in cohort), I6 (ES, no victim).
    assertThat(rows).extracting(Row::toString).containsExactly(
        "[2016-Q4,ALL,5,4,3,2]",
        "[2016-Q4,E06000043,2,2,1,1]",
        "[2016-Q4,E10000011,2,1,1,0]",
        "[2016-Q4,E10000032,1,1,1,1]");
  }

  @Test
  void breakdownByTypeContactPlaceAndPlatform() {
    List<Row> rows = Incidents.breakdown(recorded, grid).filter("la_code = 'ALL' and incidents > 0")
        .select("breakdown", "category", "incidents").collectAsList();

    // Platforms are matched ignoring case and spaces; I6 is online with no platform.
    assertThat(rows).extracting(Row::toString).containsExactlyInAnyOrder(
        "[incident_type,crime,2]", "[incident_type,intelligence,2]", "[incident_type,concern,1]",
        "[contact_type,contact,2]", "[contact_type,non_contact,1]", "[contact_type,online,2]",
        "[place_type,hotel,1]", "[place_type,online,3]", "[place_type,park_open_space,1]",
        "[platform,snapchat,2]", "[platform,not_recorded,1]");
    assertThat(Incidents.breakdown(recorded, grid).filter("la_code = 'E10000032'").count())
        .as("3 incident types + 3 contact types + 11 place types + 2 platforms").isEqualTo(19);
  }
}
