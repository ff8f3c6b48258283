package org.cseprofile.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB statistics on a hand-worked fixture for 2016-Q4 (1 October to 31 December 2016); every
 * expected value is worked out in the comments from docs/metrics.md.
 */
class CoreStatisticsTest {
  private static final Quarter Q4 = Quarter.parse("2016-Q4");

  @TempDir
  static Path input;

  @BeforeAll
  static void writeExtracts() throws Exception {
    // c1 E1 F born 2003-05: identified in the period, open at end, age 13.
    // c2 E1 F (CIN code 2) born 2004-12: open since January, closed 15 October: closed; age 12.
    // c3: an episode closed before the period (E1), then one open since 1 September (E2, UK date): E2, M, 15.
    // c4: identified after the period: not in the cohort.
    // c5: open at E2 since August, and at E1 from 1 December: the latest gives E1; identified in period; U, 16.
    Files.writeString(input.resolve("cse_cohort.csv"), """
        child_id,la_code,birth_month,gender,identified_date,closed_date
        c1,E1,2003-05,F,2016-11-10,
        c2,E1,2004-12,2,2016-01-05,2016-10-15
        c3,E1,2001-03,M,2015-06-01,2016-02-01
        c3,E2,2001-03,M,01/09/2016,
        c4,E2,2002-01,F,2017-01-05,
        c5,E2,2000-12,U,2016-08-01,2016-11-30
        c5,E1,2000-12,U,2016-12-01,
        """);
    Files.createDirectories(input.resolve("missing"));
    // c1: three episodes within 27 days (the third is repeat); m1 offered after 2 days and accepted,
    // m2 offered after 5 days and declined. x9 (not in the cohort): m4 starts in the period at E2,
    // m5 (blank LA) returns on 2 October with an offer the same day, accepted. c3: m6 in July (neither
    // starts nor returns in the period), m7 starts on 30 December at E1 (c3's cohort authority is E2).
    Files.writeString(input.resolve("missing/E1.csv"), """
        CHILD,DOB,MISSING,MIS_START,MIS_END,LA,RHI_OFFERED,RHI_ACCEPTED
        c1,01/05/2003,M,05/10/2016,06/10/2016,E1,08/10/2016,Y
        c1,01/05/2003,M,20/10/2016,20/10/2016,E1,25/10/2016,N
        c1,01/05/2003,A,01/11/2016,,E1,,
        c3,01/03/2001,M,01/07/2016,03/07/2016,E1,,
        c3,01/03/2001,M,30/12/2016,,E1,,
        """);
    Files.writeString(input.resolve("missing/E2.csv"), """
        CHILD,DOB,MISSING,MIS_START,MIS_END,LA,RHI_OFFERED,RHI_ACCEPTED
        x9,01/01/2005,A,15/12/2016,02/01/2017,E2,,
        x9,01/01/2005,M,10/09/2016,02/10/2016,,02/10/2016,Y
        """);
    Files.writeString(input.resolve("incidents.csv"), """
        incident_id,recorded_date,la_code,incident_type,victim_id
        i1,2016-10-03,E1,crime,c1
        i2,2016-11-03,E1,crime,c1
        i3,2016-12-31,E2,intelligence,x9
        i4,2016-09-30,E1,concern,c2
        i5,2016-10-01,E2,concern,
        """);
  }

  @Test
  void cohortAndAgeByGender() throws Exception {
    Figures f = compute();

    assertThat(f.of(CoreStatistics.COHORT).cells()).containsOnly(
        entry("cohort|ALL|children_open", 4L), entry("cohort|ALL|children_identified", 2L),
        entry("cohort|ALL|children_closed", 1L), entry("cohort|ALL|children_open_at_end", 3L),
        entry("cohort|E1|children_open", 3L), entry("cohort|E1|children_identified", 2L),
        entry("cohort|E1|children_closed", 1L), entry("cohort|E1|children_open_at_end", 2L),
        entry("cohort|E2|children_open", 1L), entry("cohort|E2|children_identified", 0L),
        entry("cohort|E2|children_closed", 0L), entry("cohort|E2|children_open_at_end", 1L));
    assertThat(f.of(CoreStatistics.AGE_BY_GENDER).cells()).containsOnly(
        entry("age_by_gender|E1|F|13|children", 1L), entry("age_by_gender|E1|F|12|children", 1L),
        entry("age_by_gender|E1|U|16|children", 1L), entry("age_by_gender|E2|M|15|children", 1L),
        entry("age_by_gender|ALL|F|13|children", 1L), entry("age_by_gender|ALL|F|12|children", 1L),
        entry("age_by_gender|ALL|U|16|children", 1L), entry("age_by_gender|ALL|M|15|children", 1L));
  }

  @Test
  void missingSummaryOfBothPopulations() throws Exception {
    Figures f = compute();

    // all_missing E1: m1, m2, m3, m7 start (c1, c3; c1 repeat; M m1 m2 m7, A m3; both in the cohort);
    // m1 and m2 return: m1 offered in time and accepted.
    assertThat(row(f, "E1|all_missing")).containsExactly(4L, 2L, 1L, 3L, 1L, 2L, 2L, 1L, 1L);
    // all_missing E2: m4 starts (away, x9 not in the cohort); m5 has no LA, so counts in ALL only.
    assertThat(row(f, "E2|all_missing")).containsExactly(1L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 0L);
    // all_missing ALL: m1 m2 m3 m4 m7 start; returns m1 m2 m5, of which m1 and m5 timely and accepted.
    assertThat(row(f, "ALL|all_missing")).containsExactly(5L, 3L, 1L, 3L, 2L, 2L, 3L, 2L, 2L);
    // cse_cohort: c1's episodes count in E1, c3's m7 in E2 (its cohort authority); no children_in_cse_cohort.
    assertThat(row(f, "E1|cse_cohort")).containsExactly(3L, 1L, 1L, 2L, 1L, 2L, 1L, 1L);
    assertThat(row(f, "E2|cse_cohort")).containsExactly(1L, 1L, 0L, 1L, 0L, 0L, 0L, 0L);
    assertThat(row(f, "ALL|cse_cohort")).containsExactly(4L, 2L, 1L, 3L, 1L, 2L, 1L, 1L);
  }

  @Test
  void incidentsAndIncidentsByType() throws Exception {
    Figures f = compute();

    // i4 is before the period. E1: i1, i2 (victim c1, in the cohort); E2: i3 (x9), i5 (no victim).
    assertThat(f.of(CoreStatistics.INCIDENTS_SUMMARY).cells()).containsOnly(
        entry("incidents_summary|E1|incidents", 2L), entry("incidents_summary|E1|incidents_with_victim", 2L),
        entry("incidents_summary|E1|children_linked_as_victims", 1L),
        entry("incidents_summary|E1|victims_in_cse_cohort", 1L),
        entry("incidents_summary|E2|incidents", 2L), entry("incidents_summary|E2|incidents_with_victim", 1L),
        entry("incidents_summary|E2|children_linked_as_victims", 1L),
        entry("incidents_summary|E2|victims_in_cse_cohort", 0L),
        entry("incidents_summary|ALL|incidents", 4L), entry("incidents_summary|ALL|incidents_with_victim", 3L),
        entry("incidents_summary|ALL|children_linked_as_victims", 2L),
        entry("incidents_summary|ALL|victims_in_cse_cohort", 1L));
    assertThat(f.of(CoreStatistics.INCIDENTS_BY_TYPE).cells()).containsOnly(
        entry("incidents_by_type|E1|crime|incidents", 2L), entry("incidents_by_type|E2|intelligence|incidents", 1L),
        entry("incidents_by_type|E2|concern|incidents", 1L), entry("incidents_by_type|ALL|crime|incidents", 2L),
        entry("incidents_by_type|ALL|intelligence|incidents", 1L),
        entry("incidents_by_type|ALL|concern|incidents", 1L));
  }

  @Test
  void tablesInOurLayoutAgreeWhenTheirCountsAreEqualAndNotOtherwise(@TempDir Path output) throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
      Figures reference = CoreStatistics.fromExtracts(duck, input, Q4).figures();
      // Our tables as the run writes them: Hive-partitioned by period, zero rows listed, another period beside.
      write(sql, output, "cohort", "SELECT * FROM (VALUES ('2016-Q4', 'ALL', 4, 2, 1, 3), ('2016-Q4', 'E1', 3, 2, 1, 2),"
          + " ('2016-Q4', 'E2', 1, 0, 0, 1), ('2016-Q3', 'ALL', 9, 9, 9, 9)) t(period, la_code, children_open,"
          + " children_identified, children_closed, children_open_at_end)");
      write(sql, output, "age_by_gender", "SELECT * FROM (VALUES ('2016-Q4', 'E1', 'F', 13, 1), ('2016-Q4', 'E1', 'F', 12, 1),"
          + " ('2016-Q4', 'E1', 'U', 16, 1), ('2016-Q4', 'E2', 'M', 15, 1), ('2016-Q4', 'ALL', 'F', 13, 1),"
          + " ('2016-Q4', 'ALL', 'F', 12, 1), ('2016-Q4', 'ALL', 'U', 16, 1), ('2016-Q4', 'ALL', 'M', 15, 1),"
          + " ('2016-Q4', 'E2', 'F', 14, 0)) t(period, la_code, gender, age, children)");
      write(sql, output, "missing_summary", "SELECT * FROM (VALUES"
          + " ('2016-Q4', 'E1', 'all_missing', 4, 2, 1, 3, 1, 2, 2, 1, 1),"
          + " ('2016-Q4', 'E2', 'all_missing', 1, 1, 0, 0, 1, 0, 0, 0, 0),"
          + " ('2016-Q4', 'ALL', 'all_missing', 5, 3, 1, 3, 2, 2, 3, 2, 2),"
          + " ('2016-Q4', 'E1', 'cse_cohort', 3, 1, 1, 2, 1, NULL, 2, 1, 1),"
          + " ('2016-Q4', 'E2', 'cse_cohort', 1, 1, 0, 1, 0, NULL, 0, 0, 0),"
          + " ('2016-Q4', 'ALL', 'cse_cohort', 4, 2, 1, 3, 1, NULL, 2, 1, 1))"
          + " t(period, la_code, population, episodes, children, repeat_missing_children, episodes_missing,"
          + " episodes_away, children_in_cse_cohort, returns, rhi_offered_within_72h, rhi_accepted)");
      write(sql, output, "incidents_summary", "SELECT * FROM (VALUES ('2016-Q4', 'E1', 2, 2, 1, 1),"
          + " ('2016-Q4', 'E2', 2, 1, 1, 0), ('2016-Q4', 'ALL', 4, 3, 2, 1)) t(period, la_code, incidents,"
          + " incidents_with_victim, children_linked_as_victims, victims_in_cse_cohort)");
      write(sql, output, "incidents_breakdown", "SELECT * FROM (VALUES"
          + " ('2016-Q4', 'E1', 'incident_type', 'crime', 2), ('2016-Q4', 'E1', 'incident_type', 'concern', 0),"
          + " ('2016-Q4', 'E2', 'incident_type', 'intelligence', 1), ('2016-Q4', 'E2', 'incident_type', 'concern', 1),"
          + " ('2016-Q4', 'ALL', 'incident_type', 'crime', 2), ('2016-Q4', 'ALL', 'incident_type', 'intelligence', 1),"
          + " ('2016-Q4', 'ALL', 'incident_type', 'concern', 1), ('2016-Q4', 'ALL', 'contact_type', 'online', 7))"
          + " t(period, la_code, breakdown, category, incidents)");

      Figures ours = CoreStatistics.fromTables(duck, output, Q4);
      for (String statistic : CoreStatistics.NAMES) {
        assertThat(Agreement.of(statistic, reference, ours).differences()).as(statistic).isEmpty();
      }

      // One count changed: the comparison names the cell and both values.
      sql.execute("COPY (SELECT * FROM (VALUES ('2016-Q4', 'ALL', 4, 2, 1, 3), ('2016-Q4', 'E1', 3, 2, 1, 2),"
          + " ('2016-Q4', 'E2', 2, 0, 0, 1)) t(period, la_code, children_open, children_identified, children_closed,"
          + " children_open_at_end)) TO '" + output.resolve("restricted/cohort") + "' (FORMAT parquet,"
          + " PARTITION_BY (period), OVERWRITE_OR_IGNORE)");
      assertThat(Agreement.of(CoreStatistics.COHORT, reference, CoreStatistics.fromTables(duck, output, Q4))
          .differences()).containsExactly("E2|children_open: DuckDB 1, ours 2");
    }
  }

  private static Figures compute() throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      return CoreStatistics.fromExtracts(duck, input, Q4).figures();
    }
  }

  /** A missing_summary row's counts in the order of the table's columns (null children_in_cse_cohort left out). */
  private static java.util.List<Long> row(Figures f, String key) {
    java.util.List<Long> values = new java.util.ArrayList<>();
    for (String column : java.util.List.of("episodes", "children", "repeat_missing_children", "episodes_missing",
        "episodes_away", "children_in_cse_cohort", "returns", "rhi_offered_within_72h", "rhi_accepted")) {
      Long v = f.cells().get("missing_summary|" + key + "|" + column);
      if (v != null) {
        values.add(v);
      }
    }
    return values;
  }

  private static void write(Statement sql, Path output, String table, String select) throws Exception {
    Files.createDirectories(output.resolve("restricted"));
    sql.execute("COPY (" + select + ") TO '" + output.resolve("restricted").resolve(table)
        + "' (FORMAT parquet, PARTITION_BY (period))");
  }
}
