package org.cseprofile.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.EducationExtract;
import org.cseprofile.ingest.HealthExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.ingest.SuspectsExtract;

/**
 * Writes a coherent synthetic multi-agency data set in the contract format, child by child so
 * memory stays constant from a county to national volumes, and the ground truth of what it planted.
 */
public final class SampleGenerator {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private SampleGenerator() {}

  /** Generates the clean data set described by {@code config}. */
  public static SampleSummary generate(SampleConfig config) {
    return generate(config, SampleVariant.CLEAN);
  }

  /** Generates the data set described by {@code config}, clean or with known defects. */
  public static SampleSummary generate(SampleConfig config, SampleVariant variant) {
    Path dir = Path.of(config.output());
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create output folder " + dir, e);
    }
    Synthesis synthesis = new Synthesis(config);
    GroundTruth truth = new GroundTruth(config.from(), config.to());
    Map<String, Long> rows = new LinkedHashMap<>();
    try (ExtractCsv cohort = ExtractCsv.singleFile(dir, CohortExtract.SPEC);
        ExtractCsv education = ExtractCsv.singleFile(dir, EducationExtract.SPEC);
        ExtractCsv health = ExtractCsv.singleFile(dir, HealthExtract.SPEC);
        ExtractCsv missing = ExtractCsv.perAuthority(dir, MissingExtract.SPEC, ExtractCsv.UK_DATE);
        ExtractCsv incidents = ExtractCsv.singleFile(dir, IncidentsExtract.SPEC);
        ExtractCsv suspects = ExtractCsv.singleFile(dir, SuspectsExtract.SPEC)) {
      List.of(cohort, education, health, incidents, suspects).forEach(ExtractCsv::ensureExists);
      for (long i = 0; i < config.children(); i++) {
        SyntheticChild child = synthesis.cohortChild(i);
        truth.addChild(child);
        writeCohort(cohort, child);
        writeCommon(child, education, health, missing, incidents, suspects);
      }
      for (PlantedGroup group : synthesis.plantedGroups()) {
        for (SyntheticChild child : group.children()) {
          truth.addChild(child);
          writeCohort(cohort, child);
          writeCommon(child, education, health, missing, incidents, suspects);
        }
        truth.addPlantedGroup(group);
      }
      long missingOnly = Math.round(config.children() * Synthesis.MISSING_ONLY_PER_COHORT_CHILD);
      for (long i = 0; i < missingOnly; i++) {
        SyntheticChild child = synthesis.missingOnlyChild(i);
        truth.addChild(child);
        writeCommon(child, education, health, missing, incidents, suspects);
      }
      long unlinked = Math.round(config.children() * Synthesis.UNLINKED_INCIDENTS_PER_COHORT_CHILD);
      for (long i = 0; i < unlinked; i++) {
        SyntheticChild.Incident incident = synthesis.unlinkedIncident(i);
        truth.addUnlinkedIncident(incident);
        writeIncident(incidents, suspects, incident);
      }
      rows.put(CohortExtract.NAME, cohort.rows());
      rows.put(EducationExtract.NAME, education.rows());
      rows.put(HealthExtract.NAME, health.rows());
      rows.put(MissingExtract.NAME, missing.rows());
      rows.put(IncidentsExtract.NAME, incidents.rows());
      rows.put(SuspectsExtract.NAME, suspects.rows());
    }
    SyntheticReference.write(dir, config);
    Path truthFile = dir.resolve(GroundTruth.FILE_NAME);
    if (variant == SampleVariant.CLEAN) {
      truth.write(truthFile, config, rows);
      return new SampleSummary(dir.toString(), rows, truthFile.toString(), Map.of());
    }
    DefectInjector.Defects defects = DefectInjector.inject(dir, config);
    Map<String, Long> dirtyRows = new LinkedHashMap<>();
    rows.keySet().forEach(extract -> dirtyRows.put(extract, 0L));
    Map<String, Long> byRule = new java.util.TreeMap<>();
    defects.files().forEach((file, expected) -> {
      dirtyRows.merge(file.contains("/") ? file.substring(0, file.indexOf('/')) : file.replace(".csv", ""),
          expected.rows, Long::sum);
      expected.quarantined.forEach((rule, n) -> byRule.merge(rule, n, Long::sum));
      expected.warned.forEach((rule, n) -> byRule.merge(rule, n, Long::sum));
    });
    truth.write(truthFile, config, dirtyRows, defects);
    return new SampleSummary(dir.toString(), dirtyRows, truthFile.toString(), byRule);
  }

  private static void writeCohort(ExtractCsv out, SyntheticChild child) {
    for (SyntheticChild.Episode e : child.episodes()) {
      ExtractCsv.Row row = out.row(e.laCode());
      e.yesNo().forEach(row::set);
      row.set(CohortExtract.CHILD_ID, child.id())
          .set(CohortExtract.LA_CODE, e.laCode())
          .set(CohortExtract.BIRTH_MONTH, MONTH.format(child.birthDate()))
          .set(CohortExtract.GENDER, child.gender())
          .set(CohortExtract.ETHNICITY, child.ethnicity())
          .set(CohortExtract.IDENTIFIED_DATE, e.identified())
          .set(CohortExtract.CLOSED_DATE, e.closed())
          .set(CohortExtract.RISK_LEVEL, e.riskLevel())
          .set(CohortExtract.CSE_MODEL, e.cseModel())
          .set(CohortExtract.CP_PLAN, e.cpPlan())
          .set(CohortExtract.CIN_FACTORS, e.cinFactors().isEmpty() ? null : e.cinFactors())
          .set(CohortExtract.RISK_ASSESSMENT_DATE, e.riskAssessed())
          .set(CohortExtract.PLAN_DATE, e.planned())
          .set(CohortExtract.REFERRAL_SOURCE, e.referralSource())
          .write();
    }
  }

  private static void writeCommon(
      SyntheticChild child, ExtractCsv education, ExtractCsv health, ExtractCsv missing, ExtractCsv incidents,
      ExtractCsv suspects) {
    for (SyntheticChild.EducationRecord r : child.education()) {
      education.row(child.laCode())
          .set(EducationExtract.CHILD_ID, child.id())
          .set(EducationExtract.RECORDED_DATE, r.recorded())
          .set(EducationExtract.EDUCATION_STATUS, r.status())
          .set(EducationExtract.RONI, r.roni())
          .set(EducationExtract.PERSISTENT_ABSENCE, r.persistentAbsence())
          .set(EducationExtract.EXCLUSION, r.exclusion())
          .write();
    }
    for (SyntheticChild.HealthContact c : child.health()) {
      health.row(child.laCode())
          .set(HealthExtract.CHILD_ID, child.id())
          .set(HealthExtract.CONTACT_DATE, c.date())
          .set(HealthExtract.SERVICE, c.service())
          .write();
    }
    for (SyntheticChild.MissingEpisode m : child.missing()) {
      missing.row(m.laCode())
          .set(MissingExtract.CHILD_ID, child.id())
          .set(MissingExtract.BIRTH_MONTH, child.birthDate())
          .set(MissingExtract.MISSING_TYPE, m.type())
          .set(MissingExtract.START_DATE, m.start())
          .set(MissingExtract.END_DATE, m.end())
          .set(MissingExtract.LA_CODE, m.laCode())
          .set(MissingExtract.RHI_OFFERED_DATE, m.rhiOffered())
          .set(MissingExtract.RHI_ACCEPTED, m.rhiAccepted())
          .set(MissingExtract.FOUND_EASTING, m.foundEasting())
          .set(MissingExtract.FOUND_NORTHING, m.foundNorthing())
          .write();
    }
    for (SyntheticChild.Incident incident : child.incidents()) {
      writeIncident(incidents, suspects, incident);
    }
  }

  private static void writeIncident(ExtractCsv incidents, ExtractCsv suspects, SyntheticChild.Incident i) {
    incidents.row(i.laCode())
        .set(IncidentsExtract.INCIDENT_ID, i.id())
        .set(IncidentsExtract.RECORDED_DATE, i.recorded())
        .set(IncidentsExtract.LA_CODE, i.laCode())
        .set(IncidentsExtract.INCIDENT_TYPE, i.type())
        .set(IncidentsExtract.CONTACT_TYPE, i.contactType())
        .set(IncidentsExtract.PLACE_TYPE, i.placeType())
        .set(IncidentsExtract.EASTING, i.easting())
        .set(IncidentsExtract.NORTHING, i.northing())
        .set(IncidentsExtract.VICTIM_ID, i.victimId())
        .set(IncidentsExtract.PLATFORM, i.platform())
        .set(IncidentsExtract.LOCATION_ROLE, i.locationRole())
        .write();
    for (SyntheticChild.SuspectLink s : i.suspects()) {
      suspects.row(i.laCode())
          .set(SuspectsExtract.INCIDENT_ID, i.id())
          .set(SuspectsExtract.SUSPECT_ID, s.suspectId())
          .set(SuspectsExtract.GENDER, s.gender())
          .set(SuspectsExtract.BIRTH_YEAR, s.birthYear())
          .set(SuspectsExtract.STATUS, s.status())
          .set(SuspectsExtract.DISRUPTION, s.disruption().isEmpty() ? null : s.disruption())
          .set(SuspectsExtract.ETHNICITY, s.ethnicity())
          .set(SuspectsExtract.PREVIOUS_OFFENDING, s.previousOffending())
          .write();
    }
  }
}
