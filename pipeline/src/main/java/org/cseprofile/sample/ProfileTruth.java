package org.cseprofile.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cseprofile.period.Period;
import org.cseprofile.table.Columns;

/**
 * The profile statistics the generator planted, computed with plain loops over its own model of
 * every child, incident and suspect: a second, independent implementation of docs/metrics.md that
 * the Spark pipeline is tested against. Cohort, age-by-gender and trend counts are kept for every
 * quarter of the window; everything else for the last two complete quarters. Every profile table has
 * its truth here (GroundTruthAgreementTest fails for one that has none), its values added by column name.
 */
final class ProfileTruth {
  static final String ALL = Columns.PARTNERSHIP;
  static final int REPEAT_EPISODES = 3;
  static final int REPEAT_DAYS = 90;
  private static final List<String> STATUSES = List.of("suspect", "arrested", "no_further_action", "charged", "convicted");
  private static final List<String> NOT_MAINSTREAM = List.of("alternative_provision", "home_educated", "not_in_education");

  /** One truth table: key columns, value columns, and the values by key. */
  private record Table(List<String> keys, List<String> values, Map<List<Object>, long[]> rows) {}

  private final List<Period> quarters;
  private final Set<Period> detail;
  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final Map<String, Suspect> suspects = new HashMap<>();
  private final Map<List<Object>, List<Long>> assessmentDays = new HashMap<>();
  private final NetworkTruth network = new NetworkTruth();

  /** What is known of one suspect in one area and period. */
  private static final class Suspect {
    LocalDate latest;
    String latestIncident;
    String gender;
    Integer age;
    int status = -1;
    LocalDate latestEthnicity;
    String latestEthnicityIncident;
    String ethnicity;
    Boolean previousOffending;
    final Set<String> tactics = new HashSet<>();
    long links;
  }

  ProfileTruth(List<Period> quarters, LocalDate to) {
    this.quarters = List.copyOf(quarters);
    List<Period> complete = quarters.stream().filter(q -> !q.end().isAfter(to)).toList();
    this.detail = new LinkedHashSet<>(complete.subList(Math.max(0, complete.size() - 2), complete.size()));
    define("cohort", List.of("period", "la_code"),
        List.of("children_open", "children_identified", "children_closed", "children_open_at_end"));
    define("cohort_breakdown", List.of("period", "la_code", "breakdown", "category"), List.of("children"));
    define("cohort_trend_breakdown", List.of("period", "la_code", "breakdown", "category"), List.of("children"));
    define("age_by_gender", List.of("period", "la_code", "gender", "age"), List.of("children"));
    define("age_band_by_gender", List.of("period", "la_code", "age_band", "gender"), List.of("children"));
    define("vulnerabilities", List.of("period", "la_code", "indicator"),
        List.of("numerator", "denominator", "not_recorded"));
    define("missing_summary", List.of("period", "la_code", "population"), List.of("episodes", "children",
        "repeat_missing_children", "episodes_missing", "episodes_away", "children_in_cse_cohort", "returns",
        "rhi_offered_within_72h", "rhi_accepted"));
    define("missing_breakdown", List.of("period", "la_code", "population", "breakdown", "category"), List.of("episodes"));
    define("missing_trend", List.of("period", "la_code", "population"),
        List.of("episodes", "children", "repeat_missing_children"));
    define("incidents_summary", List.of("period", "la_code"), List.of("incidents", "incidents_with_victim",
        "children_linked_as_victims", "victims_in_cse_cohort"));
    define("incidents_breakdown", List.of("period", "la_code", "breakdown", "category"), List.of("incidents"));
    define("incidents_by_location_role", List.of("period", "la_code", "place_type", "location_role"),
        List.of("incidents"));
    define("perpetrators_summary", List.of("period", "la_code"),
        List.of("suspects", "suspect_links", "suspects_with_disruption"));
    define("perpetrators_breakdown", List.of("period", "la_code", "breakdown", "category"), List.of("suspects"));
    define("agency_performance", List.of("period", "la_code", "measure"), List.of("numerator", "denominator"));
    define("cross_border", List.of("period", "la_code"), List.of("children", "children_missing_elsewhere",
        "children_incident_elsewhere", "children_any_elsewhere"));
    define("network_summary", List.of("period", "la_code"), List.of("groups", "children", "suspects",
        "children_with_2_or_more_suspects", "suspects_with_2_or_more_children", "groups_spanning_2_or_more_authorities",
        "cohort_children", "cohort_children_in_groups_of_3_or_more_suspects", "repeat_victims",
        "repeat_victims_in_period", "groups_that_grew", "new_groups"));
    define("network_size", List.of("period", "la_code", "size_band"), List.of("groups", "children", "suspects"));
  }

  /** Writes the groups of the network of every detail quarter (docs/metrics.md, "Links"). */
  void writeNetworkInto(ObjectNode groups) {
    network.writeGroups(detail, groups);
  }

  /** Records a planted group. */
  void addPlantedGroup(PlantedGroup group) {
    network.plant(group);
  }

  /** Whether the generator planted groups. */
  boolean hasPlantedGroups() {
    return network.hasPlantedGroups();
  }

  /** Writes the planted groups as the network of the last detail quarter (the report quarter) finds them. */
  void writePlantedInto(ArrayNode groups) {
    Period report = null;
    for (Period q : detail) {
      report = q;
    }
    network.writePlanted(report, groups);
  }

  /** The quarters with every statistic planted. */
  Set<Period> detailQuarters() {
    return detail;
  }

  /** Counts one child (on the CSE register or only in the missing extract) in every statistic. */
  void addChild(SyntheticChild child) {
    child.incidents().forEach(network::addIncident);
    List<SyntheticChild.MissingEpisode> episodes = child.missing();
    boolean[] repeat = new boolean[episodes.size()];
    for (int i = 0; i < episodes.size(); i++) {
      LocalDate start = episodes.get(i).start();
      int within = 0;
      for (SyntheticChild.MissingEpisode other : episodes) {
        long days = ChronoUnit.DAYS.between(other.start(), start);
        if (days >= 0 && days <= REPEAT_DAYS - 1) {
          within++;
        }
      }
      repeat[i] = within >= REPEAT_EPISODES;
    }
    for (Period q : quarters) {
      SyntheticChild.Episode attributed = attributed(child, q);
      if (attributed != null) {
        cohort(q, child, attributed);
      }
      missing(q, child, attributed, repeat, detail.contains(q));
      if (detail.contains(q)) {
        if (attributed != null) {
          cohortDetail(q, child, attributed);
          network.addCohortChild(q, child.id());
        }
        for (SyntheticChild.Incident incident : child.incidents()) {
          incident(q, incident);
        }
        victims(q, child, attributed);
      }
    }
  }

  /** Counts an incident with no identified victim. */
  void addUnlinkedIncident(SyntheticChild.Incident incident) {
    network.addIncident(incident);
    for (Period q : detail) {
      incident(q, incident);
    }
  }

  /** The child's latest-identified episode open in the quarter, or null when not in its cohort. */
  private static SyntheticChild.Episode attributed(SyntheticChild child, Period q) {
    SyntheticChild.Episode latest = null;
    for (SyntheticChild.Episode e : child.episodes()) {
      if (q.overlaps(e.identified(), e.closed()) && (latest == null || e.identified().isAfter(latest.identified()))) {
        latest = e;
      }
    }
    return latest;
  }

  private void cohort(Period q, SyntheticChild child, SyntheticChild.Episode attributed) {
    boolean identified = false;
    boolean openAtEnd = false;
    for (SyntheticChild.Episode e : child.episodes()) {
      if (q.overlaps(e.identified(), e.closed())) {
        identified |= !e.identified().isBefore(q.start());
        openAtEnd |= e.closed() == null || e.closed().isAfter(q.end());
      }
    }
    int age = java.time.Period.between(child.birthMonth(), q.end()).getYears();
    for (String area : List.of(attributed.laCode(), ALL)) {
      add("cohort", List.of(q.label(), area), "children_open", 1, "children_identified", identified ? 1 : 0,
          "children_closed", openAtEnd ? 0 : 1, "children_open_at_end", openAtEnd ? 1 : 0);
      add("age_by_gender", List.of(q.label(), area, child.gender(), age), "children", 1);
      add("cohort_trend_breakdown", List.of(q.label(), area, "risk_level", orNotRecorded(attributed.riskLevel())),
          "children", 1);
      add("cohort_trend_breakdown", List.of(q.label(), area, "cse_model", orNotRecorded(attributed.cseModel())),
          "children", 1);
    }
  }

  private void cohortDetail(Period q, SyntheticChild child, SyntheticChild.Episode e) {
    int age = java.time.Period.between(child.birthMonth(), q.end()).getYears();
    String band = age < 10 ? "under_10" : age <= 12 ? "10_to_12" : age <= 15 ? "13_to_15" : age <= 17 ? "16_to_17"
        : "18_and_over";
    LocalDate end = q.end();
    LocalDate yearStart = end.minusMonths(12).plusDays(1);
    SyntheticChild.EducationRecord latest = null;
    for (SyntheticChild.EducationRecord r : child.education()) {
      if (!r.recorded().isAfter(end) && (latest == null || r.recorded().isAfter(latest.recorded()))) {
        latest = r;
      }
    }
    boolean missingEver = false;
    boolean missing12 = false;
    for (SyntheticChild.MissingEpisode m : child.missing()) {
      missingEver |= !m.start().isAfter(end);
      missing12 |= !m.start().isAfter(end) && !m.start().isBefore(yearStart);
    }
    boolean knownToHealth = false;
    Set<String> recentServices = new HashSet<>();
    for (SyntheticChild.HealthContact h : child.health()) {
      if (!h.date().isAfter(end)) {
        knownToHealth = true;
        if (!h.date().isBefore(yearStart)) {
          recentServices.add(h.service());
        }
      }
    }
    boolean knownToPolice = child.incidents().stream()
        .anyMatch(i -> child.id().equals(i.victimId()) && !i.recorded().isAfter(end));
    String status = latest == null ? null : latest.status();
    boolean statusRecorded = latest != null && !"unknown".equals(status);
    boolean notMainstream = status != null && NOT_MAINSTREAM.contains(status);
    boolean excluded = latest != null && ("suspension".equals(latest.exclusion()) || "permanent".equals(latest.exclusion()));
    Map<String, boolean[]> indicators = new LinkedHashMap<>();
    indicators.put("missing_ever", new boolean[] {missingEver, true});
    indicators.put("missing_last_12_months", new boolean[] {missing12, true});
    indicators.put("cp_plan_current", new boolean[] {"current".equals(e.cpPlan()), e.cpPlan() != null});
    indicators.put("cp_plan_previous", new boolean[] {"previous".equals(e.cpPlan()), e.cpPlan() != null});
    // Each Y/N fact of the cohort extract is the vulnerability of the same name.
    e.yesNo().forEach((column, value) ->
        indicators.put(column, new boolean[] {Boolean.TRUE.equals(value), value != null}));
    for (String s : NOT_MAINSTREAM) {
      indicators.put(s, new boolean[] {s.equals(status), statusRecorded});
    }
    indicators.put("not_in_mainstream_education", new boolean[] {notMainstream, statusRecorded});
    indicators.put("roni", new boolean[] {latest != null && Boolean.TRUE.equals(latest.roni()),
        latest != null && latest.roni() != null});
    indicators.put("persistent_absence", new boolean[] {latest != null && Boolean.TRUE.equals(latest.persistentAbsence()),
        latest != null && latest.persistentAbsence() != null});
    indicators.put("exclusion", new boolean[] {excluded, latest != null && latest.exclusion() != null});
    indicators.put("sexual_health_contact_12_months", new boolean[] {recentServices.contains("sexual_health"), true});
    indicators.put("substance_misuse_contact_12_months",
        new boolean[] {recentServices.contains("substance_misuse"), true});
    indicators.put("mental_health_contact_12_months", new boolean[] {recentServices.contains("mental_health"), true});
    boolean cinRecorded = !e.cinFactors().isEmpty();
    for (String[] f : new String[][] {{"10A", "missing"}, {"11A", "cse"}, {"12A", "trafficking"}, {"13A", "gangs"},
        {"24A", "criminal_exploitation"}}) {
      indicators.put("cin_factor_" + f[0].toLowerCase() + "_" + f[1],
          new boolean[] {e.cinFactors().contains(f[0]), cinRecorded});
    }
    int signs = (missing12 ? 1 : 0) + (recentServices.contains("substance_misuse") ? 1 : 0)
        + (recentServices.contains("sexual_health") ? 1 : 0) + (notMainstream ? 1 : 0) + (excluded ? 1 : 0);
    indicators.put("three_or_more_warning_signs", new boolean[] {signs >= 3, true});

    LocalDate assessed = e.riskAssessed();
    boolean assessedInTime = assessed != null && !assessed.isAfter(end);
    long days = assessed == null ? -1 : ChronoUnit.DAYS.between(e.identified(), assessed);
    boolean knownToEducation = latest != null;
    Map<String, Boolean> agency = new LinkedHashMap<>();
    agency.put("risk_assessment_completed", assessedInTime);
    agency.put("plan_in_place", e.planned() != null && !e.planned().isAfter(end));
    agency.put("known_to_education", knownToEducation);
    agency.put("known_to_health", knownToHealth);
    agency.put("known_to_police", knownToPolice);
    agency.put("in_missing_extract", missingEver);
    agency.put("known_to_more_than_one_agency", knownToEducation || knownToHealth || knownToPolice);

    String ethnicGroup = ethnicGroup(child.ethnicity());
    for (String area : List.of(e.laCode(), ALL)) {
      String p = q.label();
      add("cohort_breakdown", List.of(p, area, "risk_level", orNotRecorded(e.riskLevel())), "children", 1);
      add("cohort_breakdown", List.of(p, area, "cse_model", orNotRecorded(e.cseModel())), "children", 1);
      add("cohort_breakdown", List.of(p, area, "gender", child.gender()), "children", 1);
      add("cohort_breakdown", List.of(p, area, "age_band", band), "children", 1);
      add("cohort_breakdown", List.of(p, area, "ethnic_group", ethnicGroup), "children", 1);
      add("cohort_breakdown", List.of(p, area, "referral_source", referralAgency(e.referralSource())), "children", 1);
      add("age_band_by_gender", List.of(p, area, band, child.gender()), "children", 1);
      indicators.forEach((name, v) -> add("vulnerabilities", List.of(p, area, name), "numerator", v[0] ? 1 : 0,
          "denominator", 1, "not_recorded", v[1] ? 0 : 1));
      agency.forEach((name, v) -> add("agency_performance", List.of(p, area, name), "numerator", v ? 1 : 0,
          "denominator", 1));
      if (assessedInTime && days >= 0) {
        assessmentDays.computeIfAbsent(List.of(p, area), k -> new ArrayList<>()).add(days);
      }
    }
  }

  private void missing(Period q, SyntheticChild child, SyntheticChild.Episode attributed, boolean[] repeat,
      boolean detailed) {
    List<SyntheticChild.MissingEpisode> episodes = child.missing();
    Map<String, boolean[]> childAreas = new LinkedHashMap<>(); // population|area -> {repeat}
    boolean elsewhere = false;
    for (int i = 0; i < episodes.size(); i++) {
      SyntheticChild.MissingEpisode m = episodes.get(i);
      boolean started = q.contains(m.start());
      boolean returned = m.end() != null && q.contains(m.end());
      List<String[]> targets = new ArrayList<>();
      targets.add(new String[] {"all_missing", m.laCode()});
      targets.add(new String[] {"all_missing", ALL});
      if (attributed != null) {
        targets.add(new String[] {"cse_cohort", attributed.laCode()});
        targets.add(new String[] {"cse_cohort", ALL});
        elsewhere |= started && !m.laCode().equals(attributed.laCode());
      }
      for (String[] t : targets) {
        List<Object> key = List.of(q.label(), t[1], t[0]);
        if (started) {
          childAreas.computeIfAbsent(t[0] + "|" + t[1], k -> new boolean[1])[0] |= repeat[i];
          add("missing_trend", key, "episodes", 1);
          if (detailed) {
            boolean away = "A".equals(m.type());
            add("missing_summary", key, "episodes", 1, "episodes_missing", away ? 0 : 1, "episodes_away", away ? 1 : 0);
            add("missing_breakdown", List.of(q.label(), t[1], t[0], "missing_type", m.type()), "episodes", 1);
            add("missing_breakdown", List.of(q.label(), t[1], t[0], "duration_band", durationBand(m, q)), "episodes",
                1);
          }
        }
        if (returned && detailed) {
          boolean timely = m.rhiOffered() != null && ChronoUnit.DAYS.between(m.end(), m.rhiOffered()) >= 0
              && ChronoUnit.DAYS.between(m.end(), m.rhiOffered()) <= 3;
          boolean accepted = m.rhiOffered() != null && Boolean.TRUE.equals(m.rhiAccepted());
          add("missing_summary", key, "returns", 1, "rhi_offered_within_72h", timely ? 1 : 0, "rhi_accepted",
              accepted ? 1 : 0);
        }
      }
    }
    childAreas.forEach((populationArea, flags) -> {
      String[] pa = populationArea.split("\\|");
      List<Object> key = List.of(q.label(), pa[1], pa[0]);
      add("missing_trend", key, "children", 1, "repeat_missing_children", flags[0] ? 1 : 0);
      if (detailed) {
        boolean cohortPopulation = pa[0].equals("cse_cohort");
        add("missing_summary", key, "children", 1, "repeat_missing_children", flags[0] ? 1 : 0,
            "children_in_cse_cohort", !cohortPopulation && attributed != null ? 1 : 0);
      }
    });
    if (detailed && attributed != null) {
      boolean incidentElsewhere = child.incidents().stream().anyMatch(i -> child.id().equals(i.victimId())
          && q.contains(i.recorded()) && !i.laCode().equals(attributed.laCode()));
      for (String area : List.of(attributed.laCode(), ALL)) {
        add("cross_border", List.of(q.label(), area), "children", 1, "children_missing_elsewhere", elsewhere ? 1 : 0,
            "children_incident_elsewhere", incidentElsewhere ? 1 : 0,
            "children_any_elsewhere", elsewhere || incidentElsewhere ? 1 : 0);
      }
    }
  }

  private static String durationBand(SyntheticChild.MissingEpisode m, Period q) {
    if (m.end() == null || m.end().isAfter(q.end())) {
      return "still_missing";
    }
    long days = ChronoUnit.DAYS.between(m.start(), m.end());
    return days == 0 ? "same_day" : days <= 2 ? "1_to_2_days" : days <= 7 ? "3_to_7_days" : "over_7_days";
  }

  private void incident(Period q, SyntheticChild.Incident i) {
    if (!q.contains(i.recorded())) {
      return;
    }
    boolean online = "online".equals(i.contactType()) || "online".equals(i.placeType()) || i.platform() != null;
    for (String area : List.of(i.laCode(), ALL)) {
      String p = q.label();
      add("incidents_summary", List.of(p, area), "incidents", 1, "incidents_with_victim", i.victimId() == null ? 0 : 1);
      add("incidents_breakdown", List.of(p, area, "incident_type", i.type()), "incidents", 1);
      add("incidents_breakdown", List.of(p, area, "contact_type", i.contactType()), "incidents", 1);
      add("incidents_breakdown", List.of(p, area, "place_type", i.placeType()), "incidents", 1);
      add("incidents_by_location_role", List.of(p, area, i.placeType(), orNotRecorded(i.locationRole())),
          "incidents", 1);
      if (online) {
        add("incidents_breakdown", List.of(p, area, "platform",
            i.platform() == null ? "not_recorded" : i.platform().trim().toLowerCase()), "incidents", 1);
      }
      for (SyntheticChild.SuspectLink s : i.suspects()) {
        Suspect acc = suspects.computeIfAbsent(p + "|" + area + "|" + s.suspectId(), k -> new Suspect());
        acc.links++;
        if (acc.latest == null || i.recorded().isAfter(acc.latest)
            || i.recorded().equals(acc.latest) && i.id().compareTo(acc.latestIncident) > 0) {
          acc.latest = i.recorded();
          acc.latestIncident = i.id();
          acc.gender = s.gender();
          acc.age = s.birthYear() == null ? null : i.recorded().getYear() - s.birthYear();
        }
        acc.status = Math.max(acc.status, STATUSES.indexOf(s.status()));
        // Ethnicity: at the latest link that records one (by date, then incident id, as for gender).
        if (s.ethnicity() != null && (acc.latestEthnicity == null || i.recorded().isAfter(acc.latestEthnicity)
            || i.recorded().equals(acc.latestEthnicity) && i.id().compareTo(acc.latestEthnicityIncident) > 0)) {
          acc.latestEthnicity = i.recorded();
          acc.latestEthnicityIncident = i.id();
          acc.ethnicity = s.ethnicity();
        }
        // Previous offending: yes when any link says so, no when one says no and none yes.
        if (s.previousOffending() != null) {
          acc.previousOffending = Boolean.TRUE.equals(acc.previousOffending) || s.previousOffending();
        }
        acc.tactics.addAll(s.disruption());
      }
    }
  }

  private void victims(Period q, SyntheticChild child, SyntheticChild.Episode attributed) {
    Set<String> areas = new LinkedHashSet<>();
    for (SyntheticChild.Incident i : child.incidents()) {
      if (child.id().equals(i.victimId()) && q.contains(i.recorded())) {
        areas.add(i.laCode());
        areas.add(ALL);
      }
    }
    for (String area : areas) {
      add("incidents_summary", List.of(q.label(), area), "children_linked_as_victims", 1,
          "victims_in_cse_cohort", attributed != null ? 1 : 0);
    }
  }

  /** Adds the suspects and the return-interview and median measures, then writes every table. */
  void writeInto(ObjectNode statistics) {
    for (Period q : detail) {
      network.statistics(q, this::add);
    }
    for (Map.Entry<String, Suspect> e : suspects.entrySet()) {
      String[] k = e.getKey().split("\\|");
      Suspect s = e.getValue();
      String band = s.age == null ? "unknown" : s.age < 18 ? "under_18" : s.age <= 24 ? "18_to_24"
          : s.age <= 35 ? "25_to_35" : "36_and_over";
      add("perpetrators_summary", List.of(k[0], k[1]), "suspects", 1, "suspect_links", s.links,
          "suspects_with_disruption", s.tactics.isEmpty() ? 0 : 1);
      add("perpetrators_breakdown", List.of(k[0], k[1], "gender", s.gender), "suspects", 1);
      add("perpetrators_breakdown", List.of(k[0], k[1], "age_band", band), "suspects", 1);
      add("perpetrators_breakdown", List.of(k[0], k[1], "status", STATUSES.get(s.status)), "suspects", 1);
      add("perpetrators_breakdown", List.of(k[0], k[1], "ethnic_group", ethnicGroup(s.ethnicity)), "suspects", 1);
      add("perpetrators_breakdown", List.of(k[0], k[1], "previous_offending",
          s.previousOffending == null ? "not_recorded" : s.previousOffending ? "yes" : "no"), "suspects", 1);
      if (s.tactics.isEmpty()) {
        add("perpetrators_breakdown", List.of(k[0], k[1], "disruption", "none"), "suspects", 1);
      }
      for (String tactic : s.tactics) {
        add("perpetrators_breakdown", List.of(k[0], k[1], "disruption", tactic), "suspects", 1);
      }
    }
    Table missing = tables.get("missing_summary");
    missing.rows().forEach((key, v) -> {
      long returns = v[missing.values().indexOf("returns")];
      if (key.get(missing.keys().indexOf("population")).equals("all_missing") && returns > 0) {
        add("agency_performance", List.of(key.get(0), key.get(1), "rhi_offered_within_72h"),
            "numerator", v[missing.values().indexOf("rhi_offered_within_72h")], "denominator", returns);
      }
    });
    tables.forEach((name, table) -> {
      ArrayNode rows = statistics.putArray(name);
      table.rows().forEach((key, values) -> {
        ObjectNode row = rows.addObject();
        for (int i = 0; i < key.size(); i++) {
          Object k = key.get(i);
          if (k instanceof Integer n) {
            row.put(table.keys().get(i), n);
          } else {
            row.put(table.keys().get(i), (String) k);
          }
        }
        for (int i = 0; i < values.length; i++) {
          String column = table.values().get(i);
          if (column.equals("children_in_cse_cohort") && "cse_cohort".equals(key.get(table.keys().indexOf("population")))) {
            row.putNull(column);
          } else {
            row.put(column, values[i]);
          }
        }
      });
    });
    ArrayNode medians = statistics.putArray("median_days_to_risk_assessment");
    new TreeMap<String, List<Long>>(toStringKeys(assessmentDays)).forEach((key, days) -> {
      List<Long> sorted = new ArrayList<>(days);
      sorted.sort(Comparator.naturalOrder());
      int n = sorted.size();
      double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
      String[] k = key.split("\\|");
      medians.addObject().put("period", k[0]).put("la_code", k[1]).put("denominator", n).put("value", median);
    });
  }

  private static Map<String, List<Long>> toStringKeys(Map<List<Object>, List<Long>> map) {
    Map<String, List<Long>> result = new HashMap<>();
    map.forEach((k, v) -> result.put(k.get(0) + "|" + k.get(1), v));
    return result;
  }

  private void define(String name, List<String> keys, List<String> values) {
    tables.put(name, new Table(keys, values, new TreeMap<>(ProfileTruth::compareKeys)));
  }

  /**
   * Adds amounts to a row of {@code table}, given by value column name: {@code column, amount, column, amount...};
   * columns not named get nothing. The key lists the table's key columns in their defined order.
   */
  private void add(String table, List<Object> key, Object... columnsAndAmounts) {
    Table t = tables.get(table);
    if (key.size() != t.keys().size() || columnsAndAmounts.length == 0 || columnsAndAmounts.length % 2 != 0) {
      throw new IllegalArgumentException("table " + table + " takes a key of " + t.keys() + " and column, amount pairs");
    }
    long[] values = t.rows().computeIfAbsent(key, k -> new long[t.values().size()]);
    for (int i = 0; i < columnsAndAmounts.length; i += 2) {
      int column = t.values().indexOf((String) columnsAndAmounts[i]);
      if (column < 0) {
        throw new IllegalArgumentException("table " + table + " has no value column " + columnsAndAmounts[i]);
      }
      values[column] += ((Number) columnsAndAmounts[i + 1]).longValue();
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(List<Object> a, List<Object> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = ((Comparable) a.get(i)).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static String orNotRecorded(String code) {
    return code == null ? "not_recorded" : code;
  }

  /** The agency of a CIN census referral source code (docs/metrics.md, cohort_breakdown). */
  private static String referralAgency(String code) {
    if (code == null || code.equals("10")) {
      return "not_recorded";
    }
    if (code.equals("6")) {
      return "police";
    }
    if (code.equals("4")) {
      return "housing";
    }
    return switch (code.charAt(0)) {
      case '2' -> "education";
      case '3' -> "health";
      case '5' -> "local_authority";
      case '1' -> "individual";
      default -> "other";
    };
  }

  private static String ethnicGroup(String code) {
    if (code == null || code.equals("NOBT")) {
      return "not_recorded";
    }
    return switch (code) {
      case "REFU" -> "refused";
      case "CHNE" -> "chinese";
      case "OOTH" -> "other";
      default -> switch (code.charAt(0)) {
        case 'W' -> "white";
        case 'M' -> "mixed";
        case 'A' -> "asian";
        case 'B' -> "black";
        default -> "other";
      };
    };
  }
}
