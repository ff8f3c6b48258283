package org.cseprofile.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * The counts of one period's profile tables and every relation between them that a reader of the
 * definitions in docs/metrics.md can use: totals within a row, categories of a breakdown adding
 * up to the cohort, the partnership ({@code ALL}) against its authorities, bands over single
 * years, and the same count published in two tables. Plain Java over collected tables.
 */
public final class ProfileModel {
  private static final String ALL = Columns.PARTNERSHIP;

  /** How the partnership row of a count relates to the authorities' rows. */
  enum Across {
    /** Each counted thing has one authority: ALL = sum. */
    EQUAL,
    /** A thing may count in several authorities, and always in at least one listed: ALL <= sum, each <= ALL. */
    COVERS,
    /** A thing may count in several authorities or in none: each <= ALL. */
    CONTAINS,
    /** A thing counts in at most one authority, possibly one not listed (or none): sum <= ALL. */
    AT_MOST,
    /** No relation by definition; a sum only where the counts happen to make one. */
    IF_EQUAL
  }

  private final Map<String, RestrictedTable> tables;
  private final String period;
  private final CountModel.Builder model = new CountModel.Builder();
  private final List<String> authorities = new ArrayList<>();

  private ProfileModel(Map<String, RestrictedTable> tables, String period) {
    this.tables = tables;
    this.period = period;
  }

  /** The model of {@code tables} (by name; any subset of the profile tables) for the period labelled {@code period}. */
  public static CountModel build(Map<String, RestrictedTable> tables, String period) {
    ProfileModel m = new ProfileModel(tables, period);
    m.addCounts();
    m.cohort();
    m.demographics();
    m.vulnerabilities();
    m.missing();
    m.incidents();
    m.perpetrators();
    m.agencyPerformance();
    m.crossBorder();
    return m.model.build();
  }

  private void addCounts() {
    for (PublishedSpec spec : ProfileSpecs.ALL) {
      RestrictedTable table = tables.get(spec.table());
      if (table == null) {
        continue;
      }
      for (RestrictedTable.Row row : table.rows()) {
        for (String column : spec.countColumns()) {
          model.count(new CellRef(spec.table(), row.key(), column), row.count(column));
        }
      }
      if (table.dimensions().contains(Columns.LA_CODE)) {
        for (String la : table.values(Columns.LA_CODE)) {
          if (!la.equals(ALL) && !authorities.contains(la)) {
            authorities.add(la);
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- tables

  private void cohort() {
    for (String t : List.of(TableNames.COHORT, TableNames.COHORT_TREND)) {
      if (!present(t)) {
        continue;
      }
      for (RestrictedTable.Row row : tables.get(t).rows()) {
        List<String> k = row.key();
        sum(cell(t, Columns.CHILDREN_OPEN, k), List.of(cell(t, Columns.CHILDREN_CLOSED, k),
            cell(t, Columns.CHILDREN_OPEN_AT_END, k)), t + ": open = closed + open at end");
        atMost(cell(t, Columns.CHILDREN_OPEN, k), List.of(cell(t, Columns.CHILDREN_IDENTIFIED, k)),
            "children_not_identified", t + ": identified <= open");
      }
      for (String c : ProfileSpecs.spec(t).countColumns()) {
        across(t, c, Across.EQUAL);
      }
    }
    breakdownTotals(TableNames.COHORT_BREAKDOWN, TableNames.COHORT, Columns.CHILDREN, Columns.CHILDREN_OPEN);
    across(TableNames.COHORT_BREAKDOWN, Columns.CHILDREN, Across.EQUAL);
    breakdownTotals(TableNames.COHORT_TREND_BREAKDOWN, TableNames.COHORT_TREND, Columns.CHILDREN,
        Columns.CHILDREN_OPEN);
    across(TableNames.COHORT_TREND_BREAKDOWN, Columns.CHILDREN, Across.EQUAL);
    // The report period is the last trend quarter: the same counts appear in both tables.
    sameInTrend(TableNames.COHORT_TREND, TableNames.COHORT, ProfileSpecs.spec(TableNames.COHORT).countColumns());
    sameInTrend(TableNames.COHORT_TREND_BREAKDOWN, TableNames.COHORT_BREAKDOWN, List.of(Columns.CHILDREN));
  }

  private void demographics() {
    String ages = TableNames.AGE_BY_GENDER;
    String bands = TableNames.AGE_BAND_BY_GENDER;
    String breakdown = TableNames.COHORT_BREAKDOWN;
    if (present(ages)) {
      across(ages, Columns.CHILDREN, Across.EQUAL);
      for (String la : areas()) {
        if (!tables.get(ages).values(Columns.LA_CODE).contains(la)) {
          continue; // single years are published for the partnership only
        }
        for (String g : tables.get(ages).values(Columns.GENDER)) {
          List<CellRef> all = new ArrayList<>();
          Map<String, List<CellRef>> byBand = new java.util.LinkedHashMap<>();
          for (String age : tables.get(ages).values(Columns.AGE)) {
            CellRef cell = cell(ages, Columns.CHILDREN, la, g, age);
            all.add(cell);
            byBand.computeIfAbsent(ageBand(Integer.parseInt(age)), b -> new ArrayList<>()).add(cell);
          }
          if (present(breakdown)) {
            sum(cell(breakdown, Columns.CHILDREN, la, Columns.GENDER, g), all, "ages of a gender = gender total");
          }
          if (present(bands)) {
            byBand.forEach((band, cells) -> sum(cell(bands, Columns.CHILDREN, la, band, g), cells,
                "single years of age = their band"));
          }
        }
      }
    }
    if (present(bands)) {
      across(bands, Columns.CHILDREN, Across.EQUAL);
      RestrictedTable t = tables.get(bands);
      for (String la : areas()) {
        if (!present(breakdown)) {
          break;
        }
        if (!t.values(Columns.LA_CODE).contains(la)) {
          continue; // bands by gender are published for the partnership only
        }
        for (String band : t.values(Columns.AGE_BAND)) {
          sum(cell(breakdown, Columns.CHILDREN, la, Columns.AGE_BAND, band),
              t.values(Columns.GENDER).stream().map(g -> cell(bands, Columns.CHILDREN, la, band, g)).toList(),
              "genders of a band = band total");
        }
        for (String g : t.values(Columns.GENDER)) {
          sum(cell(breakdown, Columns.CHILDREN, la, Columns.GENDER, g),
              t.values(Columns.AGE_BAND).stream().map(band -> cell(bands, Columns.CHILDREN, la, band, g)).toList(),
              "bands of a gender = gender total");
        }
      }
    }
  }

  /** The band of an age in completed years (as profile.Demographics.ageBand). */
  static String ageBand(int age) {
    if (age < 10) {
      return "under_10";
    }
    if (age <= 12) {
      return "10_to_12";
    }
    if (age <= 15) {
      return "13_to_15";
    }
    return age <= 17 ? "16_to_17" : "18_and_over";
  }

  private void vulnerabilities() {
    String t = TableNames.VULNERABILITIES;
    if (!present(t)) {
      return;
    }
    for (RestrictedTable.Row row : tables.get(t).rows()) {
      List<String> k = row.key();
      // Children with the indicator, not recorded (counted as not having it), and the rest: the cohort.
      atMost(cell(t, Columns.DENOMINATOR, k), List.of(cell(t, Columns.NUMERATOR, k), cell(t, Columns.NOT_RECORDED, k)),
          "children_recorded_without", t + ": numerator + not recorded <= cohort");
      if (present(TableNames.COHORT)) {
        same(cell(t, Columns.DENOMINATOR, k), cell(TableNames.COHORT, Columns.CHILDREN_OPEN, k.get(0)),
            t + ": denominator = cohort");
      }
    }
    for (String c : List.of(Columns.NUMERATOR, Columns.DENOMINATOR, Columns.NOT_RECORDED)) {
      across(t, c, Across.EQUAL);
    }
    for (String la : areas()) {
      // The latest education status is one of these: the three add up to the fourth, and all four
      // are not recorded for the same children; so are the CIN factors, and the two plan states.
      List<String> education = List.of("alternative_provision", "home_educated", "not_in_education");
      ifPresent(t, List.of(la, "not_in_mainstream_education"), () -> {
        sum(cell(t, Columns.NUMERATOR, la, "not_in_mainstream_education"),
            education.stream().map(i -> cell(t, Columns.NUMERATOR, la, i)).toList(), t + ": education statuses");
        education.forEach(i -> same(cell(t, Columns.NOT_RECORDED, la, "not_in_mainstream_education"),
            cell(t, Columns.NOT_RECORDED, la, i), t + ": education not recorded"));
      });
      List<String> cin = List.of("cin_factor_11a_cse", "cin_factor_12a_trafficking", "cin_factor_13a_gangs",
          "cin_factor_24a_criminal_exploitation");
      ifPresent(t, List.of(la, "cin_factor_10a_missing"), () -> cin.forEach(i -> same(
          cell(t, Columns.NOT_RECORDED, la, "cin_factor_10a_missing"), cell(t, Columns.NOT_RECORDED, la, i),
          t + ": CIN factors not recorded")));
      ifPresent(t, List.of(la, "cp_plan_current"), () -> {
        same(cell(t, Columns.NOT_RECORDED, la, "cp_plan_current"), cell(t, Columns.NOT_RECORDED, la, "cp_plan_previous"),
            t + ": plan not recorded");
        atMost(cell(t, Columns.DENOMINATOR, la, "cp_plan_current"), List.of(cell(t, Columns.NUMERATOR, la,
            "cp_plan_current"), cell(t, Columns.NUMERATOR, la, "cp_plan_previous"), cell(t, Columns.NOT_RECORDED, la,
            "cp_plan_current")), "children_never_on_plan", t + ": plan states");
      });
      ifPresent(t, List.of(la, "missing_ever"), () -> contains(cell(t, Columns.NUMERATOR, la, "missing_ever"),
          List.of(cell(t, Columns.NUMERATOR, la, "missing_last_12_months")), t + ": missing ever >= last 12 months"));
    }
  }

  private void missing() {
    String s = TableNames.MISSING_SUMMARY;
    if (present(s)) {
      for (RestrictedTable.Row row : tables.get(s).rows()) {
        List<String> k = row.key();
        sum(cell(s, Columns.EPISODES, k), List.of(cell(s, Columns.EPISODES_MISSING, k), cell(s, Columns.EPISODES_AWAY, k)),
            s + ": episodes = missing + away");
        contains(cell(s, Columns.EPISODES, k), List.of(cell(s, Columns.CHILDREN, k)), s + ": children <= episodes");
        atMost(cell(s, Columns.CHILDREN, k), List.of(cell(s, Columns.REPEAT_MISSING_CHILDREN, k)),
            "children_not_repeat", s + ": repeat <= children");
        atMost(cell(s, Columns.RETURNS, k), List.of(cell(s, Columns.RHI_OFFERED_WITHIN_72H, k)),
            "returns_without_timely_offer", s + ": timely offers <= returns");
        atMost(cell(s, Columns.RETURNS, k), List.of(cell(s, Columns.RHI_ACCEPTED, k)),
            "returns_without_accepted_interview", s + ": accepted <= returns");
        if (row.count(Columns.CHILDREN_IN_CSE_COHORT) != null) {
          atMost(cell(s, Columns.CHILDREN, k), List.of(cell(s, Columns.CHILDREN_IN_CSE_COHORT, k)),
              "children_not_in_cse_cohort", s + ": in cohort <= children");
        }
      }
      missingAcross(s, List.of(Columns.EPISODES, Columns.EPISODES_MISSING, Columns.EPISODES_AWAY, Columns.RETURNS,
          Columns.RHI_OFFERED_WITHIN_72H, Columns.RHI_ACCEPTED), List.of(Columns.CHILDREN,
          Columns.REPEAT_MISSING_CHILDREN, Columns.CHILDREN_IN_CSE_COHORT));
      ifPresent(s, List.of(ALL, "cse_cohort"), () -> {
        same(cell(s, Columns.CHILDREN_IN_CSE_COHORT, ALL, "all_missing"), cell(s, Columns.CHILDREN, ALL, "cse_cohort"),
            s + ": cohort children who went missing");
        atMost(cell(s, Columns.EPISODES, ALL, "all_missing"), List.of(cell(s, Columns.EPISODES, ALL, "cse_cohort")),
            "episodes_of_children_not_in_cse_cohort", s + ": cohort episodes <= all episodes");
      });
    }
    String b = TableNames.MISSING_BREAKDOWN;
    if (present(b)) {
      for (RestrictedTable.Row row : tables.get(b).rows()) {
        List<String> k = row.key();
        String la = k.get(0);
        String population = k.get(1);
        if (present(s) && k.get(2).equals("missing_type") && tables.get(s).has(List.of(la, population))) {
          same(cell(b, Columns.EPISODES, k), cell(s, k.get(3).equals("M") ? Columns.EPISODES_MISSING
              : Columns.EPISODES_AWAY, la, population), b + ": missing type = summary");
        }
      }
      if (present(s)) {
        for (RestrictedTable.Row row : tables.get(s).rows()) {
          List<String> k = row.key();
          for (String breakdown : List.of("missing_type", "duration_band")) {
            List<CellRef> parts = tables.get(b).rows().stream()
                .filter(r -> r.key().get(0).equals(k.get(0)) && r.key().get(1).equals(k.get(1))
                    && r.key().get(2).equals(breakdown))
                .map(r -> cell(b, Columns.EPISODES, r.key())).toList();
            if (!parts.isEmpty()) {
              sum(cell(s, Columns.EPISODES, k), parts, b + ": " + breakdown + " categories = episodes");
            }
          }
        }
      }
      missingAcross(b, List.of(Columns.EPISODES), List.of());
    }
    String tr = TableNames.MISSING_TREND;
    if (present(tr)) {
      for (RestrictedTable.Row row : tables.get(tr).rows()) {
        List<String> k = row.key();
        contains(cell(tr, Columns.EPISODES, k), List.of(cell(tr, Columns.CHILDREN, k)), tr + ": children <= episodes");
        atMost(cell(tr, Columns.CHILDREN, k), List.of(cell(tr, Columns.REPEAT_MISSING_CHILDREN, k)),
            "children_not_repeat", tr + ": repeat <= children");
      }
      missingAcross(tr, List.of(Columns.EPISODES), List.of(Columns.CHILDREN, Columns.REPEAT_MISSING_CHILDREN));
      sameInTrend(tr, s, List.of(Columns.EPISODES, Columns.CHILDREN, Columns.REPEAT_MISSING_CHILDREN));
    }
  }

  /**
   * Missing episodes: all_missing counts an episode in the authority that recorded it (or in ALL
   * only), a child in each such authority; cse_cohort counts both in the child's cohort authority.
   */
  private void missingAcross(String t, List<String> episodeCounts, List<String> childCounts) {
    for (String c : episodeCounts) {
      across(t, c, Across.AT_MOST, "all_missing");
      across(t, c, Across.EQUAL, "cse_cohort");
    }
    for (String c : childCounts) {
      across(t, c, Across.CONTAINS, "all_missing");
      across(t, c, Across.EQUAL, "cse_cohort");
    }
  }

  private void incidents() {
    String s = TableNames.INCIDENTS_SUMMARY;
    if (present(s)) {
      for (RestrictedTable.Row row : tables.get(s).rows()) {
        List<String> k = row.key();
        atMost(cell(s, Columns.INCIDENTS, k), List.of(cell(s, Columns.INCIDENTS_WITH_VICTIM, k)),
            "incidents_without_victim", s + ": with a victim <= incidents");
        contains(cell(s, Columns.INCIDENTS_WITH_VICTIM, k), List.of(cell(s, Columns.CHILDREN_LINKED_AS_VICTIMS, k)),
            s + ": children <= incidents with a victim");
        atMost(cell(s, Columns.CHILDREN_LINKED_AS_VICTIMS, k), List.of(cell(s, Columns.VICTIMS_IN_CSE_COHORT, k)),
            "victims_not_in_cse_cohort", s + ": in cohort <= victims");
      }
      // An incident counts where it happened, which may be outside the partnership's authorities.
      across(s, Columns.INCIDENTS, Across.AT_MOST);
      across(s, Columns.INCIDENTS_WITH_VICTIM, Across.AT_MOST);
      across(s, Columns.CHILDREN_LINKED_AS_VICTIMS, Across.CONTAINS);
      across(s, Columns.VICTIMS_IN_CSE_COHORT, Across.CONTAINS);
    }
    String b = TableNames.INCIDENTS_BREAKDOWN;
    if (present(b)) {
      for (String la : areas()) {
        for (String breakdown : List.of("incident_type", "contact_type", "place_type")) {
          List<CellRef> parts = categories(b, la, breakdown, Columns.INCIDENTS);
          if (present(s) && !parts.isEmpty()) {
            sum(cell(s, Columns.INCIDENTS, la), parts, b + ": " + breakdown + " categories = incidents");
          }
        }
        List<CellRef> platforms = categories(b, la, "platform", Columns.INCIDENTS);
        if (present(s) && !platforms.isEmpty()) {
          atMost(cell(s, Columns.INCIDENTS, la), platforms, "incidents_not_online", b + ": online <= incidents");
        }
      }
      across(b, Columns.INCIDENTS, Across.AT_MOST);
    }
  }

  private void perpetrators() {
    String s = TableNames.PERPETRATORS_SUMMARY;
    String b = TableNames.PERPETRATORS_BREAKDOWN;
    if (present(s)) {
      for (RestrictedTable.Row row : tables.get(s).rows()) {
        List<String> k = row.key();
        contains(cell(s, Columns.SUSPECT_LINKS, k), List.of(cell(s, Columns.SUSPECTS, k)), s + ": suspects <= links");
        if (present(b) && tables.get(b).has(List.of(k.get(0), "disruption", "none"))) {
          sum(cell(s, Columns.SUSPECTS, k), List.of(cell(s, Columns.SUSPECTS_WITH_DISRUPTION, k),
              cell(b, Columns.SUSPECTS, k.get(0), "disruption", "none")), s + ": with a tactic + none = suspects");
        } else {
          contains(cell(s, Columns.SUSPECTS, k), List.of(cell(s, Columns.SUSPECTS_WITH_DISRUPTION, k)),
              s + ": with a tactic <= suspects");
        }
      }
      // A suspect counts in each authority of their incidents, and those may lie outside the partnership.
      across(s, Columns.SUSPECTS, Across.CONTAINS);
      across(s, Columns.SUSPECT_LINKS, Across.AT_MOST);
      across(s, Columns.SUSPECTS_WITH_DISRUPTION, Across.CONTAINS);
    }
    if (present(b)) {
      for (String la : areas()) {
        if (present(s)) {
          for (String breakdown : List.of("gender", "age_band", "status")) {
            List<CellRef> parts = categories(b, la, breakdown, Columns.SUSPECTS);
            if (!parts.isEmpty()) {
              sum(cell(s, Columns.SUSPECTS, la), parts, b + ": " + breakdown + " categories = suspects");
            }
          }
          List<CellRef> disruption = categories(b, la, "disruption", Columns.SUSPECTS);
          if (!disruption.isEmpty()) {
            relation(new Relation(RelationKind.COVERS, cell(s, Columns.SUSPECTS, la), disruption,
                b + ": every suspect has a tactic or none"));
            List<CellRef> tactics = disruption.stream().filter(c -> !c.key().get(2).equals("none")).toList();
            relation(new Relation(RelationKind.COVERS, cell(s, Columns.SUSPECTS_WITH_DISRUPTION, la), tactics,
                b + ": suspects with a tactic"));
          }
        }
      }
      // Gender, age and status come from a suspect's latest incident in each area, so the partnership
      // row need not add up; tactics accumulate, so each authority's count is within the partnership's.
      RestrictedTable t = tables.get(b);
      for (RestrictedTable.Row row : t.rows()) {
        if (!row.key().get(0).equals(ALL)) {
          continue;
        }
        List<CellRef> parts = authorityCells(b, Columns.SUSPECTS, row.key());
        CellRef total = cell(b, Columns.SUSPECTS, row.key());
        if (row.key().get(1).equals("disruption")) {
          relation(new Relation(RelationKind.CONTAINS, total, parts, b + ": ALL contains each authority"));
        } else {
          ifEqual(total, parts, b + ": ALL = sum of authorities this quarter");
        }
      }
    }
  }

  private void agencyPerformance() {
    String t = TableNames.AGENCY_PERFORMANCE;
    if (!present(t)) {
      return;
    }
    for (RestrictedTable.Row row : tables.get(t).rows()) {
      List<String> k = row.key();
      String la = k.get(0);
      String measure = k.get(1);
      if (measure.equals("median_days_to_risk_assessment")) {
        ifPresent(t, List.of(la, "risk_assessment_completed", "percent"), () -> contains(
            cell(t, Columns.NUMERATOR, la, "risk_assessment_completed", "percent"), List.of(cell(t, Columns.DENOMINATOR, k)),
            t + ": children timed <= children assessed"));
        continue;
      }
      atMost(cell(t, Columns.DENOMINATOR, k), List.of(cell(t, Columns.NUMERATOR, k)), "children_without",
          t + ": numerator <= denominator");
      if (measure.equals("rhi_offered_within_72h")) {
        ifPresent(TableNames.MISSING_SUMMARY, List.of(la, "all_missing"), () -> {
          same(cell(t, Columns.NUMERATOR, k), cell(TableNames.MISSING_SUMMARY, Columns.RHI_OFFERED_WITHIN_72H, la,
              "all_missing"), t + ": timely offers = missing summary");
          same(cell(t, Columns.DENOMINATOR, k), cell(TableNames.MISSING_SUMMARY, Columns.RETURNS, la, "all_missing"),
              t + ": returns = missing summary");
        });
      } else if (present(TableNames.COHORT)) {
        same(cell(t, Columns.DENOMINATOR, k), cell(TableNames.COHORT, Columns.CHILDREN_OPEN, la), t + ": cohort");
      }
      if (measure.equals("in_missing_extract")) {
        ifPresent(TableNames.VULNERABILITIES, List.of(la, "missing_ever"), () -> same(cell(t, Columns.NUMERATOR, k),
            cell(TableNames.VULNERABILITIES, Columns.NUMERATOR, la, "missing_ever"), t + ": = missing ever"));
      }
    }
    for (String la : areas()) {
      List<CellRef> agencies = new ArrayList<>();
      for (String agency : List.of("known_to_education", "known_to_health", "known_to_police")) {
        if (tables.get(t).has(List.of(la, agency, "percent"))) {
          agencies.add(cell(t, Columns.NUMERATOR, la, agency, "percent"));
        }
      }
      if (!agencies.isEmpty() && tables.get(t).has(List.of(la, "known_to_more_than_one_agency", "percent"))) {
        relation(new Relation(RelationKind.COVERS, cell(t, Columns.NUMERATOR, la, "known_to_more_than_one_agency",
            "percent"), agencies, t + ": known to another agency"));
      }
    }
    for (String c : List.of(Columns.NUMERATOR, Columns.DENOMINATOR)) {
      for (RestrictedTable.Row row : tables.get(t).rows()) {
        if (row.key().get(0).equals(ALL) && !row.key().get(1).equals("rhi_offered_within_72h")) {
          acrossRow(t, c, row.key(), Across.EQUAL);
        } else if (row.key().get(0).equals(ALL)) {
          acrossRow(t, c, row.key(), Across.AT_MOST);
        }
      }
    }
  }

  private void crossBorder() {
    String t = TableNames.CROSS_BORDER;
    if (!present(t)) {
      return;
    }
    for (RestrictedTable.Row row : tables.get(t).rows()) {
      List<String> k = row.key();
      relation(new Relation(RelationKind.COVERS, cell(t, Columns.CHILDREN_ANY_ELSEWHERE, k), List.of(
          cell(t, Columns.CHILDREN_MISSING_ELSEWHERE, k), cell(t, Columns.CHILDREN_INCIDENT_ELSEWHERE, k)),
          t + ": either = missing or incident elsewhere"));
      atMost(cell(t, Columns.CHILDREN, k), List.of(cell(t, Columns.CHILDREN_ANY_ELSEWHERE, k)),
          "children_not_elsewhere", t + ": elsewhere <= children");
      if (present(TableNames.COHORT)) {
        same(cell(t, Columns.CHILDREN, k), cell(TableNames.COHORT, Columns.CHILDREN_OPEN, k), t + ": cohort");
      }
    }
    for (String c : ProfileSpecs.spec(t).countColumns()) {
      across(t, c, Across.EQUAL);
    }
  }

  // ---------------------------------------------------------------- helpers

  private boolean present(String table) {
    return tables.containsKey(table);
  }

  private void ifPresent(String table, List<String> key, Runnable action) {
    if (present(table) && tables.get(table).has(key)) {
      action.run();
    }
  }

  private List<String> areas() {
    List<String> all = new ArrayList<>();
    all.add(ALL);
    all.addAll(authorities);
    return all;
  }

  private static CellRef cell(String table, String column, List<String> key) {
    return new CellRef(table, key, column);
  }

  private static CellRef cell(String table, String column, String... key) {
    return new CellRef(table, List.of(key), column);
  }

  private void relation(Relation r) {
    model.relation(r);
  }

  private void sum(CellRef total, List<CellRef> parts, String name) {
    model.relation(Relation.sum(total, parts, name));
  }

  private void same(CellRef a, CellRef b, String name) {
    model.relation(Relation.same(a, b, name));
  }

  private void contains(CellRef total, List<CellRef> parts, String name) {
    model.relation(new Relation(RelationKind.CONTAINS, total, parts, name));
  }

  private void atMost(CellRef total, List<CellRef> parts, String rest, String name) {
    model.atMost(total, parts, new CellRef(total.table(), total.key(), rest + "(" + total.column() + ")"), name);
  }

  private void ifEqual(CellRef total, List<CellRef> parts, String name) {
    Long t = model.value(total);
    long sum = 0;
    for (CellRef part : parts) {
      Long v = model.value(part);
      if (v == null || t == null) {
        return;
      }
      sum += v;
    }
    if (sum == t) {
      sum(total, parts, name);
    }
  }

  /** The cells of every category of a breakdown (rows {@code la, breakdown, category}), in row order. */
  private List<CellRef> categories(String table, String la, String breakdown, String column) {
    return tables.get(table).rows().stream()
        .filter(r -> r.key().get(0).equals(la) && r.key().get(1).equals(breakdown))
        .map(r -> cell(table, column, r.key())).toList();
  }

  /** Each breakdown's categories add up to the total in {@code totals} (same leading keys before la_code). */
  private void breakdownTotals(String table, String totals, String column, String totalColumn) {
    if (!present(table) || !present(totals)) {
      return;
    }
    RestrictedTable t = tables.get(table);
    int b = t.dimensions().indexOf(Columns.BREAKDOWN);
    Map<List<String>, List<CellRef>> groups = new java.util.LinkedHashMap<>();
    for (RestrictedTable.Row row : t.rows()) {
      groups.computeIfAbsent(row.key().subList(0, b + 1), g -> new ArrayList<>()).add(cell(table, column, row.key()));
    }
    groups.forEach((group, parts) -> sum(cell(totals, totalColumn, group.subList(0, group.size() - 1)), parts,
        table + ": " + group.get(group.size() - 1) + " categories = total"));
  }

  /** The counts of a trend table's report-period quarter are those of the period's own table. */
  private void sameInTrend(String trend, String table, List<String> columns) {
    if (!present(trend) || !present(table)) {
      return;
    }
    for (RestrictedTable.Row row : tables.get(trend).rows()) {
      if (!row.key().get(0).equals(period)) {
        continue;
      }
      List<String> key = row.key().subList(1, row.key().size());
      if (!tables.get(table).has(key)) {
        continue;
      }
      for (String c : columns) {
        same(cell(table, c, key), cell(trend, c, row.key()), trend + ": report quarter = " + table);
      }
    }
  }

  private void across(String table, String column, Across kind) {
    across(table, column, kind, null);
  }

  /** The ALL rows of {@code column} against the authorities' rows (only rows containing {@code only}, if given). */
  private void across(String table, String column, Across kind, String only) {
    if (!present(table)) {
      return;
    }
    for (RestrictedTable.Row row : tables.get(table).rows()) {
      int la = tables.get(table).dimensions().indexOf(Columns.LA_CODE);
      if (row.key().get(la).equals(ALL) && (only == null || row.key().contains(only)) && row.count(column) != null) {
        acrossRow(table, column, row.key(), kind);
      }
    }
  }

  private void acrossRow(String table, String column, List<String> allKey, Across kind) {
    List<CellRef> parts = authorityCells(table, column, allKey);
    if (parts.isEmpty()) {
      return;
    }
    CellRef total = cell(table, column, allKey);
    String name = table + ": " + column + ", ALL and authorities";
    switch (kind) {
      case EQUAL -> sum(total, parts, name);
      case COVERS -> relation(new Relation(RelationKind.COVERS, total, parts, name));
      case CONTAINS -> relation(new Relation(RelationKind.CONTAINS, total, parts, name));
      case AT_MOST -> atMost(total, parts, "outside_authorities", name);
      case IF_EQUAL -> ifEqual(total, parts, name);
    }
  }

  private List<CellRef> authorityCells(String table, String column, List<String> allKey) {
    RestrictedTable t = tables.get(table);
    int la = t.dimensions().indexOf(Columns.LA_CODE);
    List<CellRef> parts = new ArrayList<>();
    for (String authority : authorities) {
      List<String> key = new ArrayList<>(allKey);
      key.set(la, authority);
      if (t.has(key) && t.row(key).count(column) != null) {
        parts.add(cell(table, column, key));
      }
    }
    return parts;
  }
}
