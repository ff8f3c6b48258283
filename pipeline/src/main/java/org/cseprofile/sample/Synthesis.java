package org.cseprofile.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

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

  private final SampleConfig config;
  private final double[] authorityWeights;
  private final int suspectPool;

  Synthesis(SampleConfig config) {
    this.config = config;
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

  /** The {@code index}-th child of the CSE register. */
  SyntheticChild cohortChild(long index) {
    SplittableRandom rng = Randoms.forItem(config.seed(), COHORT_STREAM, index);
    String id = Randoms.pseudonym(config.seed(), COHORT_STREAM, index);
    String la = authority(rng);
    String gender = GENDERS[Randoms.weighted(rng, COHORT_GENDER_WEIGHTS)];
    LocalDate identified = identificationDate(rng);
    int age = AGES_AT_IDENTIFICATION[Randoms.weighted(rng, AGE_WEIGHTS)];
    LocalDate birth = birthDateForAge(rng, identified, age);
    String ethnicity = ETHNICITY[Randoms.weighted(rng, ETHNICITY_WEIGHTS)];

    List<SyntheticChild.Episode> episodes = new ArrayList<>();
    boolean missingHistory = Randoms.chance(rng, 0.88);
    boolean lookedAfter = Randoms.chance(rng, 0.16);
    String cp = CP[Randoms.weighted(rng, CP_WEIGHTS)];
    boolean domesticAbuse = Randoms.chance(rng, 0.21);
    boolean rape = Randoms.chance(rng, 0.20);
    LocalDate start = identified;
    String episodeLa = la;
    LocalDate eighteenth = birth.withDayOfMonth(1).plusYears(18);
    for (int e = 0; e < 2 && !start.isAfter(config.to()) && start.isBefore(eighteenth); e++) {
      LocalDate closed = start.plusDays(Math.max(14, Randoms.logNormalDays(rng, 170, 0.7)));
      if (!closed.isBefore(eighteenth)) {
        closed = eighteenth.minusDays(1); // services close CSE concern at 18
      }
      if (closed.isAfter(config.to())) {
        closed = null;
      }
      episodes.add(episode(rng, episodeLa, start, closed, lookedAfter, cp, domesticAbuse, rape, missingHistory));
      if (closed == null || !Randoms.chance(rng, 0.15)) {
        break;
      }
      start = closed.plusDays(30 + rng.nextInt(330));
      if (Randoms.chance(rng, 0.1)) {
        episodeLa = authority(rng);
      }
    }
    LocalDate riskFrom = max(config.from(), identified.minusDays(365));
    LocalDate lastClosed = episodes.get(episodes.size() - 1).closed();
    LocalDate riskTo = lastClosed == null ? config.to() : min(config.to(), lastClosed.plusDays(180));
    List<SyntheticChild.MissingEpisode> missing =
        missingHistory ? missingEpisodes(rng, la, riskFrom, riskTo, 1 + Randoms.geometric(rng, 4.0)) : List.of();
    LocalDate activeTo = lastClosed == null ? config.to() : min(config.to(), lastClosed);
    return new SyntheticChild(id, la, gender, birth, ethnicity, List.copyOf(episodes), missing,
        education(rng, identified, activeTo), health(rng, identified, activeTo, 1.0),
        incidents(rng, index, id, la, identified, activeTo));
  }

  private SyntheticChild.Episode episode(
      SplittableRandom rng, String la, LocalDate identified, LocalDate closed, boolean lookedAfter, String cp,
      boolean domesticAbuse, boolean rape, boolean missing) {
    List<String> cin = new ArrayList<>();
    if (Randoms.chance(rng, 0.75)) {
      cin.add("11A");
    }
    if (missing && Randoms.chance(rng, 0.6)) {
      cin.add("10A");
    }
    if (Randoms.chance(rng, 0.04)) {
      cin.add("12A");
    }
    if (Randoms.chance(rng, 0.06)) {
      cin.add("13A");
    }
    if (Randoms.chance(rng, 0.09)) {
      cin.add("24A");
    }
    if (domesticAbuse && Randoms.chance(rng, 0.7)) {
      cin.add("3A");
    }
    LocalDate assessed = Randoms.chance(rng, 0.9) ? identified.plusDays(Randoms.geometric(rng, 12)) : null;
    LocalDate planned = Randoms.chance(rng, 0.8) ? identified.plusDays(7 + Randoms.geometric(rng, 20)) : null;
    LocalDate limit = closed == null ? config.to() : closed;
    return new SyntheticChild.Episode(la, identified, closed,
        RISK[Randoms.weighted(rng, RISK_WEIGHTS)], MODELS[Randoms.weighted(rng, MODEL_WEIGHTS)],
        Randoms.chance(rng, 0.95) ? lookedAfter : null, cp, List.copyOf(cin),
        Randoms.chance(rng, 0.9) ? domesticAbuse : null, Randoms.chance(rng, 0.85) ? rape : null,
        assessed == null || assessed.isAfter(limit) ? null : assessed,
        planned == null || planned.isAfter(limit) ? null : planned);
  }

  /** The {@code index}-th child who went missing but is not on the CSE register. */
  SyntheticChild missingOnlyChild(long index) {
    SplittableRandom rng = Randoms.forItem(config.seed(), MISSING_ONLY_STREAM, index);
    String id = Randoms.pseudonym(config.seed(), MISSING_ONLY_STREAM, index);
    String la = authority(rng);
    String gender = GENDERS[Randoms.weighted(rng, MISSING_GENDER_WEIGHTS)];
    LocalDate first = Randoms.date(rng, config.from(), config.to());
    LocalDate birth = birthDateForAge(rng, first, 10 + rng.nextInt(8));
    LocalDate eighteenth = birth.withDayOfMonth(1).plusYears(18);
    List<SyntheticChild.MissingEpisode> missing =
        missingEpisodes(rng, la, first, min(config.to(), eighteenth.minusDays(1)), 1 + Randoms.geometric(rng, 1.5));
    List<SyntheticChild.EducationRecord> education =
        Randoms.chance(rng, 0.5) ? education(rng, first, config.to()) : List.of();
    return new SyntheticChild(id, la, gender, birth, null, List.of(), missing, education,
        health(rng, first, config.to(), 0.4), List.of());
  }

  /** The {@code index}-th incident with no identified victim. */
  SyntheticChild.Incident unlinkedIncident(long index) {
    SplittableRandom rng = Randoms.forItem(config.seed(), UNLINKED_INCIDENT_STREAM, index);
    return incident(rng, "U" + Randoms.pseudonym(config.seed(), UNLINKED_INCIDENT_STREAM, index), authority(rng),
        Randoms.date(rng, config.from(), config.to()), null);
  }

  private List<SyntheticChild.MissingEpisode> missingEpisodes(
      SplittableRandom rng, String la, LocalDate from, LocalDate to, int count) {
    List<SyntheticChild.MissingEpisode> episodes = new ArrayList<>();
    long window = Math.max(1, ChronoUnit.DAYS.between(from, to));
    long meanGap = Math.max(2, window / (count + 1));
    LocalDate cursor = from.plusDays(rng.nextLong(Math.max(1, meanGap)));
    Geography.Area area = Geography.area(la);
    for (int i = 0; i < count && !cursor.isAfter(to); i++) {
      int band = Randoms.weighted(rng, new double[] {45, 35, 15, 5});
      long days = switch (band) {
        case 0 -> 0;
        case 1 -> 1 + rng.nextInt(2);
        case 2 -> 3 + rng.nextInt(5);
        default -> 8 + rng.nextInt(23);
      };
      LocalDate end = cursor.plusDays(days);
      String episodeLa = config.authorities().size() > 1 && Randoms.chance(rng, 0.12) ? authority(rng) : la;
      String type = Randoms.chance(rng, 0.85) ? "M" : "A";
      if (end.isAfter(config.to())) {
        episodes.add(new SyntheticChild.MissingEpisode(episodeLa, type, cursor, null, null, null, null, null));
        break;
      }
      LocalDate offered = null;
      int rhi = Randoms.weighted(rng, new double[] {60, 25, 15});
      if (rhi == 0) {
        offered = end.plusDays(rng.nextInt(3));
      } else if (rhi == 1) {
        offered = end.plusDays(4 + rng.nextInt(7));
      }
      if (offered != null && offered.isAfter(config.to())) {
        offered = null;
      }
      Boolean accepted = offered == null ? null : Randoms.chance(rng, 0.65);
      int[] found = Randoms.chance(rng, 0.5) ? Geography.location(rng, Geography.area(episodeLa)) : null;
      episodes.add(new SyntheticChild.MissingEpisode(episodeLa, type, cursor, end, offered, accepted,
          found == null ? null : found[0], found == null ? null : found[1]));
      cursor = end.plusDays(1 + Randoms.geometric(rng, meanGap));
    }
    return List.copyOf(episodes);
  }

  private List<SyntheticChild.EducationRecord> education(SplittableRandom rng, LocalDate from, LocalDate to) {
    List<SyntheticChild.EducationRecord> records = new ArrayList<>();
    LocalDate date = from.minusDays(rng.nextInt(60));
    int status = Randoms.weighted(rng, EDUCATION_WEIGHTS);
    boolean roni = Randoms.chance(rng, 0.30);
    boolean absent = Randoms.chance(rng, 0.35);
    while (!date.isAfter(to) && records.size() < 4) {
      records.add(new SyntheticChild.EducationRecord(date, EDUCATION[status],
          Randoms.chance(rng, 0.9) ? roni : null, Randoms.chance(rng, 0.9) ? absent : null,
          EXCLUSION[Randoms.weighted(rng, EXCLUSION_WEIGHTS)]));
      date = date.plusDays(150 + rng.nextInt(60));
      if (Randoms.chance(rng, 0.25)) {
        status = Randoms.weighted(rng, EDUCATION_WEIGHTS);
      }
    }
    return List.copyOf(records);
  }

  private List<SyntheticChild.HealthContact> health(SplittableRandom rng, LocalDate from, LocalDate to, double scale) {
    List<SyntheticChild.HealthContact> contacts = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    LocalDate start = max(config.from(), from.minusDays(180));
    LocalDate end = min(config.to(), to.plusDays(90));
    for (int s = 0; s < SERVICES.length; s++) {
      if (!Randoms.chance(rng, SERVICE_CHANCE[s] * scale)) {
        continue;
      }
      int n = 1 + rng.nextInt(3);
      for (int i = 0; i < n; i++) {
        LocalDate date = Randoms.date(rng, start, end);
        if (keys.add(date + SERVICES[s])) {
          contacts.add(new SyntheticChild.HealthContact(date, SERVICES[s]));
        }
      }
    }
    return List.copyOf(contacts);
  }

  private List<SyntheticChild.Incident> incidents(
      SplittableRandom rng, long childIndex, String childId, String la, LocalDate identified, LocalDate to) {
    int n = Randoms.poisson(rng, 2.2);
    List<SyntheticChild.Incident> incidents = new ArrayList<>();
    LocalDate from = max(config.from(), identified.minusDays(60));
    for (int k = 0; k < n; k++) {
      String id = "I" + Randoms.pseudonym(config.seed(), INCIDENT_STREAM, (childIndex << 8) | k);
      String incidentLa = config.authorities().size() > 1 && Randoms.chance(rng, 0.1) ? authority(rng) : la;
      incidents.add(incident(rng, id, incidentLa, Randoms.date(rng, from, to),
          Randoms.chance(rng, 0.95) ? childId : null));
    }
    return List.copyOf(incidents);
  }

  private SyntheticChild.Incident incident(
      SplittableRandom rng, String id, String la, LocalDate recorded, String victimId) {
    String contact = CONTACT[Randoms.weighted(rng, CONTACT_WEIGHTS)];
    boolean online = contact.equals("online") || contact.equals("non_contact") && Randoms.chance(rng, 0.6);
    String place = online ? "online" : PLACES[Randoms.weighted(rng, PLACE_WEIGHTS)];
    int[] location = online ? null : Geography.location(rng, Geography.area(la));
    String platform = online ? PLATFORMS[Randoms.weighted(rng, PLATFORM_WEIGHTS)] : null;
    List<SyntheticChild.SuspectLink> suspects = new ArrayList<>();
    int count = Randoms.weighted(rng, new double[] {30, 55, 10, 5});
    Set<Integer> chosen = new HashSet<>();
    for (int s = 0; s < count; s++) {
      double u = rng.nextDouble();
      int suspect = (int) Math.floor(suspectPool * u * u); // a few prolific suspects, many occasional ones
      if (!chosen.add(suspect)) {
        continue;
      }
      suspects.add(suspectLink(rng, suspect));
    }
    return new SyntheticChild.Incident(id, recorded, la, INCIDENT_TYPES[Randoms.weighted(rng, INCIDENT_TYPE_WEIGHTS)],
        contact, place, location == null ? null : location[0], location == null ? null : location[1],
        victimId, platform, List.copyOf(suspects));
  }

  private SyntheticChild.SuspectLink suspectLink(SplittableRandom incidentRng, int suspect) {
    SplittableRandom person = Randoms.forItem(config.seed(), SUSPECT_STREAM, suspect);
    String gender = GENDERS[Randoms.weighted(person, new double[] {8, 90, 2})];
    int ageBand = Randoms.weighted(person, new double[] {14, 32, 28, 21, 5});
    int ageIn2016 = switch (ageBand) {
      case 0 -> 14 + person.nextInt(4);
      case 1 -> 18 + person.nextInt(7);
      case 2 -> 25 + person.nextInt(11);
      case 3 -> 36 + person.nextInt(25);
      default -> -1;
    };
    Integer birthYear = ageIn2016 < 0 ? null : 2016 - ageIn2016;
    List<String> disruption = new ArrayList<>();
    if (Randoms.chance(incidentRng, 0.4)) {
      disruption.add(DISRUPTION[Randoms.weighted(incidentRng, DISRUPTION_WEIGHTS)]);
      if (Randoms.chance(incidentRng, 0.25)) {
        String second = DISRUPTION[Randoms.weighted(incidentRng, DISRUPTION_WEIGHTS)];
        if (!disruption.contains(second)) {
          disruption.add(second);
        }
      }
    }
    return new SyntheticChild.SuspectLink("S" + Randoms.pseudonym(config.seed(), SUSPECT_STREAM, suspect), gender,
        birthYear, STATUS[Randoms.weighted(incidentRng, STATUS_WEIGHTS)], List.copyOf(disruption));
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

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
