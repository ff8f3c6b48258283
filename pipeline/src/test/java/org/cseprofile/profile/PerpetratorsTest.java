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
        "[disruption,cawn,1]", "[disruption,sro,1]", "[disruption,none,2]",
        // The fixture's suspects file has neither ethnicity nor previous offending: every suspect is not recorded.
        "[ethnic_group,not_recorded,3]", "[previous_offending,not_recorded,3]");
  }

  /**
   * The links of the fixture with ethnicity and previous offending. S1: I1 (BH, 5 Oct) WBRI, N; I2 (BH, 11 Nov)
   * blank, Y; I4 (ES, 31 Dec) AOTH, blank. S2: I3 (WS) apkn (any case), blank. S3: I4 (ES) REFU, n. S4 on I5 is in
   * September, outside Q4.
   */
  static final String SUSPECTS_WITH_ATTRIBUTES = """
      incident_id,suspect_id,gender,birth_year,status,disruption,ethnicity,previous_offending
      I1,S1,M,1990,arrested,cawn,WBRI,N
      I2,S1,M,1990,charged,cawn;sro,,Y
      I3,S2,F,,suspect,,apkn,
      I4,S3,M,2000,no_further_action,,REFU,n
      I4,S1,M,1990,suspect,,AOTH,
      I5,S4,M,1980,convicted,shpo,BCRB,Y
      """;

  @Test
  void ethnicityIsTheLatestRecordedAndPreviousOffendingAnyYes(SparkSession spark) {
    Dataset<Row> breakdown = Perpetrators.breakdown(attributed(spark), grid)
        .filter("breakdown in ('ethnic_group', 'previous_offending') and suspects > 0")
        .select("la_code", "breakdown", "category", "suspects");

    assertThat(breakdown.collectAsList()).extracting(Row::toString).containsExactlyInAnyOrder(
        // ALL: S1's latest recorded ethnicity is AOTH (I4; 31 Dec) -> asian, S2 APKN -> asian, S3 refused.
        // S1 said Y on I2 -> yes; S3 n -> no; S2 blank -> not recorded.
        "[ALL,ethnic_group,asian,2]", "[ALL,ethnic_group,refused,1]",
        "[ALL,previous_offending,yes,1]", "[ALL,previous_offending,no,1]", "[ALL,previous_offending,not_recorded,1]",
        // Brighton and Hove sees S1's I1 and I2 only: the latest with an ethnicity is I1 (WBRI, white); N then Y: yes.
        "[E06000043,ethnic_group,white,1]", "[E06000043,previous_offending,yes,1]",
        // East Sussex: S1 on I4 (AOTH, blank: not recorded) and S3 (REFU, n).
        "[E10000011,ethnic_group,asian,1]", "[E10000011,ethnic_group,refused,1]",
        "[E10000011,previous_offending,not_recorded,1]", "[E10000011,previous_offending,no,1]",
        // West Sussex: S2 (APKN, blank).
        "[E10000032,ethnic_group,asian,1]", "[E10000032,previous_offending,not_recorded,1]");
  }

  @Test
  void aBreakdownByAColumnNotSuppliedIsNotAvailableNeverZero(SparkSession spark) {
    Dataset<Row> breakdown = Perpetrators.breakdown(attributed(spark), grid, false, true);

    // 4 areas (ALL and three authorities) x 8 ethnic groups, every count null; previous offending still counted.
    assertThat(breakdown.filter("breakdown = 'ethnic_group'").count()).isEqualTo(32);
    assertThat(breakdown.filter("breakdown = 'ethnic_group' and suspects is not null").count()).isZero();
    assertThat(breakdown.filter("breakdown = 'previous_offending' and suspects is null").count()).isZero();
    assertThat(breakdown.filter("breakdown = 'previous_offending' and la_code = 'ALL'")
        .agg(org.apache.spark.sql.functions.sum("suspects")).first().getLong(0)).isEqualTo(3);
  }

  @Test
  void withoutTheSuspectsOrIncidentsExtractEveryCountIsNotAvailableNeverZero(SparkSession spark) {
    // No suspects file: no link, so suspectsByArea is empty; the grid still lists ALL and the three authorities.
    Dataset<Row> none = Perpetrators.suspectsByArea(org.cseprofile.testing.Fixtures.extract(spark,
        org.cseprofile.ingest.SuspectsExtract.SPEC, "incident_id,suspect_id,gender,birth_year,status,disruption\n"),
        Incidents.inPeriods(ProfileFixture.inputs(spark).incidents(), List.of(Q4)));

    // Every area's suspects, links and suspects with a tactic are null (x), not the 0 that says "no suspects".
    assertThat(Perpetrators.summary(none, grid, false).orderBy("la_code").collectAsList()).extracting(Row::toString)
        .containsExactly("[2016-Q4,ALL,null,null,null]", "[2016-Q4,E06000043,null,null,null]",
            "[2016-Q4,E10000011,null,null,null]", "[2016-Q4,E10000032,null,null,null]");
    // Every breakdown (gender 3, age band 5, status 5, disruption 8, ethnic group 8, previous offending 3: 32
    // categories) in the 4 areas: 128 rows, every count null, as the ethnic group's already was.
    Dataset<Row> breakdown = Perpetrators.breakdown(none, grid, false, false, false);
    assertThat(breakdown.count()).isEqualTo(128);
    assertThat(breakdown.filter("suspects is not null").count()).isZero();
    // Linked (both extracts supplied): the counts are those of the tests above.
    assertThat(Perpetrators.summary(suspects, grid, true).filter("la_code = 'ALL'").collectAsList())
        .extracting(Row::toString).containsExactly("[2016-Q4,ALL,3,5,1]");
  }

  private static Dataset<Row> attributed(SparkSession spark) {
    ProfileInputs inputs = ProfileFixture.inputs(spark);
    Dataset<Row> links = org.cseprofile.testing.Fixtures.extract(spark,
        org.cseprofile.ingest.SuspectsExtract.SPEC, SUSPECTS_WITH_ATTRIBUTES);
    return Perpetrators.suspectsByArea(links, Incidents.inPeriods(inputs.incidents(), List.of(Q4)));
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
