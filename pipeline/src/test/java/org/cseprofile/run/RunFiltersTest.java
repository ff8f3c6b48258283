package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.EducationExtract;
import org.cseprofile.ingest.ExtractData;
import org.cseprofile.ingest.ExtractSpec;
import org.cseprofile.ingest.HealthExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.IngestResult;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.ingest.SuspectsExtract;
import org.cseprofile.period.Period;
import org.cseprofile.testing.Fixtures;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Which rows each filter keeps in each extract (docs/filters.md), worked out by hand on a tiny fixture. */
@ExtendWith(SparkExtension.class)
class RunFiltersTest {
  static final Period Q4 = Period.parseQuarter("2016-Q4");
  static final String WEST = "E10000032";
  static IngestResult ingested;

  @BeforeAll
  static void fixture(SparkSession spark) {
    Map<String, ExtractData> extracts = new LinkedHashMap<>();
    // Ages at 31 Dec 2016: A 14, B 16, C 12, D 17. D moved from East to West Sussex.
    add(spark, extracts, CohortExtract.SPEC, """
        child_id,la_code,birth_month,gender,identified_date,closed_date,cse_model
        A,E10000032,2002-06,F,2016-01-10,,online
        B,E10000011,2000-01,F,2016-02-01,,boyfriend
        C,E10000032,2004-03,M,2016-03-01,,online
        D,E10000032,1999-12,F,2016-04-01,,online
        D,E10000011,1999-12,F,2015-01-01,2015-06-30,online
        """);
    // X is not on the CSE register (the missing extract covers all children).
    add(spark, extracts, MissingExtract.SPEC, """
        CHILD,DOB,MISSING,MIS_START,LA
        A,2002-06-15,M,2016-11-01,E10000032
        X,2003-01-01,M,2016-11-02,E10000032
        D,1999-12-01,M,2016-11-03,E10000011
        A,2002-06-15,M,2016-11-04,
        """);
    add(spark, extracts, IncidentsExtract.SPEC, """
        incident_id,recorded_date,la_code,incident_type,contact_type,place_type,victim_id
        I1,2016-11-01,E10000032,crime,contact,hotel,A
        I2,2016-11-02,E10000011,crime,contact,hotel,A
        I3,2016-11-03,E10000032,concern,online,online,
        I4,2016-11-04,E10000032,crime,contact,taxi,B
        """);
    add(spark, extracts, SuspectsExtract.SPEC, """
        incident_id,suspect_id,gender,status
        I1,S1,M,arrested
        I2,S2,M,suspect
        I3,S3,M,suspect
        """);
    add(spark, extracts, EducationExtract.SPEC, """
        child_id,recorded_date,education_status
        A,2016-10-01,mainstream
        B,2016-10-01,mainstream
        """);
    add(spark, extracts, HealthExtract.SPEC, """
        child_id,contact_date,service
        C,2016-10-05,sexual_health
        X,2016-10-06,sexual_health
        """);
    ingested = new IngestResult(extracts, List.of(), List.of(), List.of(), Q4.end());
  }

  @Test
  void aLocalAuthorityFilterKeepsRowsWhereTheExtractPlacesThem() {
    IngestResult kept = filters(List.of(WEST), null, null, null, null).apply(ingested, Q4);

    assertThat(keys(kept, CohortExtract.NAME, "child_id", "la_code")).containsExactly(
        "A|E10000032", "C|E10000032", "D|E10000032");
    assertThat(keys(kept, MissingExtract.NAME, "child_id", "start_date")).as("own LA; blank LA dropped")
        .containsExactly("A|2016-11-01", "X|2016-11-02");
    assertThat(keys(kept, IncidentsExtract.NAME, "incident_id")).as("where it happened").containsExactly("I1", "I3", "I4");
    assertThat(keys(kept, SuspectsExtract.NAME, "suspect_id")).as("of kept incidents").containsExactly("S1", "S3");
    assertThat(keys(kept, EducationExtract.NAME, "child_id")).as("children of kept episodes").containsExactly("A");
    assertThat(keys(kept, HealthExtract.NAME, "child_id")).containsExactly("C");
  }

  @Test
  void genderAndAgeFiltersReachOtherExtractsThroughTheChildsCohortEpisodes() {
    IngestResult kept = filters(List.of(), "F", 13, 17, null).apply(ingested, Q4);

    assertThat(keys(kept, CohortExtract.NAME, "child_id", "la_code")).containsExactly(
        "A|E10000032", "B|E10000011", "D|E10000011", "D|E10000032");
    assertThat(keys(kept, MissingExtract.NAME, "child_id", "start_date"))
        .as("own age; gender known only for register children, so X is dropped")
        .containsExactly("A|2016-11-01", "A|2016-11-04", "D|2016-11-03");
    assertThat(keys(kept, IncidentsExtract.NAME, "incident_id")).as("victim is a kept child; no victim, dropped")
        .containsExactly("I1", "I2", "I4");
    assertThat(keys(kept, SuspectsExtract.NAME, "suspect_id")).containsExactly("S1", "S2");
    assertThat(keys(kept, EducationExtract.NAME, "child_id")).containsExactly("A", "B");
    assertThat(keys(kept, HealthExtract.NAME, "child_id")).isEmpty();
  }

  @Test
  void allFiltersTogetherAndTheCseModel() {
    IngestResult all = filters(List.of(WEST), "F", 13, 17, "online").apply(ingested, Q4);
    assertThat(keys(all, CohortExtract.NAME, "child_id", "la_code")).containsExactly("A|E10000032", "D|E10000032");
    assertThat(keys(all, MissingExtract.NAME, "child_id", "start_date")).containsExactly("A|2016-11-01");
    assertThat(keys(all, IncidentsExtract.NAME, "incident_id")).containsExactly("I1");

    IngestResult boyfriend = filters(List.of(), null, null, null, "boyfriend").apply(ingested, Q4);
    assertThat(keys(boyfriend, CohortExtract.NAME, "child_id")).containsExactly("B");
    assertThat(keys(boyfriend, MissingExtract.NAME, "child_id")).isEmpty();
    assertThat(keys(boyfriend, IncidentsExtract.NAME, "incident_id")).containsExactly("I4");
  }

  @Test
  void noFilterKeepsEverythingAsItIs() {
    assertThat(RunFilters.NONE.apply(ingested, Q4)).isSameAs(ingested);
    assertThat(RunFilters.NONE.description()).isEqualTo("none (standard profile)");
  }

  @Test
  void filtersDescribeThemselvesAndNameTheirOwnFolder() {
    RunFilters f = filters(List.of(WEST, "E06000043"), "F", 13, null, "online");
    assertThat(f.laCodes()).containsExactly("E06000043", WEST);
    assertThat(f.description()).isEqualTo("local authorities E06000043 (Brighton and Hove), E10000032 (West Sussex); "
        + "gender F; aged 13 or over at period end; CSE model online");
    assertThat(f.folderName()).isEqualTo("la-E06000043+E10000032_gender-F_age-13-up_model-online");
    assertThat(filters(List.of(), null, null, 12, null).folderName()).isEqualTo("age-0-12");
    assertThat(new RunConfig("in", "out", Q4, Q4.end(), org.cseprofile.disclosure.DisclosurePolicy.PARTNERSHIP, f,
        org.cseprofile.profile.ProfileSettings.DEFAULTS, org.cseprofile.hotspot.HotspotSettings.DEFAULT,
        org.cseprofile.geography.GeographySettings.NONE, List.of()).outputRoot()).isEqualTo("out/filtered/la-E06000043+E10000032_gender-F_age-13-up_model-online");
  }

  @Test
  void badFilterValuesNameTheOption() {
    assertThatThrownBy(() -> filters(List.of("Sussex"), null, null, null, null))
        .hasMessage("--la must be an ONS local authority code such as E06000043");
    assertThatThrownBy(() -> filters(List.of(), "X", null, null, null)).hasMessage("--gender must be F, M or U");
    assertThatThrownBy(() -> filters(List.of(), null, 17, 13, null))
        .hasMessage("--age-min must not be greater than --age-max");
    assertThatThrownBy(() -> filters(List.of(), null, -1, null, null))
        .hasMessage("--age-min and --age-max must be ages from 0 to 25");
    assertThatThrownBy(() -> filters(List.of(), null, null, null, "grooming"))
        .hasMessageStartingWith("--cse-model must be one of inappropriate_relationship, boyfriend");
  }

  private static RunFilters filters(List<String> la, String gender, Integer min, Integer max, String model) {
    return new RunFilters(la, gender, min, max, model);
  }

  private static List<String> keys(IngestResult result, String extract, String... columns) {
    Dataset<Row> rows = result.extract(extract).accepted();
    return rows.collectAsList().stream().map(r -> {
      StringBuilder key = new StringBuilder();
      for (String c : columns) {
        key.append(key.length() == 0 ? "" : "|").append(String.valueOf((Object) r.getAs(c)));
      }
      return key.toString();
    }).sorted().toList();
  }

  private static void add(SparkSession spark, Map<String, ExtractData> extracts, ExtractSpec spec, String csv) {
    extracts.put(spec.name(), new ExtractData(spec, Fixtures.extract(spark, spec, csv), spark.emptyDataFrame(),
        spark.emptyDataFrame()));
  }
}
