package org.cseprofile.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.period.Period;
import org.cseprofile.testing.Fixtures;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class CohortTest {
  static final Period Q4 = Period.parseQuarter("2016-Q4"); // 2016-10-01 to 2016-12-31
  static final String BH = "E06000043";
  static final String ES = "E10000011";
  static final String WS = "E10000032";

  /**
   * Worked by hand for 2016-Q4:
   * A open since before the quarter: in. B closed the day before it starts: out.
   * C closed on its first day: in. D identified on its last day: in. E identified the day after: out.
   * F has an earlier closed episode in ES and a new one in WS: in once, in WS.
   * G has two episodes open in the quarter, the later in BH: in once, in BH; turns 18 in December.
   * H has a same-day episode inside the quarter: in.
   */
  static final String EPISODES = """
      child_id,la_code,birth_month,gender,identified_date,closed_date
      A,E06000043,2001-03,F,2016-09-01,
      B,E06000043,2001-05,F,2016-06-01,2016-09-30
      C,E10000011,2002-12,M,2016-06-01,2016-10-01
      D,E10000032,2003-01,F,31/12/2016,
      E,E10000032,2002-07,F,2017-01-01,
      F,E10000011,1999-01,U,2016-01-10,2016-05-01
      F,E10000032,1999-01,U,2016-11-15,
      G,E10000011,1998-12,F,2016-08-01,2016-11-30
      G,E06000043,1998-12,F,2016-10-15,
      H,E10000011,2004-11,F,2016-10-05,2016-10-05
      """;

  static Dataset<Row> episodes;

  @BeforeAll
  static void load(SparkSession spark) {
    episodes = Fixtures.extract(spark, CohortExtract.SPEC, EPISODES);
  }

  @Test
  void childrenOpenInPeriodFollowsTheEpisodeRules() {
    List<Row> children = Cohort.childrenOpenInPeriod(episodes, Q4)
        .select("child_id", "la_code", "gender", "age").orderBy("child_id").collectAsList();

    assertThat(children).extracting(Row::toString).containsExactly(
        "[A,E06000043,F,15]",
        "[C,E10000011,M,14]",
        "[D,E10000032,F,13]",
        "[F,E10000032,U,17]",
        "[G,E06000043,F,18]",
        "[H,E10000011,F,12]");
  }

  @Test
  void childrenOpenCountsEachAreaAndThePartnership() {
    Dataset<Row> cohort = Cohort.childrenOpenInPeriod(episodes, Q4);

    List<Row> rows = Cohort.childrenOpen(cohort, Partnership.areas(episodes), Q4)
        .orderBy("la_code").collectAsList();

    assertThat(rows).extracting(Row::toString).containsExactly(
        "[2016-Q4,ALL,6]", "[2016-Q4,E06000043,2]", "[2016-Q4,E10000011,2]", "[2016-Q4,E10000032,2]");
  }

  @Test
  void areasWithNoOpenChildrenAreListedWithZero() {
    Period q1 = Period.parseQuarter("2015-Q1"); // nobody identified yet
    Dataset<Row> cohort = Cohort.childrenOpenInPeriod(episodes, q1);

    List<Row> rows = Cohort.childrenOpen(cohort, Partnership.areas(episodes), q1).orderBy("la_code").collectAsList();

    assertThat(rows).extracting(Row::toString).containsExactly(
        "[2015-Q1,ALL,0]", "[2015-Q1,E06000043,0]", "[2015-Q1,E10000011,0]", "[2015-Q1,E10000032,0]");
  }

  @Test
  void earlierQuarterUsesTheEpisodeOpenThen() {
    Period q2 = Period.parseQuarter("2016-Q2"); // F's first episode (ES) closed 1 May; B, C identified 1 June

    List<Row> children = Cohort.childrenOpenInPeriod(episodes, q2)
        .select("child_id", "la_code", "age").orderBy("child_id").collectAsList();

    assertThat(children).extracting(Row::toString).containsExactly(
        "[B,E06000043,15]", "[C,E10000011,13]", "[F,E10000011,17]");
  }

  @Test
  void ageIsCompletedYearsAtPeriodEndFromTheFirstDayOfTheBirthMonth() {
    LocalDate end = Q4.end();
    assertThat(Ages.completedYears(LocalDate.of(1998, 12, 1), end)).isEqualTo(18);
    assertThat(Ages.completedYears(LocalDate.of(1999, 1, 1), end)).isEqualTo(17);
    assertThat(Ages.completedYears(LocalDate.of(2000, 3, 1), LocalDate.of(2016, 2, 29))).isEqualTo(15);
    assertThat(Ages.completedYears(LocalDate.of(2000, 3, 1), LocalDate.of(2016, 3, 1))).isEqualTo(16);
  }
}
