package org.cseprofile.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cseprofile.profile.ProfileFixture.Q4;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.SuspectsExtract;
import org.cseprofile.linkage.ProfileInputs;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class VulnerabilitiesTest {
  static ProfileInputs inputs;
  static Map<String, Row> partnership;

  @BeforeAll
  static void compute(SparkSession spark) {
    inputs = ProfileFixture.inputs(spark);
    Dataset<Row> cohort = Cohort.childrenOpenInPeriod(inputs.episodes(), Q4);
    partnership = Vulnerabilities.prevalence(cohort, inputs, ProfileFixture.grid(inputs, Q4), Q4)
        .filter("la_code = 'ALL'").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(2), r -> r));
  }

  @Test
  void countsEachIndicatorOverTheCohortWorkedByHand() {
    // Cohort A, C, D, F, G, H (6). "numerator/not recorded" worked from ProfileFixture:
    Map<String, String> expected = Map.ofEntries(
        Map.entry("missing_ever", "4/0"), // A, C, F in 2016; D in November 2015
        Map.entry("missing_last_12_months", "3/0"), // D's episode is before 1 Jan 2016
        Map.entry("looked_after", "2/1"), // A, G; D blank
        Map.entry("cp_plan_current", "2/1"), // A, G
        Map.entry("cp_plan_previous", "1/1"), // C
        Map.entry("domestic_abuse", "2/1"), // A, F
        Map.entry("prior_rape_allegation", "1/2"), // F; C and D blank
        Map.entry("alternative_provision", "1/2"), // A (its 2017 record is after the period); D none, G unknown
        Map.entry("home_educated", "1/2"), // F
        Map.entry("not_in_education", "1/2"), // C's latest record
        Map.entry("not_in_mainstream_education", "3/2"), // A, C, F
        Map.entry("roni", "2/2"), // A, C; D none, F blank
        Map.entry("persistent_absence", "2/2"), // A, H; C blank, D none
        Map.entry("exclusion", "2/2"), // A suspension, C permanent; G blank, D none
        Map.entry("sexual_health_contact_12_months", "1/0"), // A; F's contact is in 2017
        Map.entry("substance_misuse_contact_12_months", "1/0"), // C; A's is on 31 Dec 2015
        Map.entry("mental_health_contact_12_months", "2/0"), // C, H (1 Jan 2016 is inside)
        Map.entry("cin_factor_10a_missing", "1/1"), // A; D blank
        Map.entry("cin_factor_11a_cse", "4/1"), // A, C, G, H
        Map.entry("cin_factor_12a_trafficking", "1/1"), // G
        Map.entry("cin_factor_13a_gangs", "1/1"), // F
        Map.entry("cin_factor_24a_criminal_exploitation", "1/1"), // F
        Map.entry("three_or_more_warning_signs", "2/0")); // A and C have 4 each; F has 2

    assertThat(partnership.keySet()).isEqualTo(expected.keySet());
    expected.forEach((indicator, value) -> {
      Row r = partnership.get(indicator);
      assertThat(r.getLong(3) + "/" + r.getLong(5)).as(indicator).isEqualTo(value);
      assertThat(r.getLong(4)).as(indicator + " denominator").isEqualTo(6);
    });
  }

  @Test
  void percentAndWilsonIntervalAreGiven() {
    Row lookedAfter = partnership.get("looked_after"); // 2 of 6: Wilson 95% interval 0.0968 to 0.7000
    assertThat(lookedAfter.getDouble(6)).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(lookedAfter.getDouble(7)).isCloseTo(9.68, within(0.005));
    assertThat(lookedAfter.getDouble(8)).isCloseTo(70.00, within(0.005));
  }

  @Test
  void indicatorsOfAnExtractNotSuppliedAreNullNotZero(SparkSession spark) {
    ProfileInputs withoutEducation = new ProfileInputs(inputs.episodes(), inputs.education().limit(0), inputs.health(),
        inputs.missing(), inputs.incidents(), inputs.suspects(),
        Set.of(CohortExtract.NAME, IncidentsExtract.NAME, SuspectsExtract.NAME, "health", "missing"));
    Dataset<Row> cohort = Cohort.childrenOpenInPeriod(inputs.episodes(), Q4);

    List<Row> rows = Vulnerabilities.prevalence(cohort, withoutEducation, ProfileFixture.grid(inputs, Q4), Q4)
        .filter("la_code = 'ALL' and indicator in ('roni', 'looked_after')").orderBy("indicator").collectAsList();

    assertThat(rows.get(0).getLong(3)).as("looked_after comes from the cohort extract").isEqualTo(2);
    Row roni = rows.get(1);
    assertThat(roni.isNullAt(3)).as("numerator").isTrue();
    assertThat(roni.getLong(4)).as("denominator").isEqualTo(6);
    assertThat(roni.getLong(5)).as("not recorded").isEqualTo(6);
    assertThat(roni.isNullAt(6) && roni.isNullAt(7) && roni.isNullAt(8)).as("percent and interval").isTrue();
  }

  @Test
  void eachAreaCountsItsOwnCohortChildren(SparkSession spark) {
    Dataset<Row> cohort = Cohort.childrenOpenInPeriod(inputs.episodes(), Q4);

    List<Row> brightonAndHove = Vulnerabilities.prevalence(cohort, inputs, ProfileFixture.grid(inputs, Q4), Q4)
        .filter("la_code = 'E06000043' and indicator in ('missing_ever', 'looked_after', 'exclusion')")
        .orderBy("indicator").select("indicator", "numerator", "denominator", "not_recorded").collectAsList();

    // Brighton and Hove: A and G. A went missing, is looked after and was suspended; G is looked after, exclusion blank.
    assertThat(brightonAndHove).extracting(Row::toString).containsExactly(
        "[exclusion,1,2,1]", "[looked_after,2,2,0]", "[missing_ever,1,2,0]");
  }
}
