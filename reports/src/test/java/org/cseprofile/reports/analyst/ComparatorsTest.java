package org.cseprofile.reports.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ComparatorsTest {
  private static Comparators parse(String text) {
    return Comparators.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ratesAreReadWithTheirSourceAndConvertedToPer10000() {
    Comparators c = parse("# SYNTHETIC\nmeasure,area,rate,per,source,date\n"
        + "children_open,England,18.5,10000,\"Example, table 1\",2016\n"
        + "children_open,Region,2.1,1000,Report,2017-03\n");
    assertThat(c.rows()).containsExactly(
        new Comparators.Comparator("children_open", "England", 18.5, "Example, table 1", "2016"),
        new Comparators.Comparator("children_open", "Region", 21.0, "Report", "2017-03"));
  }

  @Test
  void aBadLineIsNamedWithoutItsValues() {
    assertThatThrownBy(() -> parse("measure,area,rate\n")).hasMessage(
        "line 1: the header must be measure,area,rate,per,source,date");
    assertThatThrownBy(() -> parse("measure,area,rate,per,source,date\nchildren_open,E,lots,10000,S,2016\n"))
        .hasMessage("line 2, column rate: must be a number of 0 or more");
    assertThatThrownBy(() -> parse("measure,area,rate,per,source,date\nchildren_open,E,1,10000,,2016\n"))
        .hasMessage("line 2, column source: must not be blank (a comparator without its area, source and date cannot "
            + "be checked)");
    assertThatThrownBy(() -> parse("measure,area,rate,per,source,date\nchildren_open,E,1,0,S,2016\n"))
        .hasMessage("line 2, column per: must be above 0");
  }
}
