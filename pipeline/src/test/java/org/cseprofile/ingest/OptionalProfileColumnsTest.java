package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The optional columns of issue 22: suspects' {@code ethnicity} and {@code previous_offending}, the cohort's
 * {@code referral_source} and incidents' {@code location_role}. They behave as the other optional coded columns:
 * absent or blank is valid (null), codes match ignoring case, anything else quarantines the row naming the column.
 */
class OptionalProfileColumnsTest {
  private static final LocalDate RUN_DATE = LocalDate.of(2017, 1, 15);
  private static final List<String> SUSPECTS = List.of("incident_id", "suspect_id", "gender", "status",
      "ethnicity", "previous_offending");
  private static final List<String> COHORT = List.of("child_id", "la_code", "birth_month", "gender",
      "identified_date", "referral_source");
  private static final List<String> INCIDENTS = List.of("incident_id", "recorded_date", "la_code", "incident_type",
      "contact_type", "place_type", "location_role");

  @Test
  void filesWithoutTheNewColumnsAreFullyValid() {
    for (ExtractSpec spec : List.of(SuspectsExtract.SPEC, CohortExtract.SPEC, IncidentsExtract.SPEC)) {
      List<String> header = spec.fields().stream().filter(FieldSpec::isRequired).map(FieldSpec::header).toList();
      HeaderMapping mapping = HeaderMapping.of(spec, header);
      assertThat(mapping.usable()).as(spec.name()).isTrue();
      assertThat(mapping.unknown()).as(spec.name()).isEmpty();
    }
    assertThat(List.of(SuspectsExtract.SPEC.fieldOf("ethnicity"), SuspectsExtract.SPEC.fieldOf("previous_offending"),
        CohortExtract.SPEC.fieldOf("referral_source"), IncidentsExtract.SPEC.fieldOf("location_role")))
        .allMatch(f -> !f.isRequired());
  }

  @Test
  void suspectEthnicityTakesTheCohortCodesIgnoringCaseAndPreviousOffendingIsYesOrNo() {
    RecordParser parser = parser(SuspectsExtract.SPEC, SUSPECTS);
    Object[] mixedCase = parser.parse(suspect("apkn", "yes")).values();
    assertThat(value(mixedCase, SuspectsExtract.SPEC, "ethnicity")).isEqualTo("APKN");
    assertThat(value(mixedCase, SuspectsExtract.SPEC, "previous_offending")).isEqualTo(Boolean.TRUE);
    assertThat(value(parser.parse(suspect("WBRI", "n")).values(), SuspectsExtract.SPEC, "previous_offending"))
        .isEqualTo(Boolean.FALSE);
    Object[] blank = parser.parse(suspect(" ", "")).values();
    assertThat(value(blank, SuspectsExtract.SPEC, "ethnicity")).isNull();
    assertThat(value(blank, SuspectsExtract.SPEC, "previous_offending")).isNull();
  }

  @Test
  void aBadSuspectCodeQuarantinesTheRowNamingTheColumn() {
    RecordParser parser = parser(SuspectsExtract.SPEC, SUSPECTS);
    // "White British" is a description, not a code; "Asian" is a major group, not a code.
    assertThat(parser.parse(suspect("White British", "Y"))).isEqualTo(ParsedRecord.rejected(Rule.INVALID_CODE, "ethnicity"));
    assertThat(parser.parse(suspect("Asian", "Y"))).isEqualTo(ParsedRecord.rejected(Rule.INVALID_CODE, "ethnicity"));
    // A count or a count band is not accepted: previous offending is Y or N (docs/data-contract.md).
    for (String band : List.of("3", "1-2", "unknown")) {
      assertThat(parser.parse(suspect("WBRI", band))).as(band)
          .isEqualTo(ParsedRecord.rejected(Rule.INVALID_CODE, "previous_offending"));
    }
  }

  @Test
  void referralSourceTakesTheCinCensusCodes() {
    RecordParser parser = parser(CohortExtract.SPEC, COHORT);
    assertThat(value(parser.parse(child("6")).values(), CohortExtract.SPEC, "referral_source")).isEqualTo("6");
    assertThat(value(parser.parse(child("3e")).values(), CohortExtract.SPEC, "referral_source")).isEqualTo("3E");
    assertThat(value(parser.parse(child("")).values(), CohortExtract.SPEC, "referral_source")).isNull();
    // "police" is the agency's name, not its CIN census code (6); 11 and 5E are not codes.
    for (String bad : List.of("police", "11", "5E")) {
      assertThat(parser.parse(child(bad))).as(bad).isEqualTo(ParsedRecord.rejected(Rule.INVALID_CODE, "referral_source"));
    }
  }

  @Test
  void locationRoleIsMetOrOffence() {
    RecordParser parser = parser(IncidentsExtract.SPEC, INCIDENTS);
    assertThat(value(parser.parse(incident("Met")).values(), IncidentsExtract.SPEC, "location_role")).isEqualTo("met");
    assertThat(value(parser.parse(incident("OFFENCE")).values(), IncidentsExtract.SPEC, "location_role"))
        .isEqualTo("offence");
    assertThat(value(parser.parse(incident("")).values(), IncidentsExtract.SPEC, "location_role")).isNull();
    assertThat(parser.parse(incident("both"))).isEqualTo(ParsedRecord.rejected(Rule.INVALID_CODE, "location_role"));
  }

  @Test
  void aMappingFileRenamesAndRecodesTheNewColumnsLikeAnyOther() {
    MappingFile mapping = MappingFile.parse("mappings/suspects.yaml", """
        extract: suspects
        columns:
          Nominal: suspect_id
          Ethnic Code: ethnicity
          Prev Convictions: previous_offending
        codes:
          previous_offending:
            Previous convictions: Y
            None known: N
        """.getBytes(StandardCharsets.UTF_8));
    RowMapper mapper = RowMapper.of(SuspectsExtract.SPEC,
        List.of("incident_id", "Nominal", "gender", "status", "Ethnic Code", "Prev Convictions"), mapping);
    HeaderMapping header = HeaderMapping.of(SuspectsExtract.SPEC, mapper.header());
    assertThat(header.usable()).isTrue();
    assertThat(header.unknown()).isEmpty();
    List<String> mapped = mapper.map(List.of("I1", "S1", "M", "suspect", "bcrb", "Previous convictions")).fields();
    Object[] values = new RecordParser(header, RUN_DATE).parse(mapped).values();
    assertThat(value(values, SuspectsExtract.SPEC, "ethnicity")).isEqualTo("BCRB");
    assertThat(value(values, SuspectsExtract.SPEC, "previous_offending")).isEqualTo(Boolean.TRUE);
  }

  private static RecordParser parser(ExtractSpec spec, List<String> header) {
    return new RecordParser(HeaderMapping.of(spec, header), RUN_DATE);
  }

  private static Object value(Object[] values, ExtractSpec spec, String column) {
    List<FieldSpec> fields = spec.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).column().equals(column)) {
        return values[i];
      }
    }
    throw new IllegalArgumentException("no column " + column);
  }

  private static List<String> suspect(String ethnicity, String previous) {
    return new ArrayList<>(List.of("I1", "S1", "M", "suspect", ethnicity, previous));
  }

  private static List<String> child(String referralSource) {
    return List.of("A1", "E06000043", "2001-03", "F", "2016-09-01", referralSource);
  }

  private static List<String> incident(String role) {
    return List.of("I1", "2016-10-05", "E06000043", "crime", "contact", "hotel", role);
  }
}
