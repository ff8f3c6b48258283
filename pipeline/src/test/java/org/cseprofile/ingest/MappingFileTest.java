package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MappingFileTest {

  static MappingFile parse(String yaml) {
    return MappingFile.parse("mappings/incidents.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEverySectionMatchingNamesIgnoringCase() {
    MappingFile m = parse("""
        extract: incidents
        columns:
          Crime ID: incident_id
          Month: Recorded_Date
          Lat: latitude
        drop: [Context, " LSOA name "]
        constants:
          la_code: E10000032
        dates:
          recorded_date: Month
        codes:
          incident_type:
            Violence and sexual offences: crime
            Intel: intelligence
        skip_rows:
          incident_id: [""]
          Crime type: Anti-social behaviour
        """);
    assertThat(m.extract()).isEqualTo("incidents");
    assertThat(m.renames()).isEqualTo(Map.of("crime id", "incident_id", "month", "recorded_date", "lat", "latitude"));
    assertThat(m.drop()).isEqualTo(Set.of("context", "lsoa name"));
    assertThat(m.constants()).isEqualTo(Map.of("la_code", "E10000032"));
    assertThat(m.dates()).isEqualTo(Map.of("recorded_date", "month"));
    assertThat(m.codes()).isEqualTo(Map.of("incident_type",
        Map.of("violence and sexual offences", "crime", "intel", "intelligence")));
    assertThat(m.skipRows()).isEqualTo(Map.of("incident_id", Set.of(""), "crime type", Set.of("anti-social behaviour")));
    assertThat(m.sha256()).hasSize(64);
  }

  @Test
  void refusesMistakesNamingTheSectionAndEntry() {
    assertThatThrownBy(() -> parse("extract: incidents\ncolums:\n  Crime ID: incident_id\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("mapping file mappings/incidents.yaml: unknown section 'colums'; the sections are extract, "
            + "sheet, columns, drop, constants, dates, codes, skip_rows");
    assertThatThrownBy(() -> parse("extract: incident\n"))
        .hasMessageContaining("extract: must name one extract of the contract (cse_cohort, education");
    assertThatThrownBy(() -> parse("extract: incidents\ncolumns:\n  Crime ID: crime_id\n"))
        .hasMessage("mapping file mappings/incidents.yaml: columns: 'Crime ID' is renamed to 'crime_id', which is not "
            + "a column of the incidents extract (see docs/data-contract.md)");
    assertThatThrownBy(() -> parse("extract: incidents\ncodes:\n  incident_type:\n    Burglary: burglary\n"))
        .hasMessage("mapping file mappings/incidents.yaml: codes: incident_type: 'Burglary' becomes 'burglary', which "
            + "is not one of the column's codes (crime, intelligence, concern)");
    assertThatThrownBy(() -> parse("extract: incidents\ndates:\n  la_code: month\n"))
        .hasMessageContaining("dates: 'la_code' is not a date column");
    assertThatThrownBy(() -> parse("extract: incidents\ndates:\n  recorded_date: dd/ll/yyyy\n"))
        .hasMessageContaining("must be month, excel or a pattern");
  }

  /**
   * The example in the README, shipped as mappings/records-system-example/incidents.yaml, is a valid mapping and
   * maps a header written as it says.
   */
  @Test
  void theReadmeExampleIsAValidMapping() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    int section = readme.indexOf("## Agency exports as they come: mapping files");
    int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    String yaml = readme.substring(start, readme.indexOf("```", start));
    String shipped = java.nio.file.Files.readString(
        java.nio.file.Path.of("..", "mappings", "records-system-example", "incidents.yaml"));
    assertThat(shipped).endsWith(yaml);
    MappingFile m = parse(shipped);
    RowMapper mapper = RowMapper.of(IncidentsExtract.SPEC, java.util.List.of("Occurrence No", "Date Recorded",
        "District", "Category", "Contact", "Premises", "Lat", "Long", "Officer", "Station"), m);
    assertThat(HeaderMapping.of(IncidentsExtract.SPEC, mapper.header()).usable()).isTrue();
    assertThat(HeaderMapping.of(IncidentsExtract.SPEC, mapper.header()).unknown()).isEmpty();
    assertThat(mapper.map(java.util.List.of("P1", "03.10.2016", "west sussex", "CSE crime", "Online", "Hotel/B&B",
        "", "", "x", "y")).fields()).containsExactly("P1", "2016-10-03", "E10000032", "crime", "online", "hotel", "",
        "");
  }

  @Test
  void brokenYamlIsReportedByLineWithoutQuotingTheFile() {
    assertThatThrownBy(() -> parse("extract: incidents\ncolumns:\n  Crime ID: incident_id\n\tMonth: [x\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("mapping file mappings/incidents.yaml is not valid YAML (line 3")
        .hasMessageNotContaining("Month");
  }
}
