package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderAdviceTest {
  static final List<String> POLICE_UK = List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude",
      "Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context");

  static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void aPoliceUkFileIsRecognisedAndGetsAMappingToStartFrom() {
    HeaderAdvice advice = HeaderAdvice.of(IncidentsExtract.SPEC, "incidents.csv", POLICE_UK);
    assertThat(advice.policeUk()).isTrue();
    assertThat(advice.suggestions()).containsExactlyEntriesOf(ordered("Crime ID", "incident_id", "Month",
        "recorded_date"));
    assertThat(advice.drop()).containsExactly("Reported by", "Falls within", "Location", "LSOA code", "LSOA name",
        "Crime type", "Last outcome category", "Context");
    assertThat(advice.unrecognised()).isZero();
    assertThat(advice.skeleton()).containsExactly(
        "extract: incidents",
        "columns:                 # the file's column: the contract's column (check each)",
        "  Crime ID: incident_id",
        "  Month: recorded_date",
        "drop: [Reported by, Falls within, Location, LSOA code, LSOA name, Crime type, Last outcome category, Context]",
        "constants:               # required columns still missing: rename a column to each, or give one value",
        "  # la_code: ",
        "  # incident_type: ",
        "  # contact_type: ",
        "  # place_type: ",
        "dates:",
        "  recorded_date: month     # police.uk gives months only",
        "skip_rows:",
        "  incident_id: [\"\"]       # anti-social behaviour rows have no Crime ID");
  }

  @Test
  void theSkeletonIsAValidMappingOnceItsConstantsAreFilledIn() {
    String yaml = String.join("\n", HeaderAdvice.of(IncidentsExtract.SPEC, "incidents.csv", POLICE_UK).skeleton())
        .replace("# la_code: ", "la_code: E10000032").replace("# incident_type: ", "incident_type: crime")
        .replace("# contact_type: ", "contact_type: contact").replace("# place_type: ", "place_type: other");
    MappingFile m = MappingFile.parse("skeleton.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    RowMapper mapper = RowMapper.of(IncidentsExtract.SPEC, POLICE_UK, m);
    assertThat(HeaderMapping.of(IncidentsExtract.SPEC, mapper.header()).usable()).isTrue();
    assertThat(HeaderMapping.of(IncidentsExtract.SPEC, mapper.header()).unknown()).isEmpty();
  }

  @Test
  void namesAreMatchedByNameTablesAndSimilarity() {
    HeaderAdvice advice = HeaderAdvice.of(CohortExtract.SPEC, "cse_cohort.csv",
        List.of("Child ID", "LA Code", "Birth Month", "SEX", "Identified", "Risk", "Worker"));
    assertThat(advice.suggestions()).containsExactlyEntriesOf(ordered("Child ID", "child_id", "LA Code", "la_code",
        "Birth Month", "birth_month", "SEX", "gender", "Identified", "identified_date", "Risk", "risk_level"));
    assertThat(advice.unrecognised()).isEqualTo(1);
    assertThat(advice.policeUk()).isFalse();
    assertThat(HeaderAdvice.similarity("kitten", "sitting")).isEqualTo(1 - 3.0 / 7);
  }

  /** A file without a header: its first row is data, and no cell of it may be shown. */
  @Test
  void aFirstRowOfDataIsNeverShown() {
    List<String> data = List.of("C0FFEE12", "E06000043", "2003-04", "F", "2016-09-01", "high");
    HeaderAdvice advice = HeaderAdvice.of(CohortExtract.SPEC, "cse_cohort.csv", data);
    assertThat(advice.suggestions()).isEmpty();
    assertThat(advice.unrecognised()).isEqualTo(6);
    assertThat(advice.helpful()).isTrue();
    assertThat(HeaderAdvice.of(HealthExtract.SPEC, "health.csv", List.of("child_id", "service")).helpful()).isFalse();
    String shown = String.join("\n", advice.skeleton());
    data.forEach(value -> assertThat(shown).doesNotContain(value));
  }
}
