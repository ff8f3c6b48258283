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
  void withoutTheIncidentsExtractEveryCountIsNotAvailableNeverZero() {
    // No incidents extract: no row is recorded, and the grid (the cohort's 3 authorities and ALL) still lists every
    // area. Every count of the summary is null (x), not the 0 "no incident" a board would read.
    Dataset<Row> none = recorded.filter("false");
    Dataset<Row> cohort = Cohort.childrenOpenInPeriod(inputs.episodes(), Q4);

    assertThat(Incidents.summary(none, cohort, grid, false).orderBy("la_code").collectAsList())
        .extracting(Row::toString).containsExactly(
        "[2016-Q4,ALL,null,null,null,null]",
        "[2016-Q4,E06000043,null,null,null,null]",
        "[2016-Q4,E10000011,null,null,null,null]",
        "[2016-Q4,E10000032,null,null,null,null]");
    // The breakdown keeps every row (3 incident types + 3 contact types + 11 place types, and the platforms: only
    // not_recorded, none being seen = 18 per area, 72 in all), every count null.
    Dataset<Row> breakdown = Incidents.breakdown(none, grid, false);
    assertThat(breakdown.count()).isEqualTo(72);
    assertThat(breakdown.filter("incidents is not null").count()).isZero();
    // Supplied, the same calls count as before.
    assertThat(Incidents.summary(recorded, cohort, grid, true).filter("la_code = 'ALL'").first().toString())
        .isEqualTo("[2016-Q4,ALL,5,4,3,2]");
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

  /**
   * Q4 incidents with a location role: I1 (BH, hotel) Offence; I2 (BH, online) met; I3 (WS, online) MET (any
   * case); I4 (ES, park) blank; I6 (ES, online) met. I5 (September) and I7 (January) are outside Q4.
   */
  static final String WITH_ROLES = """
      incident_id,recorded_date,la_code,incident_type,contact_type,place_type,location_role
      I1,2016-10-05,E06000043,crime,contact,hotel,Offence
      I2,2016-11-11,E06000043,concern,online,online,met
      I3,2016-12-01,E10000032,intelligence,non_contact,online,MET
      I4,2016-12-31,E10000011,crime,contact,park_open_space,
      I5,2016-09-30,E10000011,crime,contact,taxi,offence
      I6,2016-10-20,E10000011,intelligence,online,online,met
      I7,2017-01-01,E10000032,crime,contact,hotel,met
      """;

  @Test
  void incidentsByPlaceTypeAndLocationRole(SparkSession spark) {
    Dataset<Row> roles = Incidents.inPeriods(
        org.cseprofile.testing.Fixtures.extract(spark, org.cseprofile.ingest.IncidentsExtract.SPEC, WITH_ROLES),
        List.of(Q4));
    Dataset<Row> table = Incidents.byLocationRole(roles, grid);

    assertThat(table.filter("incidents > 0").select("la_code", "place_type", "location_role", "incidents")
        .collectAsList()).extracting(Row::toString).containsExactlyInAnyOrder(
        // ALL: online met 3 (I2, I3, I6); hotel offence 1 (I1); park not recorded 1 (I4).
        "[ALL,online,met,3]", "[ALL,hotel,offence,1]", "[ALL,park_open_space,not_recorded,1]",
        "[E06000043,hotel,offence,1]", "[E06000043,online,met,1]",
        "[E10000011,park_open_space,not_recorded,1]", "[E10000011,online,met,1]",
        "[E10000032,online,met,1]");
    // Every area lists every place type (11) and role (3): 4 x 33 rows, zeros included.
    assertThat(table.count()).isEqualTo(132);
    // Not supplied: the same 132 rows, every count null (x), never 0.
    Dataset<Row> notSupplied = Incidents.byLocationRole(roles, grid, false);
    assertThat(notSupplied.count()).isEqualTo(132);
    assertThat(notSupplied.filter("incidents is not null").count()).isZero();
  }
}
