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
class CrossBorderTest {
  static final List<Period> PERIODS = List.of(Q4);
  static ProfileInputs inputs;
  static Dataset<Row> cohort;
  static Dataset<Row> missing;
  static Dataset<Row> recorded;
  static Dataset<Row> grid;

  @BeforeAll
  static void load(SparkSession spark) {
    inputs = ProfileFixture.inputs(spark);
    cohort = Cohort.childrenOpen(inputs.episodes(), PERIODS);
    missing = MissingEpisodes.byPopulation(inputs.missing(), cohort, ProfileSettings.DEFAULTS, PERIODS);
    recorded = Incidents.inPeriods(inputs.incidents(), PERIODS);
    grid = ProfileFixture.grid(inputs, Q4);
  }

  @Test
  void cohortChildrenWithActivityRecordedByAnotherAuthority() {
    List<Row> rows = CrossBorder.children(cohort, missing, recorded, grid).orderBy("la_code").collectAsList();

    // C (East Sussex) went missing in West Sussex (1 Nov) and is the victim of I3 there. A, F stay at home.
    assertThat(rows).extracting(Row::toString).containsExactly(
        "[2016-Q4,ALL,6,1,1,1,16.666666666666668]",
        "[2016-Q4,E06000043,2,0,0,0,0.0]",
        "[2016-Q4,E10000011,2,1,1,1,50.0]",
        "[2016-Q4,E10000032,2,0,0,0,0.0]");
  }

  @Test
  void aCountWhoseExtractWasNotSuppliedIsNotAvailableNeverZero() {
    Dataset<Row> noIncidents = recorded.filter("false");

    List<Row> rows = CrossBorder.children(cohort, missing, noIncidents, grid, true, false).orderBy("la_code")
        .collectAsList();

    // No incidents extract: C's missing episode in West Sussex still counts (1 in ES and ALL); the incidents elsewhere,
    // and so "either" and its percent, are not known: null (x), never 0. The cohort (6, 2, 2, 2) needs nothing else.
    assertThat(rows).extracting(Row::toString).containsExactly(
        "[2016-Q4,ALL,6,1,null,null,null]",
        "[2016-Q4,E06000043,2,0,null,null,null]",
        "[2016-Q4,E10000011,2,1,null,null,null]",
        "[2016-Q4,E10000032,2,0,null,null,null]");
    // No missing episodes either: only the cohort is counted.
    assertThat(CrossBorder.children(cohort, missing.filter("false"), noIncidents, grid, false, false)
        .filter("la_code = 'ALL'").first().toString()).isEqualTo("[2016-Q4,ALL,6,null,null,null,null]");
  }
}
