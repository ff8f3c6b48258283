package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cseprofile.geography.BritishNationalGrid;
import org.junit.jupiter.api.Test;

class RowMapperTest {
  static final List<String> INCIDENT = List.of("incident_id", "recorded_date", "la_code", "incident_type",
      "contact_type", "place_type");
  static final List<String> ROW = List.of("I1", "2016-10-01", "E06000043", "crime", "contact", "hotel");
  static final LocalDate RUN_DATE = LocalDate.of(2017, 1, 15);
  /** OS test point TP09 (Lambeth): ETRS89 51.48936564950 N 0.11992557180 W is E 530624.974 N 178388.464. */
  static final String TP09_LATITUDE = "51.48936564950";
  static final String TP09_LONGITUDE = "-0.11992557180";

  static List<String> plus(List<String> a, String... more) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void latitudeAndLongitudeBecomeEastingAndNorthingWithoutAMapping() {
    RowMapper mapper = RowMapper.of(IncidentsExtract.SPEC, plus(INCIDENT, "Latitude", "LONGITUDE"), null);
    assertThat(mapper.header()).isEqualTo(plus(INCIDENT, "easting", "northing"));
    assertThat(HeaderMapping.of(IncidentsExtract.SPEC, mapper.header()).unknown()).isEmpty();
    assertThat(mapper.lostLocationColumns()).isEmpty();

    RowMapper.Mapped mapped = mapper.map(plus(ROW, TP09_LATITUDE, TP09_LONGITUDE));
    assertThat(mapped.warning()).isNull();
    int easting = Integer.parseInt(mapped.fields().get(6));
    int northing = Integer.parseInt(mapped.fields().get(7));
    assertThat(Math.hypot(easting - 530624.974, northing - 178388.464)).isLessThan(5);
    double[] exact = BritishNationalGrid.fromWgs84(-0.11992557180, 51.48936564950);
    assertThat(easting).isEqualTo(Math.round(exact[0]));
    ParsedRecord parsed = new RecordParser(HeaderMapping.of(IncidentsExtract.SPEC, mapper.header()), RUN_DATE)
        .parse(mapped.fields());
    assertThat(parsed.isAccepted()).isTrue();
  }

  @Test
  void foundLocationsOfMissingEpisodesTakeFoundLatitudeAndLongitude() {
    List<String> header = List.of("CHILD", "DOB", "MISSING", "MIS_START", "found_latitude", "found_longitude");
    RowMapper mapper = RowMapper.of(MissingExtract.SPEC, header, null);
    assertThat(mapper.header()).containsExactly("CHILD", "DOB", "MISSING", "MIS_START", "FOUND_EASTING",
        "FOUND_NORTHING");
    RowMapper.Mapped mapped = mapper.map(List.of("C1", "2003-04", "M", "2016-10-01", TP09_LATITUDE, TP09_LONGITUDE));
    assertThat(Integer.parseInt(mapped.fields().get(5))).isBetween(178384, 178393);
  }

  @Test
  void blankPositionsStayBlankAndBadOnesAreRefusedNamingTheColumn() {
    RowMapper mapper = RowMapper.of(IncidentsExtract.SPEC, plus(INCIDENT, "latitude", "longitude"), null);
    RowMapper.Mapped blank = mapper.map(plus(ROW, "", " "));
    assertThat(blank.fields().subList(6, 8)).containsExactly("", "");
    assertThat(blank.warning()).isNull();

    RowMapper.Mapped half = mapper.map(plus(ROW, TP09_LATITUDE, ""));
    assertThat(half.fields().subList(6, 8)).containsExactly("", "");
    assertThat(half.warning()).isEqualTo(Rule.LOCATION_LOST);
    assertThat(half.warningColumn()).isEqualTo("latitude");

    assertThat(mapper.map(plus(ROW, "51,48", TP09_LONGITUDE)).rule()).isEqualTo(Rule.INVALID_NUMBER);
    assertThat(mapper.map(plus(ROW, "51,48", TP09_LONGITUDE)).column()).isEqualTo("latitude");
    // Paris, and a position with latitude and longitude swapped: outside the grid.
    assertThat(mapper.map(plus(ROW, "48.8566", "2.3522"))).isEqualTo(RowMapper.Mapped.rejected(Rule.OUTSIDE_GRID,
        "latitude"));
    assertThat(mapper.map(plus(ROW, TP09_LONGITUDE, TP09_LATITUDE)).rule()).isEqualTo(Rule.OUTSIDE_GRID);
    assertThat(mapper.map(plus(ROW, "52.0", "-12.5"))).isEqualTo(RowMapper.Mapped.rejected(Rule.OUTSIDE_GRID,
        "longitude"));
    assertThat(mapper.map(ROW)).isEqualTo(RowMapper.Mapped.rejected(Rule.FIELD_COUNT, null));
  }

  @Test
  void eastingAndNorthingWinOverLatitudeAndLongitudeWhenBothAreGiven() {
    RowMapper mapper = RowMapper.of(IncidentsExtract.SPEC,
        plus(INCIDENT, "easting", "northing", "latitude", "longitude"), null);
    assertThat(mapper.header()).isEqualTo(plus(INCIDENT, "easting", "northing"));
    assertThat(mapper.map(plus(ROW, "530000", "180000", TP09_LATITUDE, TP09_LONGITUDE)).fields().subList(6, 8))
        .containsExactly("530000", "180000");
    assertThat(mapper.map(plus(ROW, "", "", TP09_LATITUDE, TP09_LONGITUDE)).fields().get(6)).startsWith("5306");
  }

  /** The bug this fixes: lat and lng were reported as unknown columns and every location was dropped unsaid. */
  @Test
  void locationColumnsTheContractCannotUseWarnForEveryRowTheyPlace() {
    RowMapper mapper = RowMapper.of(IncidentsExtract.SPEC, plus(INCIDENT, "lat", "lng", "notes"), null);
    assertThat(mapper.identity()).isFalse();
    assertThat(mapper.lostLocationColumns()).containsExactly("lat", "lng");
    assertThat(HeaderMapping.of(IncidentsExtract.SPEC, mapper.header()).unknown()).containsExactly("lat", "lng",
        "notes");
    RowMapper.Mapped located = mapper.map(plus(ROW, "51.5", "-0.1", ""));
    assertThat(located.warning()).isEqualTo(Rule.LOCATION_LOST);
    assertThat(located.warningColumn()).isEqualTo("lat");
    assertThat(mapper.map(plus(ROW, "", "", "x")).warning()).isNull();

    RowMapper eastingOnly = RowMapper.of(IncidentsExtract.SPEC, plus(INCIDENT, "easting"), null);
    assertThat(eastingOnly.lostLocationColumns()).containsExactly("easting");
    assertThat(eastingOnly.map(plus(ROW, "530000")).warningColumn()).isEqualTo("easting");

    assertThat(RowMapper.of(IncidentsExtract.SPEC, plus(INCIDENT, "easting", "northing", "notes"), null).identity())
        .isTrue();
    assertThat(RowMapper.of(CohortExtract.SPEC, List.of("child_id", "x"), null).lostLocationColumns()).isEmpty();
  }

  @Test
  void aMappingRenamesDropsFillsRecodesRedatesAndSkips() {
    MappingFile mapping = MappingFileTest.parse("""
        extract: incidents
        columns:
          Crime ID: incident_id
          Month: recorded_date
          Type: incident_type
          Lat: latitude
          Long: longitude
          Logged: platform
        drop: [Context]
        constants:
          la_code: E10000032
          contact_type: contact
          place_type: other
        dates:
          recorded_date: month
        codes:
          incident_type:
            Violence and sexual offences: crime
            VSO: crime
        skip_rows:
          incident_id: [""]
          type: Anti-social behaviour
        """);
    List<String> header = List.of("Crime ID", "Month", "Type", "Context", "Lat", "Long", "Logged");
    RowMapper mapper = RowMapper.of(IncidentsExtract.SPEC, header, mapping);
    assertThat(mapper.header()).containsExactly("incident_id", "recorded_date", "incident_type", "platform",
        "la_code", "contact_type", "place_type", "easting", "northing");
    assertThat(mapper.monthColumns()).containsExactly("recorded_date");

    RowMapper.Mapped mapped = mapper.map(List.of("abc1", "2016-09", " vso ", "private", TP09_LATITUDE, TP09_LONGITUDE,
        "x"));
    assertThat(mapped.fields().subList(0, 7)).containsExactly("abc1", "2016-09-01", "crime", "x", "E10000032",
        "contact", "other");
    ParsedRecord parsed = new RecordParser(HeaderMapping.of(IncidentsExtract.SPEC, mapper.header()), RUN_DATE)
        .parse(mapped.fields());
    assertThat(parsed.isAccepted()).isTrue();
    // An unmapped code passes through, and the contract's rule names it.
    RowMapper.Mapped burglary = mapper.map(List.of("abc2", "2016-09", "Burglary", "", "", "", ""));
    assertThat(new RecordParser(HeaderMapping.of(IncidentsExtract.SPEC, mapper.header()), RUN_DATE)
        .parse(burglary.fields()).rule()).isEqualTo(Rule.INVALID_CODE);

    assertThat(mapper.map(List.of(" ", "2016-09", "Anti-social behaviour", "", "", "", "")))
        .isEqualTo(RowMapper.Mapped.rejected(Rule.SKIPPED_BY_MAPPING, "incident_id"));
    assertThat(mapper.map(List.of("abc3", "2016-09", "ANTI-SOCIAL BEHAVIOUR", "", "", "", "")))
        .isEqualTo(RowMapper.Mapped.rejected(Rule.SKIPPED_BY_MAPPING, "incident_type"));
    assertThat(mapper.map(List.of("abc4", "2016-13", "VSO", "", "", "", "")))
        .isEqualTo(RowMapper.Mapped.rejected(Rule.INVALID_DATE, "recorded_date"));
  }

  @Test
  void excelSerialAndPatternDatesBecomeIsoDates() {
    MappingFile mapping = MappingFileTest.parse("""
        extract: cse_cohort
        dates:
          identified_date: excel
          closed_date: dd.MM.yyyy
        codes:
          gender:
            Girl: F
            Female: F
            boy: M
        """.replace("extract: cse_cohort", "extract: cse_cohort"));
    List<String> header = List.of("child_id", "la_code", "birth_month", "gender", "identified_date", "closed_date");
    RowMapper mapper = RowMapper.of(CohortExtract.SPEC, header, mapping);
    // Serial 42614 is 1 September 2016 (Excel counts days from 30 December 1899); a time of day is dropped.
    RowMapper.Mapped mapped = mapper.map(List.of("C1", "E06000043", "2003-04", "girl", "42614.75", "03.01.2017"));
    assertThat(mapped.fields()).containsExactly("C1", "E06000043", "2003-04", "F", "2016-09-01", "2017-01-03");
    assertThat(mapper.map(List.of("C1", "E06000043", "2003-04", "F", "60", "")).rule()).isEqualTo(Rule.INVALID_DATE);
    assertThat(mapper.map(List.of("C1", "E06000043", "2003-04", "F", "01/09/2016", "")).column())
        .isEqualTo("identified_date");
    // A workbook's date cell arrives as yyyy-MM-dd, whatever format the mapping gives its column.
    assertThat(mapper.map(List.of("C1", "E06000043", "2003-04", "F", "2016-09-01", "2017-01-03")).fields())
        .containsExactly("C1", "E06000043", "2003-04", "F", "2016-09-01", "2017-01-03");
  }

  @Test
  void aMonthInADateColumnHasItsOwnRuleSayingAMappingCanReadMonths() {
    HeaderMapping mapping = HeaderMapping.of(IncidentsExtract.SPEC, INCIDENT);
    ParsedRecord parsed = new RecordParser(mapping, RUN_DATE).parse(
        List.of("I1", "2016-10", "E06000043", "crime", "contact", "hotel"));
    assertThat(parsed.rule()).isEqualTo(Rule.MONTH_ONLY_DATE);
    assertThat(parsed.column()).isEqualTo("recorded_date");
    assertThat(Rule.MONTH_ONLY_DATE.advice()).contains("a mapping file can read the column as months");
    assertThat(new RecordParser(mapping, RUN_DATE).parse(
        List.of("I1", "2016-1O", "E06000043", "crime", "contact", "hotel")).rule()).isEqualTo(Rule.INVALID_DATE);
  }
}
