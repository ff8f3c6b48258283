package org.cseprofile.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.period.Period;
import org.cseprofile.table.Columns;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Groups that grew since the previous period, and repeat victims, worked by hand. The network of 2016-Q4 is built
 * over 1 Jan to 31 Dec 2016; the previous period's (2016-Q3) over 1 Oct 2015 to 30 Sep 2016. Every incident has
 * one child and one suspect:
 * <ul>
 *   <li>G1 (K1 with T1 on 1 May; K1 with T2 on 1 Nov): before, K1 and T1; now T2 joins: grew;</li>
 *   <li>G2 (K2 with T3 on 1 Apr; K3 with T4 on 2 Apr; K2 with T4 on 15 Oct): two groups before, joined now: grew,
 *   with no one new to the network;</li>
 *   <li>G3 (K4 with T5 on 1 and 20 Dec): no one was in the previous network: new;</li>
 *   <li>G4 (K5 with T6 on 1 Feb): the same people: not grown;</li>
 *   <li>G5 (K6 with T7 on 1 Nov 2015; K6 with T8 on 1 Mar): before, K6, T7 and T8; now T7 has left the window:
 *   fewer people is not growth.</li>
 * </ul>
 * Numbered by people, then incidents, then first date: G2 (4 people) 1, G1 (3) 2, G3 (2 people, 2 incidents) 3,
 * G4 (2 people, 1 incident, 1 Feb) 4, G5 (1 Mar) 5.
 */
@ExtendWith(SparkExtension.class)
class NetworkGrowthTest {

  static final String INCIDENTS = """
      incident_id,recorded_date,la_code,incident_type,contact_type,place_type,easting,northing,victim_id,platform
      G1a,2016-05-01,E06000043,crime,contact,hotel,,,K1,
      G1b,2016-11-01,E06000043,crime,contact,hotel,,,K1,
      G2a,2016-04-01,E10000011,crime,contact,hotel,,,K2,
      G2b,2016-04-02,E10000011,crime,contact,hotel,,,K3,
      G2c,2016-10-15,E10000011,crime,contact,hotel,,,K2,
      G3a,2016-12-01,E10000032,crime,contact,hotel,,,K4,
      G3b,2016-12-20,E10000032,crime,contact,hotel,,,K4,
      G4a,2016-02-01,E10000032,crime,contact,hotel,,,K5,
      G5a,2015-11-01,E06000043,crime,contact,hotel,,,K6,
      G5b,2016-03-01,E06000043,crime,contact,hotel,,,K6,
      """;

  static final String SUSPECTS = """
      incident_id,suspect_id,gender,birth_year,status,disruption
      G1a,T1,M,1990,suspect,
      G1b,T2,M,1990,suspect,
      G2a,T3,M,1990,suspect,
      G2b,T4,M,1990,suspect,
      G2c,T4,M,1990,suspect,
      G3a,T5,M,1990,suspect,
      G3b,T5,M,1990,suspect,
      G4a,T6,M,1990,suspect,
      G5a,T7,M,1990,suspect,
      G5b,T8,M,1990,suspect,
      """;

  static final String MISSING = """
      CHILD,DOB,MISSING,MIS_START,MIS_END,LA,RHI_OFFERED,RHI_ACCEPTED,FOUND_EASTING,FOUND_NORTHING
      """;

  static Network network;

  @BeforeAll
  static void build(SparkSession spark) {
    network = NetworkTest.network(spark, INCIDENTS, SUSPECTS, MISSING, "K1", "K4");
  }

  @AfterAll
  static void release() {
    network.release();
  }

  @Test
  void eachGroupIsNewGrewOrNotGrownSinceThePreviousPeriod() {
    assertThat(network.groups().orderBy(Columns.GROUP_ID).select(Columns.GROUP_ID, Columns.CHILDREN, Columns.SUSPECTS,
        Columns.SINCE_LAST_PERIOD).collectAsList()).extracting(Row::toString).containsExactly(
        "[1,2,2,grew]", "[2,1,2,grew]", "[3,1,1,new]", "[4,1,1,not_grown]", "[5,1,1,not_grown]");
  }

  @Test
  void thePreviousPeriodIsTheQuarterBefore() {
    assertThat(network.previous().window()).isEqualTo(Period.window(java.time.LocalDate.of(2015, 10, 1),
        java.time.LocalDate.of(2016, 9, 30)));
  }

  @Test
  void summaryCountsRepeatVictimsAndTheGroupsThatGrew() {
    // Repeat victims in the 12 months: K1 (G1a, G1b), K2 (G2a, G2c), K4 (G3a, G3b); K6's G5a is before the window.
    // In the quarter (October to December): K4 only (K1 and K2 have one incident each there).
    // Groups that grew: 1 and 2; new: 3.
    assertThat(NetworkStatistics.summary(network).select(Columns.GROUPS, Columns.CHILDREN, Columns.REPEAT_VICTIMS,
        Columns.REPEAT_VICTIMS_IN_PERIOD, Columns.GROUPS_THAT_GREW, Columns.NEW_GROUPS).collectAsList())
        .extracting(Row::toString).containsExactly("[5,6,3,1,2,1]");
  }
}
