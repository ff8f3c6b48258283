package org.cseprofile.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.EducationExtract;
import org.cseprofile.ingest.HealthExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.ingest.SuspectsExtract;
import org.cseprofile.period.Period;

/**
 * Decides the history of each synthetic child. The shape follows what published CSE problem
 * profiles report: mostly girls aged 13 to 17, most with missing episodes, a minority looked
 * after, perpetrators mostly men aged 18 to 35, much non-contact online exploitation, and located
 * incidents clustered around a few places in each authority.
 */
final class Synthesis {
  static final long COHORT_STREAM = 1;
  static final long MISSING_ONLY_STREAM = 2;
  static final long UNLINKED_INCIDENT_STREAM = 3;
  static final long SUSPECT_STREAM = 4;
  static final long INCIDENT_STREAM = 5;
  /** The children, suspects and incidents of the planted groups ({@link #plantedGroups}). */
  static final long PLANTED_CHILD_STREAM = 6;
  static final long PLANTED_SUSPECT_STREAM = 7;
  static final long PLANTED_INCIDENT_STREAM = 8;

  /** With planted groups: cohort children per neighbourhood, whose incidents draw suspects from its local pool. */
  static final int CHILDREN_PER_NEIGHBOURHOOD = 4;
  /** With planted groups: the suspects of each neighbourhood's local pool. */
  static final int LOCAL_SUSPECTS = 3;
  /** With planted groups: the prolific suspects of each authority, offending across its neighbourhoods. */
  static final int PROLIFIC_SUSPECTS = 2;
  /** With planted groups: the chance that a suspect of an ordinary incident is one of the authority's prolific ones. */
  static final double PROLIFIC_SHARE = 0.02;
  private static final long LOCAL_SUSPECT_BASE = 1L << 40;
  private static final long PROLIFIC_SUSPECT_BASE = 1L << 41;

  /**
   * A Y/N column of the cohort extract that records a fact about the child, the same on each of its episodes: the
   * share of children it is true of, and the share of episodes it is recorded on (blank on the others). The
   * generator writes each under its column name and the ground truth counts it as the vulnerability of that name.
   */
  record YesNo(String column, double prevalence, double recorded) {}

  /** The cohort's Y/N facts about the child; adding one here is all the generator needs for a new such column. */
  static final List<YesNo> COHORT_YES_NO = List.of(
      new YesNo(CohortExtract.LOOKED_AFTER, 0.16, 0.95),
      new YesNo(CohortExtract.DOMESTIC_ABUSE, 0.21, 0.90),
      new YesNo(CohortExtract.PRIOR_RAPE_ALLEGATION, 0.20, 0.85));

  /** Children on the missing register who are not in the CSE cohort, per cohort child. */
  static final double MISSING_ONLY_PER_COHORT_CHILD = 2.0;
  /** Incidents with no identified victim, per cohort child. */
  static final double UNLINKED_INCIDENTS_PER_COHORT_CHILD = 0.4;

  private static final int[] AGES_AT_IDENTIFICATION = {8, 9, 10, 11, 12, 13, 14, 15, 16, 17};
  private static final double[] AGE_WEIGHTS = {1, 1, 2, 4, 7, 13, 20, 22, 19, 11};
  private static final String[] GENDERS = {"F", "M", "U"};
  private static final double[] COHORT_GENDER_WEIGHTS = {82, 16, 2};
  private static final double[] MISSING_GENDER_WEIGHTS = {48, 50, 2};
  private static final String[] RISK = {"low", "medium", "high", null};
  private static final double[] RISK_WEIGHTS = {35, 40, 15, 10};
  private static final String[] MODELS = {
      "inappropriate_relationship", "online", "peer_on_peer", "boyfriend", "organised_network", "unknown", null};
  private static final double[] MODEL_WEIGHTS = {30, 20, 18, 12, 5, 5, 10};
  private static final String[] CP = {"current", "previous", "never", null};
  private static final double[] CP_WEIGHTS = {20, 25, 50, 5};
  private static final String[] ETHNICITY = {"WBRI", "WOTH", "MWBC", "MOTH", "ABAN", "APKN", "BAFR", "BCRB", "OOTH", "REFU", null};
  private static final double[] ETHNICITY_WEIGHTS = {78, 5, 3, 2, 1, 1, 2, 1, 1, 1, 5};
  private static final String[] EDUCATION = {"mainstream", "alternative_provision", "home_educated", "not_in_education", "unknown"};
  private static final double[] EDUCATION_WEIGHTS = {64, 15, 6, 12, 3};
  private static final String[] EXCLUSION = {"none", "suspension", "permanent", null};
  private static final double[] EXCLUSION_WEIGHTS = {60, 25, 5, 10};
  private static final String[] SERVICES = {"sexual_health", "substance_misuse", "mental_health", "emergency_department", "other"};
  private static final double[] SERVICE_CHANCE = {0.30, 0.20, 0.35, 0.25, 0.15};
  private static final String[] INCIDENT_TYPES = {"crime", "intelligence", "concern"};
  private static final double[] INCIDENT_TYPE_WEIGHTS = {40, 35, 25};
  private static final String[] CONTACT = {"contact", "non_contact", "online"};
  private static final double[] CONTACT_WEIGHTS = {42, 20, 38};
  private static final String[] PLACES = {
      "suspect_home", "victim_home", "hotel", "taxi", "park_open_space", "school", "takeaway_shop",
      "shopping_centre", "transport_hub", "other"};
  private static final double[] PLACE_WEIGHTS = {20, 10, 8, 6, 14, 5, 8, 9, 8, 12};
  private static final String[] PLATFORMS = {"snapchat", "facebook", "instagram", "whatsapp", "kik", "other", null};
  private static final double[] PLATFORM_WEIGHTS = {30, 22, 18, 12, 6, 7, 5};
  private static final String[] STATUS = {"suspect", "arrested", "charged", "convicted", "no_further_action"};
  private static final double[] STATUS_WEIGHTS = {45, 20, 12, 8, 15};
  private static final String[] DISRUPTION = {"cawn", "sro", "shpo", "cbo", "licensing_review", "closure_order", "other"};
  private static final double[] DISRUPTION_WEIGHTS = {35, 10, 10, 8, 15, 7, 15};

  // The draws of each generated column (Draws), named <extract>.<column>; a few name what decides
  // several columns at once (an episode's count, a found location's easting and northing).
  private static final String COHORT_LA = stream(CohortExtract.NAME, CohortExtract.LA_CODE);
  private static final String COHORT_GENDER = stream(CohortExtract.NAME, CohortExtract.GENDER);
  private static final String COHORT_BIRTH = stream(CohortExtract.NAME, CohortExtract.BIRTH_MONTH);
  private static final String COHORT_ETHNICITY = stream(CohortExtract.NAME, CohortExtract.ETHNICITY);
  private static final String COHORT_IDENTIFIED = stream(CohortExtract.NAME, CohortExtract.IDENTIFIED_DATE);
  private static final String COHORT_CLOSED = stream(CohortExtract.NAME, CohortExtract.CLOSED_DATE);
  private static final String COHORT_EPISODES = stream(CohortExtract.NAME, "episodes");
  private static final String COHORT_RISK_LEVEL = stream(CohortExtract.NAME, CohortExtract.RISK_LEVEL);
  private static final String COHORT_CSE_MODEL = stream(CohortExtract.NAME, CohortExtract.CSE_MODEL);
  private static final String COHORT_CP_PLAN = stream(CohortExtract.NAME, CohortExtract.CP_PLAN);
  private static final String COHORT_CIN_FACTORS = stream(CohortExtract.NAME, CohortExtract.CIN_FACTORS);
  private static final String COHORT_RISK_ASSESSED = stream(CohortExtract.NAME, CohortExtract.RISK_ASSESSMENT_DATE);
  private static final String COHORT_PLANNED = stream(CohortExtract.NAME, CohortExtract.PLAN_DATE);
  private static final String MISSING_HISTORY = stream(MissingExtract.NAME, "episodes");
  private static final String MISSING_LA = stream(MissingExtract.NAME, MissingExtract.LA_CODE);
  private static final String MISSING_GENDER = stream(MissingExtract.NAME, "gender");
  private static final String MISSING_BIRTH = stream(MissingExtract.NAME, MissingExtract.BIRTH_MONTH);
  private static final String MISSING_START = stream(MissingExtract.NAME, MissingExtract.START_DATE);
  private static final String MISSING_END = stream(MissingExtract.NAME, MissingExtract.END_DATE);
  private static final String MISSING_TYPE = stream(MissingExtract.NAME, MissingExtract.MISSING_TYPE);
  private static final String MISSING_RHI_OFFERED = stream(MissingExtract.NAME, MissingExtract.RHI_OFFERED_DATE);
  private static final String MISSING_RHI_ACCEPTED = stream(MissingExtract.NAME, MissingExtract.RHI_ACCEPTED);
  private static final String MISSING_FOUND = stream(MissingExtract.NAME, "found_location");
  private static final String EDUCATION_KNOWN = stream(EducationExtract.NAME, "records");
  private static final String EDUCATION_RECORDED = stream(EducationExtract.NAME, EducationExtract.RECORDED_DATE);
  private static final String EDUCATION_STATUS = stream(EducationExtract.NAME, EducationExtract.EDUCATION_STATUS);
  private static final String EDUCATION_RONI = stream(EducationExtract.NAME, EducationExtract.RONI);
  private static final String EDUCATION_ABSENCE = stream(EducationExtract.NAME, EducationExtract.PERSISTENT_ABSENCE);
  private static final String EDUCATION_EXCLUSION = stream(EducationExtract.NAME, EducationExtract.EXCLUSION);
  private static final String HEALTH_SERVICE = stream(HealthExtract.NAME, HealthExtract.SERVICE);
  private static final String HEALTH_DATE = stream(HealthExtract.NAME, HealthExtract.CONTACT_DATE);
  private static final String INCIDENT_COUNT = stream(IncidentsExtract.NAME, "incidents");
  private static final String INCIDENT_LA = stream(IncidentsExtract.NAME, IncidentsExtract.LA_CODE);
  private static final String INCIDENT_RECORDED = stream(IncidentsExtract.NAME, IncidentsExtract.RECORDED_DATE);
  private static final String INCIDENT_VICTIM = stream(IncidentsExtract.NAME, IncidentsExtract.VICTIM_ID);
  private static final String INCIDENT_TYPE = stream(IncidentsExtract.NAME, IncidentsExtract.INCIDENT_TYPE);
  private static final String INCIDENT_CONTACT = stream(IncidentsExtract.NAME, IncidentsExtract.CONTACT_TYPE);
  private static final String INCIDENT_PLACE = stream(IncidentsExtract.NAME, IncidentsExtract.PLACE_TYPE);
  private static final String INCIDENT_LOCATION = stream(IncidentsExtract.NAME, "location");
  private static final String INCIDENT_PLATFORM = stream(IncidentsExtract.NAME, IncidentsExtract.PLATFORM);
  private static final String SUSPECT_ID = stream(SuspectsExtract.NAME, SuspectsExtract.SUSPECT_ID);
  private static final String SUSPECT_GENDER = stream(SuspectsExtract.NAME, SuspectsExtract.GENDER);
  private static final String SUSPECT_BIRTH_YEAR = stream(SuspectsExtract.NAME, SuspectsExtract.BIRTH_YEAR);
  private static final String SUSPECT_STATUS = stream(SuspectsExtract.NAME, SuspectsExtract.STATUS);
  private static final String SUSPECT_DISRUPTION = stream(SuspectsExtract.NAME, SuspectsExtract.DISRUPTION);
  private static final String SUSPECT_ETHNICITY = stream(SuspectsExtract.NAME, SuspectsExtract.ETHNICITY);
  private static final String SUSPECT_PREVIOUS = stream(SuspectsExtract.NAME, SuspectsExtract.PREVIOUS_OFFENDING);
  private static final String COHORT_REFERRAL = stream(CohortExtract.NAME, CohortExtract.REFERRAL_SOURCE);
  private static final String INCIDENT_ROLE = stream(IncidentsExtract.NAME, IncidentsExtract.LOCATION_ROLE);
  private static final String NEIGHBOURHOOD = stream(IncidentsExtract.NAME, "neighbourhood");

  // Issue 22 columns (synthetic, plausible, documented in docs/data-contract.md, "Synthetic sample"). Suspects'
  // ethnicity: mostly white British, as in published group-based CSE data, with every major group present;
  // recorded on 80% of links. Previous offending: 45% of suspects; recorded on 70% of links.
  private static final String[] SUSPECT_ETHNICITY_CODES = {"WBRI", "WOTH", "MWBC", "MOTH", "APKN", "ABAN", "AOTH",
      "AIND", "BAFR", "BCRB", "BOTH", "CHNE", "OOTH", "REFU"};
  private static final double[] SUSPECT_ETHNICITY_WEIGHTS = {58, 6, 2, 2, 10, 3, 3, 2, 3, 2, 2, 1, 3, 3};
  // Referral source of a CSE episode (CIN census codes): police the largest, then schools and local authority
  // services; recorded on 85% of episodes (10, unknown, is drawn too).
  private static final String[] REFERRAL_CODES = {"6", "2A", "2B", "3A", "3B", "3C", "3E", "3F", "5A", "5C", "5D",
      "1A", "1C", "1D", "4", "7", "8", "9", "10"};
  private static final double[] REFERRAL_WEIGHTS = {30, 15, 2, 3, 2, 3, 5, 3, 6, 3, 6, 6, 2, 1, 2, 1, 4, 1, 3};
  // Location role: recorded on 75% of incidents; an online place is mostly where the child was met (70%),
  // a physical place mostly where the offence happened (65%).

  private final SampleConfig config;
  private final List<YesNo> cohortYesNo;
  private final double[] authorityWeights;
  private final int suspectPool;

  Synthesis(SampleConfig config) {
    this(config, COHORT_YES_NO);
  }

  /** A synthesis with other Y/N facts in the cohort (tests: a column added leaves the others as they were). */
  Synthesis(SampleConfig config, List<YesNo> cohortYesNo) {
    this.config = config;
    this.cohortYesNo = List.copyOf(cohortYesNo);
    this.authorityWeights = new double[config.authorities().size()];
    for (int i = 0; i < authorityWeights.length; i++) {
      String la = config.authorities().get(i);
      // Sussex: West Sussex is the largest, Brighton and Hove the smallest; elsewhere vary by code.
      authorityWeights[i] = switch (la) {
        case "E10000032" -> 45;
        case "E10000011" -> 33;
        case "E06000043" -> 22;
        default -> 10 + Math.floorMod(Randoms.mix(la.hashCode()), 30);
      };
    }
    this.suspectPool = Math.max(20, config.children() / 2);
  }

  /**
   * What a planted group decides of one of its children: the authority, the identification date (one open episode
   * of CSE concern from then on), the age then, and every incident of the child (those of the group only).
   */
  private record Plan(String la, LocalDate identified, int age, List<SyntheticChild.Incident> incidents) {}

  /** The {@code index}-th child of the CSE register. */
  SyntheticChild cohortChild(long index) {
    return cohortChild(COHORT_STREAM, index, null);
  }

  /** A child of the CSE register, of stream {@code stream}; {@code plan}, when given, decides what it says. */
  private SyntheticChild cohortChild(long streamId, long index, Plan plan) {
    Draws d = Draws.forItem(config.seed(), streamId, index);
    String id = Randoms.pseudonym(config.seed(), streamId, index);
    String la = plan != null ? plan.la() : authority(d.of(COHORT_LA));
    String gender = GENDERS[Randoms.weighted(d.of(COHORT_GENDER), COHORT_GENDER_WEIGHTS)];
    LocalDate identified = plan != null ? plan.identified() : identificationDate(d.of(COHORT_IDENTIFIED));
    SplittableRandom birthDraws = d.of(COHORT_BIRTH);
    int drawnAge = AGES_AT_IDENTIFICATION[Randoms.weighted(birthDraws, AGE_WEIGHTS)];
    int age = plan != null ? plan.age() : drawnAge;
    LocalDate birth = birthDateForAge(birthDraws, identified, age);
    String ethnicity = ETHNICITY[Randoms.weighted(d.of(COHORT_ETHNICITY), ETHNICITY_WEIGHTS)];

    List<SyntheticChild.Episode> episodes = new ArrayList<>();
    boolean missingHistory = Randoms.chance(d.of(MISSING_HISTORY), 0.88);
    Map<String, Boolean> facts = new LinkedHashMap<>();
    for (YesNo yesNo : cohortYesNo) {
      facts.put(yesNo.column(), Randoms.chance(d.of(stream(CohortExtract.NAME, yesNo.column())), yesNo.prevalence()));
    }
    String cp = CP[Randoms.weighted(d.of(COHORT_CP_PLAN), CP_WEIGHTS)];
    LocalDate start = identified;
    String episodeLa = la;
    LocalDate eighteenth = birth.withDayOfMonth(1).plusYears(18);
    for (int e = 0; e < 2 && !start.isAfter(config.to()) && start.isBefore(eighteenth); e++) {
      LocalDate closed = start.plusDays(Math.max(14, Randoms.logNormalDays(d.of(COHORT_CLOSED), 170, 0.7)));
      if (!closed.isBefore(eighteenth)) {
        closed = eighteenth.minusDays(1); // services close CSE concern at 18
      }
      if (closed.isAfter(config.to()) || plan != null) {
        closed = null; // a planted group's children stay open to CSE concern to the end of the window
      }
      episodes.add(episode(d, episodeLa, start, closed, facts, cp, missingHistory));
      if (closed == null || !Randoms.chance(d.of(COHORT_EPISODES), 0.15)) {
        break;
      }
      start = closed.plusDays(30 + d.of(COHORT_IDENTIFIED).nextInt(330));
      if (Randoms.chance(d.of(COHORT_LA), 0.1)) {
        episodeLa = authority(d.of(COHORT_LA));
      }
    }
    LocalDate riskFrom = max(config.from(), identified.minusDays(365));
    LocalDate lastClosed = episodes.get(episodes.size() - 1).closed();
    LocalDate riskTo = lastClosed == null ? config.to() : min(config.to(), lastClosed.plusDays(180));
    List<SyntheticChild.MissingEpisode> missing = missingHistory
        ? missingEpisodes(d, la, riskFrom, riskTo, 1 + Randoms.geometric(d.of(MISSING_HISTORY), 4.0)) : List.of();
    LocalDate activeTo = lastClosed == null ? config.to() : min(config.to(), lastClosed);
    return new SyntheticChild(id, la, gender, birth, ethnicity, List.copyOf(episodes), missing,
        education(d, identified, activeTo), health(d, identified, activeTo, 1.0),
        plan != null ? plan.incidents() : incidents(d, index, id, la, identified, activeTo));
  }

  private SyntheticChild.Episode episode(
      Draws d, String la, LocalDate identified, LocalDate closed, Map<String, Boolean> facts, String cp,
      boolean missing) {
    SplittableRandom cinDraws = d.of(COHORT_CIN_FACTORS);
    List<String> cin = new ArrayList<>();
    if (Randoms.chance(cinDraws, 0.75)) {
      cin.add("11A");
    }
    if (missing && Randoms.chance(cinDraws, 0.6)) {
      cin.add("10A");
    }
    if (Randoms.chance(cinDraws, 0.04)) {
      cin.add("12A");
    }
    if (Randoms.chance(cinDraws, 0.06)) {
      cin.add("13A");
    }
    if (Randoms.chance(cinDraws, 0.09)) {
      cin.add("24A");
    }
    if (facts.get(CohortExtract.DOMESTIC_ABUSE) && Randoms.chance(cinDraws, 0.7)) {
      cin.add("3A");
    }
    SplittableRandom assessedDraws = d.of(COHORT_RISK_ASSESSED);
    LocalDate assessed = Randoms.chance(assessedDraws, 0.9) ? identified.plusDays(Randoms.geometric(assessedDraws, 12)) : null;
    SplittableRandom plannedDraws = d.of(COHORT_PLANNED);
    LocalDate planned = Randoms.chance(plannedDraws, 0.8)
        ? identified.plusDays(7 + Randoms.geometric(plannedDraws, 20)) : null;
    LocalDate limit = closed == null ? config.to() : closed;
    Map<String, Boolean> yesNo = new LinkedHashMap<>();
    for (YesNo column : cohortYesNo) {
      boolean recorded = Randoms.chance(d.of(stream(CohortExtract.NAME, column.column())), column.recorded());
      yesNo.put(column.column(), recorded ? facts.get(column.column()) : null);
    }
    SplittableRandom referral = d.of(COHORT_REFERRAL);
    String referralSource = Randoms.chance(referral, 0.85)
        ? REFERRAL_CODES[Randoms.weighted(referral, REFERRAL_WEIGHTS)] : null;
    return new SyntheticChild.Episode(la, identified, closed,
        RISK[Randoms.weighted(d.of(COHORT_RISK_LEVEL), RISK_WEIGHTS)],
        MODELS[Randoms.weighted(d.of(COHORT_CSE_MODEL), MODEL_WEIGHTS)],
        cp, List.copyOf(cin), Collections.unmodifiableMap(yesNo),
        assessed == null || assessed.isAfter(limit) ? null : assessed,
        planned == null || planned.isAfter(limit) ? null : planned, referralSource);
  }

  /**
   * The planted groups (none unless {@link SampleConfig#plantedGroups()}), each child a cohort child whose only
   * incidents are its group's, each suspect of its group only, every incident in the 12 months ending with the
   * last complete quarter (the report quarter):
   * <ul>
   *   <li>three victim-suspect pairs, in the first three authorities (fewer when there are fewer), with 1, 2 and 3
   *   incidents, all in the report quarter (new groups);</li>
   *   <li>a peer group: four children aged 14 in the first authority and three suspects born 17 to 19 years before
   *   the window's last year, each incident one child with two of the suspects, all before the report quarter (a group that
   *   did not grow);</li>
   *   <li>an organised network across the first two authorities: five adult suspects and nine children, five in
   *   the first authority and four in the second, each child's incident with two neighbouring suspects (so the
   *   suspects are one chain), two of the children first exploited in the report quarter (a group that grew).</li>
   * </ul>
   */
  List<PlantedGroup> plantedGroups() {
    if (!config.plantedGroups()) {
      return List.of();
    }
    Planter p = new Planter();
    List<String> las = config.authorities();
    String first = las.get(0);
    String second = las.get(Math.min(1, las.size() - 1));
    int endYear = config.to().getYear();
    List<PlantedGroup> groups = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      String la = las.get(k % las.size());
      long suspect = p.suspect(null);
      List<Visit> visits = new ArrayList<>();
      for (int i = 0; i <= k; i++) {
        visits.add(new Visit(la, true, List.of(suspect)));
      }
      groups.add(new PlantedGroup(PlantedGroup.PAIR, List.of(p.child(la, 13 + k, visits))));
    }
    List<Long> young = List.of(p.suspect(endYear - 17), p.suspect(endYear - 18), p.suspect(endYear - 19));
    List<SyntheticChild> peers = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      List<Visit> visits = new ArrayList<>();
      visits.add(new Visit(first, false, List.of(young.get(k % 3), young.get((k + 1) % 3))));
      if (k == 0) {
        visits.add(new Visit(first, false, List.of(young.get(0))));
      }
      peers.add(p.child(first, 14, visits));
    }
    groups.add(new PlantedGroup(PlantedGroup.PEER_GROUP, peers));
    List<Long> adults = new ArrayList<>();
    for (int j = 0; j < 5; j++) {
      adults.add(p.suspect(endYear - 24 - 4 * j));
    }
    List<SyntheticChild> network = new ArrayList<>();
    for (int k = 0; k < 9; k++) {
      String la = k < 5 ? first : second;
      List<Visit> visits = new ArrayList<>();
      visits.add(new Visit(la, k >= 7, List.of(adults.get(k % 5), adults.get((k + 1) % 5))));
      if (k == 2) {
        visits.add(new Visit(second, false, List.of(adults.get(3)))); // taken across the border
      }
      network.add(p.child(la, 13 + k % 3, visits));
    }
    groups.add(new PlantedGroup(PlantedGroup.ORGANISED_NETWORK, network));
    return List.copyOf(groups);
  }

  /** A planted incident: where it is recorded, whether in the report quarter or before it, and its suspects. */
  private record Visit(String la, boolean inReportQuarter, List<Long> suspects) {}

  /** Numbers the planted children, suspects and incidents, and dates the incidents. */
  private final class Planter {
    private final Map<Long, Integer> birthYears = new HashMap<>();
    private final LocalDate earlyFrom;
    private final LocalDate earlyTo;
    private final LocalDate lateFrom;
    private final LocalDate lateTo;
    private long children;
    private long suspects;
    private long incidents;

    Planter() {
      Period report = Period.quarterContaining(config.to());
      if (report.end().isAfter(config.to())) {
        report = report.previous();
      }
      lateFrom = max(config.from(), report.start());
      lateTo = min(config.to(), report.end());
      LocalDate from = max(config.from(), report.end().minusYears(1).plusDays(1));
      LocalDate to = min(lateTo, report.previous().end());
      earlyFrom = to.isBefore(from) ? lateFrom : from;
      earlyTo = to.isBefore(from) ? lateTo : to;
    }

    /** A new planted suspect, born in {@code birthYear} (drawn when null). */
    long suspect(Integer birthYear) {
      long n = suspects++;
      if (birthYear != null) {
        birthYears.put(n, birthYear);
      }
      return n;
    }

    /** A new planted child of authority {@code la}, aged {@code age} when identified, with these incidents only. */
    SyntheticChild child(String la, int age, List<Visit> visits) {
      long index = children++;
      String id = Randoms.pseudonym(config.seed(), PLANTED_CHILD_STREAM, index);
      List<SyntheticChild.Incident> list = new ArrayList<>();
      LocalDate firstDate = null;
      for (Visit v : visits) {
        long n = incidents++;
        Draws d = Draws.forItem(config.seed(), PLANTED_INCIDENT_STREAM, n);
        LocalDate date = v.inReportQuarter() ? Randoms.date(d.of(INCIDENT_RECORDED), lateFrom, lateTo)
            : Randoms.date(d.of(INCIDENT_RECORDED), earlyFrom, earlyTo);
        List<SyntheticChild.SuspectLink> links = new ArrayList<>();
        for (long s : v.suspects()) {
          links.add(suspectLink(d, PLANTED_SUSPECT_STREAM, s, birthYears.get(s)));
        }
        list.add(incident(d, "I" + Randoms.pseudonym(config.seed(), PLANTED_INCIDENT_STREAM, n), v.la(), date, id,
            links));
        firstDate = firstDate == null || date.isBefore(firstDate) ? date : firstDate;
      }
      LocalDate identified = max(config.from(), firstDate.minusDays(30));
      return cohortChild(PLANTED_CHILD_STREAM, index, new Plan(la, identified, age, List.copyOf(list)));
    }
  }

  /** The {@code index}-th child who went missing but is not on the CSE register. */
  SyntheticChild missingOnlyChild(long index) {
    Draws d = Draws.forItem(config.seed(), MISSING_ONLY_STREAM, index);
    String id = Randoms.pseudonym(config.seed(), MISSING_ONLY_STREAM, index);
    String la = authority(d.of(MISSING_LA));
    String gender = GENDERS[Randoms.weighted(d.of(MISSING_GENDER), MISSING_GENDER_WEIGHTS)];
    LocalDate first = Randoms.date(d.of(MISSING_START), config.from(), config.to());
    LocalDate birth = birthDateForAge(d.of(MISSING_BIRTH), first, 10 + d.of(MISSING_BIRTH).nextInt(8));
    LocalDate eighteenth = birth.withDayOfMonth(1).plusYears(18);
    List<SyntheticChild.MissingEpisode> missing = missingEpisodes(d, la, first,
        min(config.to(), eighteenth.minusDays(1)), 1 + Randoms.geometric(d.of(MISSING_HISTORY), 1.5));
    List<SyntheticChild.EducationRecord> education =
        Randoms.chance(d.of(EDUCATION_KNOWN), 0.5) ? education(d, first, config.to()) : List.of();
    return new SyntheticChild(id, la, gender, birth, null, List.of(), missing, education,
        health(d, first, config.to(), 0.4), List.of());
  }

  /** The {@code index}-th incident with no identified victim. */
  SyntheticChild.Incident unlinkedIncident(long index) {
    Draws d = Draws.forItem(config.seed(), UNLINKED_INCIDENT_STREAM, index);
    String la = authority(d.of(INCIDENT_LA));
    return incident(d, "U" + Randoms.pseudonym(config.seed(), UNLINKED_INCIDENT_STREAM, index),
        la, Randoms.date(d.of(INCIDENT_RECORDED), config.from(), config.to()), null, suspectSource(d, la));
  }

  private List<SyntheticChild.MissingEpisode> missingEpisodes(
      Draws d, String la, LocalDate from, LocalDate to, int count) {
    List<SyntheticChild.MissingEpisode> episodes = new ArrayList<>();
    long window = Math.max(1, ChronoUnit.DAYS.between(from, to));
    long meanGap = Math.max(2, window / (count + 1));
    SplittableRandom starts = d.of(MISSING_START);
    LocalDate cursor = from.plusDays(starts.nextLong(Math.max(1, meanGap)));
    for (int i = 0; i < count && !cursor.isAfter(to); i++) {
      SplittableRandom ends = d.of(MISSING_END);
      int band = Randoms.weighted(ends, new double[] {45, 35, 15, 5});
      long days = switch (band) {
        case 0 -> 0;
        case 1 -> 1 + ends.nextInt(2);
        case 2 -> 3 + ends.nextInt(5);
        default -> 8 + ends.nextInt(23);
      };
      LocalDate end = cursor.plusDays(days);
      String episodeLa = config.authorities().size() > 1 && Randoms.chance(d.of(MISSING_LA), 0.12)
          ? authority(d.of(MISSING_LA)) : la;
      String type = Randoms.chance(d.of(MISSING_TYPE), 0.85) ? "M" : "A";
      if (end.isAfter(config.to())) {
        episodes.add(new SyntheticChild.MissingEpisode(episodeLa, type, cursor, null, null, null, null, null));
        break;
      }
      SplittableRandom rhiDraws = d.of(MISSING_RHI_OFFERED);
      LocalDate offered = null;
      int rhi = Randoms.weighted(rhiDraws, new double[] {60, 25, 15});
      if (rhi == 0) {
        offered = end.plusDays(rhiDraws.nextInt(3));
      } else if (rhi == 1) {
        offered = end.plusDays(4 + rhiDraws.nextInt(7));
      }
      if (offered != null && offered.isAfter(config.to())) {
        offered = null;
      }
      Boolean accepted = offered == null ? null : Randoms.chance(d.of(MISSING_RHI_ACCEPTED), 0.65);
      SplittableRandom foundDraws = d.of(MISSING_FOUND);
      int[] found = Randoms.chance(foundDraws, 0.5) ? Geography.location(foundDraws, Geography.area(episodeLa)) : null;
      episodes.add(new SyntheticChild.MissingEpisode(episodeLa, type, cursor, end, offered, accepted,
          found == null ? null : found[0], found == null ? null : found[1]));
      cursor = end.plusDays(1 + Randoms.geometric(starts, meanGap));
    }
    return List.copyOf(episodes);
  }

  private List<SyntheticChild.EducationRecord> education(Draws d, LocalDate from, LocalDate to) {
    List<SyntheticChild.EducationRecord> records = new ArrayList<>();
    SplittableRandom dates = d.of(EDUCATION_RECORDED);
    SplittableRandom statuses = d.of(EDUCATION_STATUS);
    LocalDate date = from.minusDays(dates.nextInt(60));
    int status = Randoms.weighted(statuses, EDUCATION_WEIGHTS);
    boolean roni = Randoms.chance(d.of(EDUCATION_RONI), 0.30);
    boolean absent = Randoms.chance(d.of(EDUCATION_ABSENCE), 0.35);
    while (!date.isAfter(to) && records.size() < 4) {
      records.add(new SyntheticChild.EducationRecord(date, EDUCATION[status],
          Randoms.chance(d.of(EDUCATION_RONI), 0.9) ? roni : null,
          Randoms.chance(d.of(EDUCATION_ABSENCE), 0.9) ? absent : null,
          EXCLUSION[Randoms.weighted(d.of(EDUCATION_EXCLUSION), EXCLUSION_WEIGHTS)]));
      date = date.plusDays(150 + dates.nextInt(60));
      if (Randoms.chance(statuses, 0.25)) {
        status = Randoms.weighted(statuses, EDUCATION_WEIGHTS);
      }
    }
    return List.copyOf(records);
  }

  private List<SyntheticChild.HealthContact> health(Draws d, LocalDate from, LocalDate to, double scale) {
    List<SyntheticChild.HealthContact> contacts = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    LocalDate start = max(config.from(), from.minusDays(180));
    LocalDate end = min(config.to(), to.plusDays(90));
    SplittableRandom services = d.of(HEALTH_SERVICE);
    for (int s = 0; s < SERVICES.length; s++) {
      if (!Randoms.chance(services, SERVICE_CHANCE[s] * scale)) {
        continue;
      }
      int n = 1 + services.nextInt(3);
      for (int i = 0; i < n; i++) {
        LocalDate date = Randoms.date(d.of(HEALTH_DATE), start, end);
        if (keys.add(date + SERVICES[s])) {
          contacts.add(new SyntheticChild.HealthContact(date, SERVICES[s]));
        }
      }
    }
    return List.copyOf(contacts);
  }

  private List<SyntheticChild.Incident> incidents(
      Draws d, long childIndex, String childId, String la, LocalDate identified, LocalDate to) {
    int n = Randoms.poisson(d.of(INCIDENT_COUNT), 2.2);
    List<SyntheticChild.Incident> incidents = new ArrayList<>();
    LocalDate from = max(config.from(), identified.minusDays(60));
    SuspectSource source = suspectSource(d, la);
    for (int k = 0; k < n; k++) {
      String id = "I" + Randoms.pseudonym(config.seed(), INCIDENT_STREAM, (childIndex << 8) | k);
      String incidentLa = config.authorities().size() > 1 && Randoms.chance(d.of(INCIDENT_LA), 0.1)
          ? authority(d.of(INCIDENT_LA)) : la;
      incidents.add(incident(d, id, incidentLa, Randoms.date(d.of(INCIDENT_RECORDED), from, to),
          Randoms.chance(d.of(INCIDENT_VICTIM), 0.95) ? childId : null, source));
    }
    return List.copyOf(incidents);
  }

  /**
   * Where the suspects of an ordinary incident come from. Without planted groups: one partnership-wide pool, a
   * few prolific suspects and many occasional ones. With them: the local pool of a neighbourhood of the
   * authority (drawn for the child or the unlinked incident), and now and then one of the authority's prolific
   * suspects, so ordinary incidents link small local groups.
   */
  private SuspectSource suspectSource(Draws d, String la) {
    if (!config.plantedGroups()) {
      return picks -> {
        double u = picks.nextDouble();
        return (long) Math.floor(suspectPool * u * u); // a few prolific suspects, many occasional ones
      };
    }
    int authority = config.authorities().indexOf(la);
    int neighbourhood = d.of(NEIGHBOURHOOD).nextInt(neighbourhoods(authority));
    return picks -> Randoms.chance(picks, PROLIFIC_SHARE)
        ? PROLIFIC_SUSPECT_BASE + (long) authority * PROLIFIC_SUSPECTS + picks.nextInt(PROLIFIC_SUSPECTS)
        : LOCAL_SUSPECT_BASE + ((long) authority << 24) + (long) neighbourhood * LOCAL_SUSPECTS
            + picks.nextInt(LOCAL_SUSPECTS);
  }

  /** The neighbourhoods of an authority: its expected cohort children over {@link #CHILDREN_PER_NEIGHBOURHOOD}. */
  private int neighbourhoods(int authority) {
    double total = 0;
    for (double w : authorityWeights) {
      total += w;
    }
    return (int) Math.max(1, Math.round(config.children() * authorityWeights[authority] / total
        / CHILDREN_PER_NEIGHBOURHOOD));
  }

  /** Picks the index of a suspect (in {@link #SUSPECT_STREAM}) from an incident's pick draws. */
  @FunctionalInterface
  private interface SuspectSource {
    long pick(SplittableRandom picks);
  }

  private SyntheticChild.Incident incident(Draws d, String id, String la, LocalDate recorded, String victimId,
      SuspectSource source) {
    List<SyntheticChild.SuspectLink> suspects = new ArrayList<>();
    SplittableRandom picks = d.of(SUSPECT_ID);
    int count = Randoms.weighted(picks, new double[] {30, 55, 10, 5});
    Set<Long> chosen = new HashSet<>();
    for (int s = 0; s < count; s++) {
      long suspect = source.pick(picks);
      if (!chosen.add(suspect)) {
        continue;
      }
      suspects.add(suspectLink(d, SUSPECT_STREAM, suspect, null));
    }
    return incident(d, id, la, recorded, victimId, suspects);
  }

  /** An incident whose suspects are given; its other columns are drawn from {@code d}. */
  private SyntheticChild.Incident incident(Draws d, String id, String la, LocalDate recorded, String victimId,
      List<SyntheticChild.SuspectLink> suspects) {
    String contact = CONTACT[Randoms.weighted(d.of(INCIDENT_CONTACT), CONTACT_WEIGHTS)];
    SplittableRandom places = d.of(INCIDENT_PLACE);
    boolean online = contact.equals("online") || contact.equals("non_contact") && Randoms.chance(places, 0.6);
    String place = online ? "online" : PLACES[Randoms.weighted(places, PLACE_WEIGHTS)];
    int[] location = online ? null : Geography.location(d.of(INCIDENT_LOCATION), Geography.area(la));
    String platform = online ? PLATFORMS[Randoms.weighted(d.of(INCIDENT_PLATFORM), PLATFORM_WEIGHTS)] : null;
    return new SyntheticChild.Incident(id, recorded, la,
        INCIDENT_TYPES[Randoms.weighted(d.of(INCIDENT_TYPE), INCIDENT_TYPE_WEIGHTS)],
        contact, place, location == null ? null : location[0], location == null ? null : location[1],
        victimId, platform, locationRole(d.of(INCIDENT_ROLE), online), List.copyOf(suspects));
  }

  /** The link of suspect {@code suspect} of stream {@code streamId} to an incident; {@code birthYear} when given. */
  private SyntheticChild.SuspectLink suspectLink(Draws incident, long streamId, long suspect, Integer givenBirthYear) {
    Draws person = Draws.forItem(config.seed(), streamId, suspect);
    String gender = GENDERS[Randoms.weighted(person.of(SUSPECT_GENDER), new double[] {8, 90, 2})];
    SplittableRandom years = person.of(SUSPECT_BIRTH_YEAR);
    int ageBand = Randoms.weighted(years, new double[] {14, 32, 28, 21, 5});
    int ageIn2016 = switch (ageBand) {
      case 0 -> 14 + years.nextInt(4);
      case 1 -> 18 + years.nextInt(7);
      case 2 -> 25 + years.nextInt(11);
      case 3 -> 36 + years.nextInt(25);
      default -> -1;
    };
    Integer birthYear = givenBirthYear != null ? givenBirthYear : ageIn2016 < 0 ? null : 2016 - ageIn2016;
    SplittableRandom tactics = incident.of(SUSPECT_DISRUPTION);
    List<String> disruption = new ArrayList<>();
    if (Randoms.chance(tactics, 0.4)) {
      disruption.add(DISRUPTION[Randoms.weighted(tactics, DISRUPTION_WEIGHTS)]);
      if (Randoms.chance(tactics, 0.25)) {
        String second = DISRUPTION[Randoms.weighted(tactics, DISRUPTION_WEIGHTS)];
        if (!disruption.contains(second)) {
          disruption.add(second);
        }
      }
    }
    // The suspect's ethnicity and previous offending are the person's; whether a link records them is the incident's.
    String ethnicity = SUSPECT_ETHNICITY_CODES[Randoms.weighted(person.of(SUSPECT_ETHNICITY), SUSPECT_ETHNICITY_WEIGHTS)];
    boolean previous = Randoms.chance(person.of(SUSPECT_PREVIOUS), 0.45);
    return new SyntheticChild.SuspectLink("S" + Randoms.pseudonym(config.seed(), streamId, suspect), gender,
        birthYear, STATUS[Randoms.weighted(incident.of(SUSPECT_STATUS), STATUS_WEIGHTS)], List.copyOf(disruption),
        Randoms.chance(incident.of(SUSPECT_ETHNICITY), 0.8) ? ethnicity : null,
        Randoms.chance(incident.of(SUSPECT_PREVIOUS), 0.7) ? previous : null);
  }

  /** Where the child was met or where the offence happened, or null (not recorded). */
  private static String locationRole(SplittableRandom rng, boolean online) {
    if (!Randoms.chance(rng, 0.75)) {
      return null;
    }
    return Randoms.chance(rng, online ? 0.7 : 0.35) ? "met" : "offence";
  }

  private String authority(SplittableRandom rng) {
    return config.authorities().get(Randoms.weighted(rng, authorityWeights));
  }

  /** Identification dates rise gently over the window, as recorded cohorts do as awareness grows. */
  private LocalDate identificationDate(SplittableRandom rng) {
    long days = ChronoUnit.DAYS.between(config.from(), config.to());
    // Density proportional to (1 + t), t in [0, 1]: inverse CDF of (t + t^2/2) / 1.5.
    double u = rng.nextDouble();
    double t = -1 + Math.sqrt(1 + 3 * u);
    return config.from().plusDays(Math.min(days, Math.round(t * days)));
  }

  /** A birth date whose completed age on {@code date} is exactly {@code age}. */
  private static LocalDate birthDateForAge(SplittableRandom rng, LocalDate date, int age) {
    // Birth months whose first day gives exactly this age on the date; pick one, then a day within it.
    YearMonth latest = YearMonth.from(date.minusYears(age));
    List<YearMonth> months = new ArrayList<>();
    for (int back = 0; back < 13; back++) {
      YearMonth m = latest.minusMonths(back);
      if (java.time.Period.between(m.atDay(1), date).getYears() == age) {
        months.add(m);
      }
    }
    YearMonth month = months.get(rng.nextInt(months.size()));
    int lastDay = month.equals(YearMonth.from(date)) ? date.getDayOfMonth() : month.lengthOfMonth();
    return month.atDay(1 + rng.nextInt(Math.min(lastDay, 28)));
  }

  private static String stream(String extract, String column) {
    return extract + "." + column;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
