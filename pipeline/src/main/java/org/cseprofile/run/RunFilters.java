package org.cseprofile.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.EducationExtract;
import org.cseprofile.ingest.ExtractData;
import org.cseprofile.ingest.HealthExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.IngestResult;
import org.cseprofile.ingest.LocalAuthorities;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.ingest.SuspectsExtract;
import org.cseprofile.period.Period;
import org.cseprofile.profile.Ages;

/**
 * The ad hoc filters of a run (local authorities, gender, age range, CSE model), applied to the
 * accepted rows between ingest and profile so the statistics are computed exactly as for the
 * standard profile, over fewer rows. Which rows each filter keeps in each extract is defined in
 * docs/filters.md; an empty filter keeps everything.
 */
public record RunFilters(List<String> laCodes, String gender, Integer ageMin, Integer ageMax, String cseModel) {

  /** No filter: the standard profile. */
  public static final RunFilters NONE = new RunFilters(List.of(), null, null, null, null);
  /** The oldest age a filter may name. */
  public static final int OLDEST_AGE = 25;

  private static final Pattern LA_CODE = Pattern.compile("[EWSN]\\d{8}");
  private static final String KEY = "_filter_key";

  public RunFilters {
    laCodes = List.copyOf(new TreeSet<>(Objects.requireNonNull(laCodes, "laCodes")));
    for (String code : laCodes) {
      if (!LA_CODE.matcher(code).matches()) {
        throw new IllegalArgumentException("--la must be an ONS local authority code such as E06000043");
      }
    }
    if (gender != null && !List.of("F", "M", "U").contains(gender)) {
      throw new IllegalArgumentException("--gender must be F, M or U");
    }
    for (Integer age : new Integer[] {ageMin, ageMax}) {
      if (age != null && (age < 0 || age > OLDEST_AGE)) {
        throw new IllegalArgumentException("--age-min and --age-max must be ages from 0 to " + OLDEST_AGE);
      }
    }
    if (ageMin != null && ageMax != null && ageMin > ageMax) {
      throw new IllegalArgumentException("--age-min must not be greater than --age-max");
    }
    if (cseModel != null && !CohortExtract.SPEC.field(CohortExtract.CSE_MODEL).orElseThrow().codes().contains(cseModel)) {
      throw new IllegalArgumentException("--cse-model must be one of "
          + String.join(", ", CohortExtract.SPEC.field(CohortExtract.CSE_MODEL).orElseThrow().codes()));
    }
  }

  /** Whether no filter is set (the standard profile). */
  public boolean isEmpty() {
    return laCodes.isEmpty() && gender == null && ageMin == null && ageMax == null && cseModel == null;
  }

  /** The filters in words, for outputs: "local authority E10000032 (West Sussex); gender F; ...". */
  public String description() {
    if (isEmpty()) {
      return "none (standard profile)";
    }
    List<String> parts = new ArrayList<>();
    if (!laCodes.isEmpty()) {
      parts.add((laCodes.size() == 1 ? "local authority " : "local authorities ")
          + String.join(", ", laCodes.stream().map(c -> c + " (" + LocalAuthorities.name(c) + ")").toList()));
    }
    if (gender != null) {
      parts.add("gender " + gender);
    }
    if (ageMin != null || ageMax != null) {
      parts.add(ageMax == null ? "aged " + ageMin + " or over at period end"
          : ageMin == null ? "aged " + ageMax + " or under at period end"
          : "aged " + ageMin + " to " + ageMax + " at period end");
    }
    if (cseModel != null) {
      parts.add("CSE model " + cseModel);
    }
    return String.join("; ", parts);
  }

  /** A folder name naming the filters, for the run's own output location: "la-E10000032_gender-F_age-13-17". */
  public String folderName() {
    if (isEmpty()) {
      throw new IllegalStateException("the standard profile has no filter folder");
    }
    List<String> parts = new ArrayList<>();
    if (!laCodes.isEmpty()) {
      parts.add("la-" + String.join("+", laCodes));
    }
    if (gender != null) {
      parts.add("gender-" + gender);
    }
    if (ageMin != null || ageMax != null) {
      parts.add("age-" + (ageMin == null ? 0 : ageMin) + "-" + (ageMax == null ? "up" : ageMax));
    }
    if (cseModel != null) {
      parts.add("model-" + cseModel);
    }
    return String.join("_", parts);
  }

  /** The filters as a map for the manifest (absent filters left out). */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    if (!laCodes.isEmpty()) {
      map.put("la", laCodes);
    }
    if (gender != null) {
      map.put("gender", gender);
    }
    if (ageMin != null) {
      map.put("age_min", ageMin);
    }
    if (ageMax != null) {
      map.put("age_max", ageMax);
    }
    if (cseModel != null) {
      map.put("cse_model", cseModel);
    }
    return map;
  }

  /**
   * The accepted rows these filters keep, extract by extract (quarantined rows and the row
   * accounting are left as they are). A filter is applied to a row's own column where the extract
   * has one; otherwise through the child's cohort episodes (docs/filters.md).
   */
  public IngestResult apply(IngestResult ingested, Period period) {
    if (isEmpty()) {
      return ingested;
    }
    Dataset<Row> episodes = ingested.extract(CohortExtract.NAME).accepted();
    Column[] personal = {genderIs(col(CohortExtract.GENDER)), ageIn(col(CohortExtract.BIRTH_MONTH), period),
        modelIs(col(CohortExtract.CSE_MODEL))};
    Column onLa = laIn(col(CohortExtract.LA_CODE));

    Dataset<Row> cohort = keep(episodes, onLa, personal[0], personal[1], personal[2]);
    Dataset<Row> filteredChildren = children(cohort);
    Dataset<Row> childrenOfPerson = children(keep(episodes, personal));
    Dataset<Row> childrenOfGenderAndModel = children(keep(episodes, personal[0], personal[2]));

    Map<String, Dataset<Row>> kept = new LinkedHashMap<>();
    kept.put(CohortExtract.NAME, cohort);

    Dataset<Row> missing = keep(ingested.extract(MissingExtract.NAME).accepted(),
        laIn(col(MissingExtract.LA_CODE)), ageIn(col(MissingExtract.BIRTH_MONTH), period));
    if (gender != null || cseModel != null) {
      missing = semiJoin(missing, MissingExtract.CHILD_ID, childrenOfGenderAndModel);
    }
    kept.put(MissingExtract.NAME, missing);

    Dataset<Row> incidents = keep(ingested.extract(IncidentsExtract.NAME).accepted(), laIn(col(IncidentsExtract.LA_CODE)));
    if (gender != null || ageMin != null || ageMax != null || cseModel != null) {
      incidents = semiJoin(incidents, IncidentsExtract.VICTIM_ID, childrenOfPerson);
    }
    kept.put(IncidentsExtract.NAME, incidents);
    kept.put(SuspectsExtract.NAME, semiJoin(ingested.extract(SuspectsExtract.NAME).accepted(), SuspectsExtract.INCIDENT_ID,
        incidents.select(col(IncidentsExtract.INCIDENT_ID).as(KEY)).distinct()));
    kept.put(EducationExtract.NAME,
        semiJoin(ingested.extract(EducationExtract.NAME).accepted(), EducationExtract.CHILD_ID, filteredChildren));
    kept.put(HealthExtract.NAME,
        semiJoin(ingested.extract(HealthExtract.NAME).accepted(), HealthExtract.CHILD_ID, filteredChildren));

    Map<String, ExtractData> extracts = new LinkedHashMap<>();
    ingested.extracts().forEach((name, data) -> extracts.put(name,
        new ExtractData(data.spec(), kept.getOrDefault(name, data.accepted()), data.quarantined(), data.warnings())));
    return new IngestResult(extracts, ingested.files(), ingested.completeness(), ingested.ignoredFiles(),
        ingested.runDate(), ingested.mappings(), ingested.advice());
  }

  private Column laIn(Column laCode) {
    return laCodes.isEmpty() ? null : laCode.isin(laCodes.toArray());
  }

  private Column genderIs(Column column) {
    return gender == null ? null : column.equalTo(lit(gender));
  }

  private Column ageIn(Column birthMonth, Period period) {
    if (ageMin == null && ageMax == null) {
      return null;
    }
    Column age = Ages.completedYears(birthMonth, lit(period.end()));
    Column atLeast = ageMin == null ? null : age.geq(lit(ageMin));
    Column atMost = ageMax == null ? null : age.leq(lit(ageMax));
    return atLeast == null ? atMost : atMost == null ? atLeast : atLeast.and(atMost);
  }

  private Column modelIs(Column column) {
    return cseModel == null ? null : column.equalTo(lit(cseModel));
  }

  /** Rows meeting every non-null condition (a null column value fails its condition). */
  private static Dataset<Row> keep(Dataset<Row> rows, Column... conditions) {
    Column all = null;
    for (Column c : conditions) {
      if (c != null) {
        all = all == null ? c : all.and(c);
      }
    }
    return all == null ? rows : rows.filter(all);
  }

  private static Dataset<Row> children(Dataset<Row> episodes) {
    return episodes.select(col(CohortExtract.CHILD_ID).as(KEY)).distinct();
  }

  private static Dataset<Row> semiJoin(Dataset<Row> rows, String column, Dataset<Row> keys) {
    return rows.join(keys, rows.col(column).equalTo(keys.col(KEY)), "left_semi");
  }
}
