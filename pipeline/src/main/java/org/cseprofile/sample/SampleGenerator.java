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
import org.cseprofile.ingest.ExtractSpec;
import org.cseprofile.ingest.FieldSpec;
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
    try (ExtractCsv cohort = ExtractCsv.singleFile(dir, CohortExtract.NAME, headers(CohortExtract.SPEC));
        ExtractCsv education = ExtractCsv.singleFile(dir, EducationExtract.NAME, headers(EducationExtract.SPEC));
        ExtractCsv health = ExtractCsv.singleFile(dir, HealthExtract.NAME, headers(HealthExtract.SPEC));
        ExtractCsv missing = ExtractCsv.perAuthority(dir, MissingExtract.NAME, headers(MissingExtract.SPEC),
            ExtractCsv.UK_DATE);
        ExtractCsv incidents = ExtractCsv.singleFile(dir, IncidentsExtract.NAME, headers(IncidentsExtract.SPEC));
        ExtractCsv suspects = ExtractCsv.singleFile(dir, SuspectsExtract.NAME, headers(SuspectsExtract.SPEC))) {
      List.of(cohort, education, health, incidents, suspects).forEach(ExtractCsv::ensureExists);
      for (long i = 0; i < config.children(); i++) {
        SyntheticChild child = synthesis.cohortChild(i);
        truth.addChild(child);
        writeCohort(cohort, child);
        writeCommon(child, education, health, missing, incidents, suspects);
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
      out.write(e.laCode(), child.id(), e.laCode(), MONTH.format(child.birthDate()), child.gender(),
          child.ethnicity(), e.identified(), e.closed(), e.riskLevel(), e.cseModel(), e.lookedAfter(), e.cpPlan(),
          e.cinFactors().isEmpty() ? null : e.cinFactors(), e.domesticAbuse(), e.priorRapeAllegation(),
          e.riskAssessed(), e.planned());
    }
  }

  private static void writeCommon(
      SyntheticChild child, ExtractCsv education, ExtractCsv health, ExtractCsv missing, ExtractCsv incidents,
      ExtractCsv suspects) {
    for (SyntheticChild.EducationRecord r : child.education()) {
      education.write(child.laCode(), child.id(), r.recorded(), r.status(), r.roni(), r.persistentAbsence(),
          r.exclusion());
    }
    for (SyntheticChild.HealthContact c : child.health()) {
      health.write(child.laCode(), child.id(), c.date(), c.service());
    }
    for (SyntheticChild.MissingEpisode m : child.missing()) {
      missing.write(m.laCode(), child.id(), child.birthDate(), m.type(), m.start(), m.end(), m.laCode(),
          m.rhiOffered(), m.rhiAccepted(), m.foundEasting(), m.foundNorthing());
    }
    for (SyntheticChild.Incident incident : child.incidents()) {
      writeIncident(incidents, suspects, incident);
    }
  }

  private static void writeIncident(ExtractCsv incidents, ExtractCsv suspects, SyntheticChild.Incident i) {
    incidents.write(i.laCode(), i.id(), i.recorded(), i.laCode(), i.type(), i.contactType(), i.placeType(),
        i.easting(), i.northing(), i.victimId(), i.platform());
    for (SyntheticChild.SuspectLink s : i.suspects()) {
      suspects.write(i.laCode(), i.id(), s.suspectId(), s.gender(), s.birthYear(), s.status(),
          s.disruption().isEmpty() ? null : s.disruption());
    }
  }

  private static List<String> headers(ExtractSpec spec) {
    return spec.fields().stream().map(FieldSpec::header).toList();
  }
}
