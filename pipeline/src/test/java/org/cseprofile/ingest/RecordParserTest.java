package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordParserTest {
  private static final List<String> HEADER = List.of(" Child_ID", "LA_CODE", "birth_month", "gender ", "identified_date",
      "closed_date", "risk_level", "cin_factors", "notes");

  private final HeaderMapping mapping = HeaderMapping.of(CohortExtract.SPEC, HEADER);
  private final RecordParser parser = new RecordParser(mapping);

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
    assertThatThrownBy(() -> new RecordParser(broken)).isInstanceOf(IllegalArgumentException.class);
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
    ParsedRecord parsed = new RecordParser(missing).parse(List.of("A1", "17/03/2001", "m", "02/10/2016", "", "X1"));

    assertThat(missing.unknown()).containsExactly("placement");
    assertThat(parsed.isAccepted()).isTrue();
    assertThat(parsed.values()).startsWith("A1", LocalDate.of(2001, 3, 1), "M", LocalDate.of(2016, 10, 2), null);
  }

  private void assertRejected(List<String> raw, Rule rule, String column) {
    assertThat(parser.parse(raw)).isEqualTo(ParsedRecord.rejected(rule, column));
  }
}
