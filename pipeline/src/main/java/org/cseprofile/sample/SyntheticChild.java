package org.cseprofile.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything the generator decided about one child, before it is written out as extract rows. */
record SyntheticChild(
    String id, String laCode, String gender, LocalDate birthDate, String ethnicity,
    List<Episode> episodes, List<MissingEpisode> missing, List<EducationRecord> education,
    List<HealthContact> health, List<Incident> incidents) {

  /**
   * An episode of CSE concern (one row of the cohort extract); {@code yesNo}: the Y/N facts by column, null when
   * blank; {@code referralSource}: a CIN census referral source code, null when blank.
   */
  record Episode(
      String laCode, LocalDate identified, LocalDate closed, String riskLevel, String cseModel,
      String cpPlan, List<String> cinFactors, Map<String, Boolean> yesNo, LocalDate riskAssessed, LocalDate planned,
      String referralSource) {}

  /** A missing or away episode (one row of the SSDA903 missing table). */
  record MissingEpisode(
      String laCode, String type, LocalDate start, LocalDate end, LocalDate rhiOffered, Boolean rhiAccepted,
      Integer foundEasting, Integer foundNorthing) {}

  /** An education record. */
  record EducationRecord(LocalDate recorded, String status, Boolean roni, Boolean persistentAbsence, String exclusion) {}

  /** A health service contact. */
  record HealthContact(LocalDate date, String service) {}

  /** A police incident and its suspects. */
  record Incident(
      String id, LocalDate recorded, String laCode, String type, String contactType, String placeType,
      Integer easting, Integer northing, String victimId, String platform, String locationRole,
      List<SuspectLink> suspects) {}

  /** A suspect linked to an incident; ethnicity (a DfE code) and previous offending are null when not recorded. */
  record SuspectLink(String suspectId, String gender, Integer birthYear, String status, List<String> disruption,
      String ethnicity, Boolean previousOffending) {}

  /** The birth month as the pipeline stores it: the first day of the month. */
  LocalDate birthMonth() {
    return birthDate.withDayOfMonth(1);
  }
}
