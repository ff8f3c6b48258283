package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordParserTest {
  private static final List<String> HEADER = List.of(" Child_ID", "LA_CODE", "birth_month", "gender ", "identified_date",
      "closed_date", "risk_level", "cin_factors", "notes");

  static final LocalDate RUN_DATE = LocalDate.of(2017, 1, 15);

  private final HeaderMapping mapping = HeaderMapping.of(CohortExtract.SPEC, HEADER);
  private final RecordParser parser = new RecordParser(mapping, RUN_DATE);

  @Test
  void headerIsMatchedIgnoringCaseAndSpacesAndReportsUnknownColumns() {
    assertThat(mapping.usable()).isTrue();
    assertThat(mapping.unknown()).containsExactly("notes");
    assertThat(mapping.missingRequired()).isEmpty();
  }

  @Test
  void missingRequiredColumnsAndDuplicatesMakeTheHeaderUnusable() {
    HeaderMapping broken = HeaderMapping.of(CohortExtract.SPEC,
        List.of("\uFEFFchild_id", "la_code", "gender", "gender", "identified_date"));
    assertThat(broken.missingRequired()).containsExactly("birth_month");
    assertThat(broken.duplicated()).containsExactly("gender");
    assertThat(broken.usable()).isFalse();
    assertThatThrownBy(() -> new RecordParser(broken, RUN_DATE)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNulCharacterQuarantinesItsRowNamingTheColumn() {
    ParsedRecord parsed = parser.parse(List.of("A1", "E06000043", "2001-03", "2", "01/09/2016", "", "hi\u0000gh", "", ""));
    assertThat(parsed.rule()).isEqualTo(Rule.NUL_BYTE);
    assertThat(parsed.column()).isEqualTo("risk_level");
    assertThat(parser.parse(List.of("A1", "E06000043", "2001-03", "2", "01/09/2016", "", "", "", "x\u0000")).column())
        .isNull();
  }

  @Test
  void anIdentifierExcelTurnedIntoScientificNotationIsQuarantined() {
    for (String id : List.of("1.23E+05", "4E+10", "7.1e-3")) {
      ParsedRecord parsed = parser.parse(List.of(id, "E06000043", "2001-03", "2", "01/09/2016", "", "", "", ""));
      assertThat(parsed.rule()).as(id).isEqualTo(Rule.EXCEL_NUMBER);
      assertThat(parsed.column()).isEqualTo("child_id");
    }
    for (String id : List.of("E1234", "8312e45601234567", "12E5")) {
      assertThat(parser.parse(List.of(id, "E06000043", "2001-03", "2", "01/09/2016", "", "", "", "")).isAccepted())
          .as(id).isTrue();
    }
  }

  @Test
  void aDateThatExistsOnlyMonthFirstMarksTheFileAsMixingDateOrders() {
    RecordParser fresh = new RecordParser(mapping, RUN_DATE);
    fresh.parse(List.of("A1", "E06000043", "2001-03", "2", "05/09/2016", "", "", "", ""));
    assertThat(fresh.sawMonthFirst()).isFalse();
    ParsedRecord us = fresh.parse(List.of("A2", "E06000043", "2001-03", "2", "09/30/2016", "", "", "", ""));
    assertThat(us.rule()).isEqualTo(Rule.INVALID_DATE);
    assertThat(fresh.sawMonthFirst()).isTrue();
    assertThat(ValueParsers.monthFirstOnly("02/30/2016")).isFalse();
    assertThat(ValueParsers.monthFirstOnly("30/09/2016")).isFalse();
  }

  @Test
  void valuesAreTrimmedOfUnicodeWhiteSpaceIncludingNoBreakSpaces() {
    ParsedRecord parsed = parser.parse(
        List.of("\u00A0A1\u202F", "\u2007E06000043 ", "2001-03", "2", "01/09/2016", "", "", "", ""));
    assertThat(parsed.isAccepted()).isTrue();
    assertThat(parsed.values()[0]).isEqualTo("A1");
    assertThat(parsed.values()[1]).isEqualTo("E06000043");
  }

  @Test
  void acceptsAValidRowAsTypedValues() {
    ParsedRecord parsed = parser.parse(
        List.of("A1", "e06000043", "2001-03", "2", "01/09/2016", "", "HIGH", "11A;10A", "free text"));

    assertThat(parsed.isAccepted()).isTrue();
    Object[] v = parsed.values();
    assertThat(v[0]).isEqualTo("A1");
    assertThat(v[1]).isEqualTo("E06000043");
    assertThat(v[2]).isEqualTo(LocalDate.of(2001, 3, 1));
    assertThat(v[3]).isEqualTo("F");
    assertThat(v[5]).isEqualTo(LocalDate.of(2016, 9, 1));
    assertThat(v[6]).isNull();
    assertThat(v[7]).isEqualTo("high");
    assertThat((String[]) v[11]).containsExactly("11A", "10A");
    assertThat(v[4]).as("ethnicity column absent").isNull();
  }

  @Test
  void namesTheFirstBrokenRuleAndItsColumnNeverTheValue() {
    assertThat(parser.parse(List.of("A1", "E06000043", "2001-03", "F", "2016-09-01")))
        .isEqualTo(ParsedRecord.rejected(Rule.FIELD_COUNT, null));
    assertRejected(List.of(" ", "E06000043", "2001-03", "F", "2016-09-01", "", "", "", ""),
        Rule.REQUIRED_BLANK, "child_id");
    assertRejected(List.of("A1", "E06000043", "2001-03", "F", "31/02/2016", "", "", "", ""),
        Rule.INVALID_DATE, "identified_date");
    assertRejected(List.of("A1", "E06000043", "2001-03", "X", "2016-09-01", "", "", "", ""),
        Rule.INVALID_CODE, "gender");
    assertRejected(List.of("A1", "E06000043", "2001-03", "F", "2016-09-01", "", "severe", "", ""),
        Rule.INVALID_CODE, "risk_level");
    assertRejected(List.of("A1", "West Sussex", "2001-03", "F", "2016-09-01", "", "", "", ""),
        Rule.INVALID_CODE, "la_code");
  }

  @Test
  void missingExtractUsesSsda903Headers() {
    HeaderMapping missing = HeaderMapping.of(MissingExtract.SPEC,
        List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END", "PLACEMENT"));
    ParsedRecord parsed = new RecordParser(missing, RUN_DATE).parse(List.of("A1", "17/03/2001", "m", "02/10/2016", "", "X1"));

    assertThat(missing.unknown()).containsExactly("PLACEMENT");
    assertThat(parsed.isAccepted()).isTrue();
    assertThat(parsed.values()).startsWith("A1", LocalDate.of(2001, 3, 1), "M", LocalDate.of(2016, 10, 2), null);
  }

  @Test
  void datesAfterTheRunDateAreInTheFuture() {
    assertRejected(cohortRow("2001-03", "2017-01-15", "2017-01-16"), Rule.FUTURE_DATE, "closed_date");
    assertRejected(cohortRow("2017-02", "2017-01-15", ""), Rule.FUTURE_DATE, "birth_month");
    assertThat(parser.parse(cohortRow("2001-03", "15/01/2017", "15/01/2017")).isAccepted()).isTrue();
  }

  @Test
  void anEpisodeMayCloseOnTheDayItOpensButNotBefore() {
    assertRejected(cohortRow("2001-03", "2016-09-02", "2016-09-01"), Rule.END_BEFORE_START, "closed_date");
    assertThat(parser.parse(cohortRow("2001-03", "2016-09-02", "02/09/2016")).isAccepted()).isTrue();
  }

  @Test
  void theChildMustBeBornByTheEventAndUnder18AtIdentification() {
    assertRejected(cohortRow("2016-10", "2016-09-30", ""), Rule.BIRTH_AFTER_EVENT, "birth_month");
    assertThat(parser.parse(cohortRow("2016-09", "2016-09-01", "")).isAccepted()).as("born in the month: age 0").isTrue();
    // Born in March 1998: 18 by 31 March 2016 at the latest.
    assertRejected(cohortRow("1998-03", "2016-03-31", ""), Rule.AGE_OUT_OF_RANGE, "birth_month");
    assertThat(parser.parse(cohortRow("1998-03", "2016-03-30", "")).isAccepted()).as("17 if born on 31 March").isTrue();
    // The check happens at identification: a child may turn 18 before the episode closes.
    assertThat(parser.parse(cohortRow("1998-03", "2016-01-10", "2016-12-01")).isAccepted()).isTrue();
  }

  @Test
  void gridReferencesMustLieInGreatBritain() {
    HeaderMapping incidents = HeaderMapping.of(IncidentsExtract.SPEC, List.of("incident_id", "recorded_date",
        "la_code", "incident_type", "contact_type", "place_type", "easting", "northing"));
    RecordParser p = new RecordParser(incidents, RUN_DATE);
    List<String> row = List.of("I1", "2016-10-01", "E06000043", "crime", "contact", "hotel");
    assertThat(p.parse(concat(row, "531250", "104250.7")).isAccepted()).isTrue();
    assertThat(p.parse(concat(row, "", "")).isAccepted()).isTrue();
    assertThat(p.parse(concat(row, "0", "104250"))).isEqualTo(ParsedRecord.rejected(Rule.OUTSIDE_GRID, "easting"));
    assertThat(p.parse(concat(row, "700000", "104250"))).isEqualTo(ParsedRecord.rejected(Rule.OUTSIDE_GRID, "easting"));
    assertThat(p.parse(concat(row, "531250", "-5"))).isEqualTo(ParsedRecord.rejected(Rule.OUTSIDE_GRID, "northing"));
    assertThat(p.parse(concat(row, "", "1300000"))).isEqualTo(ParsedRecord.rejected(Rule.OUTSIDE_GRID, "northing"));
    assertThat(p.parse(concat(row, "53125O", "104250"))).isEqualTo(ParsedRecord.rejected(Rule.INVALID_NUMBER, "easting"));
  }

  @Test
  void missingEpisodesUseTheirOwnHeadersInMessages() {
    HeaderMapping missing = HeaderMapping.of(MissingExtract.SPEC, List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"));
    RecordParser p = new RecordParser(missing, RUN_DATE);
    assertThat(p.parse(List.of("A1", "17/03/2001", "M", "02/10/2016", "01/10/2016")))
        .isEqualTo(ParsedRecord.rejected(Rule.END_BEFORE_START, "MIS_END"));
    assertThat(p.parse(List.of("A1", "17/11/2016", "M", "02/10/2016", "")))
        .isEqualTo(ParsedRecord.rejected(Rule.BIRTH_AFTER_EVENT, "DOB"));
    assertThat(p.parse(List.of("A1", "17/03/2001", "M", "02/10/2016", "")).isAccepted()).isTrue();
  }

  /** A cohort row under {@link #HEADER} with the given birth month and episode dates. */
  private static List<String> cohortRow(String birthMonth, String identified, String closed) {
    return List.of("A1", "E06000043", birthMonth, "F", identified, closed, "", "", "");
  }

  private static List<String> concat(List<String> row, String... more) {
    List<String> all = new java.util.ArrayList<>(row);
    all.addAll(List.of(more));
    return all;
  }

  private void assertRejected(List<String> raw, Rule rule, String column) {
    assertThat(parser.parse(raw)).isEqualTo(ParsedRecord.rejected(rule, column));
  }
}
