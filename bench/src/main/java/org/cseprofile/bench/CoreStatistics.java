package org.cseprofile.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The core statistics of the profile (cohort, age by gender, missing-episode summary, incidents and
 * incidents by type) as DuckDB SQL, written from the definitions in docs/metrics.md: once over the
 * CSV extracts (the reference the benchmark times) and once over our restricted Parquet tables.
 * The extracts are read as the synthetic generator writes them: contract headers, ISO or UK dates,
 * codes in their contract spelling.
 */
public final class CoreStatistics {
  public static final String COHORT = "cohort";
  public static final String AGE_BY_GENDER = "age_by_gender";
  public static final String MISSING_SUMMARY = "missing_summary";
  public static final String INCIDENTS_SUMMARY = "incidents_summary";
  public static final String INCIDENTS_BY_TYPE = "incidents_by_type";
  /** The statistics compared, in the order they are printed. */
  public static final List<String> NAMES =
      List.of(COHORT, AGE_BY_GENDER, MISSING_SUMMARY, INCIDENTS_SUMMARY, INCIDENTS_BY_TYPE);

  private static final String AREA = "CASE WHEN grouping(%1$s) = 1 THEN 'ALL' ELSE %1$s END AS la_code";

  private CoreStatistics() {}

  /** What DuckDB computed from the extracts, and how long each part took. */
  public record Computed(Figures figures, Map<String, Double> seconds) {}

  /** Loads the extracts of {@code input} into {@code duck} and computes every statistic for {@code quarter}. */
  public static Computed fromExtracts(Connection duck, Path input, Quarter quarter) throws SQLException {
    Map<String, Double> seconds = new LinkedHashMap<>();
    Figures figures = Figures.none();
    try (Statement sql = duck.createStatement()) {
      long t = System.nanoTime();
      sql.execute("CREATE OR REPLACE TEMP MACRO d(x) AS coalesce(try_strptime(nullif(trim(x), ''), '%Y-%m-%d'), "
          + "try_strptime(nullif(trim(x), ''), '%d/%m/%Y'))::DATE");
      sql.execute("CREATE OR REPLACE TEMP MACRO t(x) AS nullif(trim(x), '')");
      sql.execute("CREATE OR REPLACE TEMP TABLE episodes AS SELECT t(child_id) AS child_id, t(la_code) AS la_code, "
          + "CASE upper(t(gender)) WHEN '1' THEN 'M' WHEN '2' THEN 'F' WHEN '0' THEN 'U' WHEN '9' THEN 'U' "
          + "ELSE upper(t(gender)) END AS gender, "
          + "strptime(left(t(birth_month), 7) || '-01', '%Y-%m-%d')::DATE AS birth_month, "
          + "d(identified_date) AS identified_date, d(closed_date) AS closed_date FROM " + csv(input, "cse_cohort"));
      sql.execute("CREATE OR REPLACE TEMP TABLE missing AS SELECT t(CHILD) AS child_id, upper(t(MISSING)) AS "
          + "missing_type, d(MIS_START) AS start_date, d(MIS_END) AS end_date, t(LA) AS la_code, "
          + "d(RHI_OFFERED) AS rhi_offered_date, upper(left(t(RHI_ACCEPTED), 1)) = 'Y' AS rhi_accepted FROM "
          + csv(input, "missing"));
      sql.execute("CREATE OR REPLACE TEMP TABLE incidents AS SELECT t(la_code) AS la_code, "
          + "d(recorded_date) AS recorded_date, lower(t(incident_type)) AS incident_type, t(victim_id) AS victim_id "
          + "FROM " + csv(input, "incidents"));
      seconds.put("read CSV", since(t));

      t = System.nanoTime();
      sql.execute("CREATE OR REPLACE TEMP TABLE cohort AS SELECT child_id, la_code, gender, birth_month, "
          + "identified_in_period, open_at_end FROM (SELECT *, row_number() OVER (PARTITION BY child_id "
          + "ORDER BY identified_date DESC, la_code, closed_date DESC NULLS FIRST) AS r, "
          + "bool_or(identified_date >= " + date(quarter.start()) + ") OVER (PARTITION BY child_id) "
          + "AS identified_in_period, "
          + "bool_or(closed_date IS NULL OR closed_date > " + date(quarter.end()) + ") OVER (PARTITION BY child_id) "
          + "AS open_at_end FROM episodes WHERE identified_date <= " + date(quarter.end())
          + " AND (closed_date IS NULL OR closed_date >= " + date(quarter.start()) + ")) WHERE r = 1");
      figures = figures.plus(Figures.read(COHORT, sql.executeQuery("SELECT " + AREA.formatted("la_code")
          + ", count(*) AS children_open, count_if(identified_in_period) AS children_identified, "
          + "count_if(NOT open_at_end) AS children_closed, count_if(open_at_end) AS children_open_at_end "
          + "FROM cohort GROUP BY GROUPING SETS ((la_code), ())"), 1));
      seconds.put(COHORT, since(t));

      t = System.nanoTime();
      String end = date(quarter.end());
      String age = "year(" + end + ") - year(birth_month) - CASE WHEN month(birth_month) > month(" + end
          + ") OR (month(birth_month) = month(" + end + ") AND day(birth_month) > day(" + end + ")) THEN 1 ELSE 0 END";
      figures = figures.plus(Figures.read(AGE_BY_GENDER, sql.executeQuery("SELECT " + AREA.formatted("la_code")
          + ", gender, age, count(*) AS children FROM (SELECT la_code, gender, " + age + " AS age FROM cohort) "
          + "GROUP BY GROUPING SETS ((la_code, gender, age), (gender, age))"), 3));
      seconds.put(AGE_BY_GENDER, since(t));

      t = System.nanoTime();
      figures = figures.plus(Figures.read(MISSING_SUMMARY, sql.executeQuery(missingSummary(quarter)), 2));
      seconds.put(MISSING_SUMMARY, since(t));

      t = System.nanoTime();
      String during = "recorded_date BETWEEN " + date(quarter.start()) + " AND " + date(quarter.end());
      figures = figures.plus(Figures.read(INCIDENTS_SUMMARY, sql.executeQuery("SELECT " + AREA.formatted("i.la_code")
          + ", count(*) AS incidents, count(i.victim_id) AS incidents_with_victim, "
          + "count(DISTINCT i.victim_id) AS children_linked_as_victims, "
          + "count(DISTINCT c.child_id) AS victims_in_cse_cohort "
          + "FROM incidents i LEFT JOIN cohort c ON c.child_id = i.victim_id WHERE " + during
          + " GROUP BY GROUPING SETS ((i.la_code), ())"), 1));
      figures = figures.plus(Figures.read(INCIDENTS_BY_TYPE, sql.executeQuery("SELECT " + AREA.formatted("la_code")
          + ", incident_type AS category, count(*) AS incidents FROM incidents WHERE " + during
          + " GROUP BY GROUPING SETS ((la_code, incident_type), (incident_type))"), 2));
      seconds.put("incidents", since(t));
    }
    return new Computed(figures, seconds);
  }

  /**
   * Missing episodes starting or returning in the quarter, in two populations: every child (the
   * recording authority's area, ALL only when blank) and the quarter's cohort (the cohort authority).
   * An episode is repeat when the child has 3 episodes starting in the 90 days up to its start.
   */
  private static String missingSummary(Quarter q) {
    String start = date(q.start());
    String end = date(q.end());
    return "WITH flagged AS (SELECT *, count(*) OVER (PARTITION BY child_id ORDER BY "
        + "date_diff('day', DATE '1970-01-01', start_date) RANGE BETWEEN 89 PRECEDING AND CURRENT ROW) >= 3 "
        + "AS is_repeat, start_date BETWEEN " + start + " AND " + end + " AS started, "
        + "coalesce(end_date BETWEEN " + start + " AND " + end + ", false) AS returned FROM missing), "
        + "tagged AS (SELECT f.*, c.la_code AS cohort_la, c.child_id IS NOT NULL AS in_cohort "
        + "FROM flagged f LEFT JOIN cohort c ON c.child_id = f.child_id WHERE started OR returned), "
        + "pop AS (SELECT 'all_missing' AS population, la_code AS area, * EXCLUDE (la_code) FROM tagged "
        + "UNION ALL SELECT 'cse_cohort', cohort_la, * EXCLUDE (la_code) FROM tagged WHERE in_cohort) "
        + "SELECT " + AREA.formatted("area") + ", population, "
        + "count_if(started) AS episodes, "
        + "count(DISTINCT child_id) FILTER (WHERE started) AS children, "
        + "count(DISTINCT child_id) FILTER (WHERE started AND is_repeat) AS repeat_missing_children, "
        + "count_if(started AND missing_type = 'M') AS episodes_missing, "
        + "count_if(started AND missing_type = 'A') AS episodes_away, "
        + "CASE WHEN population = 'all_missing' THEN count(DISTINCT child_id) FILTER (WHERE started AND in_cohort) "
        + "END AS children_in_cse_cohort, "
        + "count_if(returned) AS returns, "
        + "count_if(returned AND rhi_offered_date IS NOT NULL "
        + "AND date_diff('day', end_date, rhi_offered_date) BETWEEN 0 AND 3) AS rhi_offered_within_72h, "
        + "count_if(returned AND rhi_offered_date IS NOT NULL AND coalesce(rhi_accepted, false)) AS rhi_accepted "
        + "FROM pop GROUP BY GROUPING SETS ((population, area), (population)) "
        + "HAVING grouping(area) = 1 OR area IS NOT NULL";
  }

  /** The same statistics read from our restricted tables under {@code output} for {@code quarter}. */
  public static Figures fromTables(Connection duck, Path output, Quarter quarter) throws SQLException {
    String where = " WHERE period = '" + quarter.label() + "'";
    try (Statement sql = duck.createStatement()) {
      return Figures.read(COHORT, sql.executeQuery("SELECT la_code, children_open, children_identified, "
              + "children_closed, children_open_at_end FROM " + table(output, "cohort") + where), 1)
          .plus(Figures.read(AGE_BY_GENDER, sql.executeQuery("SELECT la_code, gender, age, children FROM "
              + table(output, "age_by_gender") + where), 3))
          .plus(Figures.read(MISSING_SUMMARY, sql.executeQuery("SELECT la_code, population, episodes, children, "
              + "repeat_missing_children, episodes_missing, episodes_away, children_in_cse_cohort, returns, "
              + "rhi_offered_within_72h, rhi_accepted FROM " + table(output, "missing_summary") + where), 2))
          .plus(Figures.read(INCIDENTS_SUMMARY, sql.executeQuery("SELECT la_code, incidents, incidents_with_victim, "
              + "children_linked_as_victims, victims_in_cse_cohort FROM " + table(output, "incidents_summary")
              + where), 1))
          .plus(Figures.read(INCIDENTS_BY_TYPE, sql.executeQuery("SELECT la_code, category, incidents FROM "
              + table(output, "incidents_breakdown") + where + " AND breakdown = 'incident_type'"), 2));
    }
  }

  /** A read_csv over the extract's file ({@code name.csv}) or folder of files ({@code name/*.csv}). */
  static String csv(Path input, String extract) {
    Path single = input.resolve(extract + ".csv");
    List<Path> files;
    if (Files.isRegularFile(single)) {
      files = List.of(single);
    } else {
      try (Stream<Path> list = Files.list(input.resolve(extract))) {
        files = list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
            .sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("no " + extract + " extract in " + input, e);
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no " + extract + " extract in " + input);
    }
    StringBuilder list = new StringBuilder("read_csv([");
    for (int i = 0; i < files.size(); i++) {
      list.append(i == 0 ? "" : ", ").append(quote(files.get(i).toString()));
    }
    return list.append("], header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"', "
        + "union_by_name = true)").toString();
  }

  private static String table(Path output, String name) {
    return "read_parquet(" + quote(output.resolve("restricted").resolve(name).resolve("*").resolve("*.parquet")
        .toString()) + ", hive_partitioning = true)";
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String date(java.time.LocalDate d) {
    return "DATE '" + d + "'";
  }

  private static double since(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
