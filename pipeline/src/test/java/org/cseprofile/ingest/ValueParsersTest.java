package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueParsersTest {

  @Test
  void datesAreIsoOrUkAndMustExist() {
    assertThat(ValueParsers.date("2016-02-29")).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(ValueParsers.date("29/02/2016")).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(ValueParsers.date("1/2/2016")).isEqualTo(LocalDate.of(2016, 2, 1));
    assertThat(ValueParsers.date("31/02/2016")).isNull();
    assertThat(ValueParsers.date("2015-02-29")).isNull();
    assertThat(ValueParsers.date("2016-13-01")).isNull();
    assertThat(ValueParsers.date("2016-2-1")).isNull();
    assertThat(ValueParsers.date("02/29/2016")).isNull();
    assertThat(ValueParsers.date("2016-02-01 00:00")).isNull();
    assertThat(ValueParsers.date("yesterday")).isNull();
  }

  @Test
  void monthsAreCutToTheFirstDay() {
    assertThat(ValueParsers.month("2001-03")).isEqualTo(LocalDate.of(2001, 3, 1));
    assertThat(ValueParsers.month("2001-03-17")).isEqualTo(LocalDate.of(2001, 3, 1));
    assertThat(ValueParsers.month("17/03/2001")).isEqualTo(LocalDate.of(2001, 3, 1));
    assertThat(ValueParsers.month("2001-13")).isNull();
    assertThat(ValueParsers.month("03/2001")).isNull();
  }

  @Test
  void gendersAcceptLettersAndCinCensusCodes() {
    assertThat(List.of("M", "m", "1", "F", "f", "2", "U", "0", "9")).map(ValueParsers::gender)
        .containsExactly("M", "M", "M", "F", "F", "F", "U", "U", "U");
    assertThat(ValueParsers.gender("X")).isNull();
    assertThat(ValueParsers.gender("male")).isNull();
  }

  @Test
  void yesNoIgnoresCase() {
    assertThat(ValueParsers.yesNo("Y")).isTrue();
    assertThat(ValueParsers.yesNo("yes")).isTrue();
    assertThat(ValueParsers.yesNo("n")).isFalse();
    assertThat(ValueParsers.yesNo("No")).isFalse();
    assertThat(ValueParsers.yesNo("1")).isNull();
  }

  @Test
  void codesMatchIgnoringCaseAndReturnTheCanonicalSpelling() {
    List<String> codes = List.of("low", "medium", "high");
    assertThat(ValueParsers.code("HIGH", codes)).isEqualTo("high");
    assertThat(ValueParsers.code("severe", codes)).isNull();
    assertThat(ValueParsers.codeList("cawn; SRO;;cawn", List.of("cawn", "sro"))).containsExactly("cawn", "sro");
    assertThat(ValueParsers.codeList("cawn;tagging", List.of("cawn", "sro"))).isNull();
    assertThat(ValueParsers.cinFactors("10a;11A; 24A")).containsExactly("10A", "11A", "24A");
    assertThat(ValueParsers.cinFactors("11A;CSE")).isNull();
  }

  @Test
  void numbersAndGridReferences() {
    assertThat(ValueParsers.integer("1989")).isEqualTo(1989);
    assertThat(ValueParsers.integer("19.5")).isNull();
    assertThat(ValueParsers.gridMetres("531250")).isEqualTo(531250);
    assertThat(ValueParsers.gridMetres("531250.9")).isEqualTo(531250);
    assertThat(ValueParsers.gridMetres("TQ312042")).isNull();
    assertThat(ValueParsers.laCode("e06000043")).isEqualTo("E06000043");
    assertThat(ValueParsers.laCode("846")).isNull();
  }
}
