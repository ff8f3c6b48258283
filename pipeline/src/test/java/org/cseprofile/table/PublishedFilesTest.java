package org.cseprofile.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text in published CSV that no spreadsheet runs as a formula, whatever its list separator (finding 10). */
class PublishedFilesTest {
  @Test
  void aFormulaAtTheStartOfAnyCellASpreadsheetMightSplitOffGetsAnApostrophe() {
    assertThat(PublishedFiles.safe("=1+1")).isEqualTo("'=1+1");
    assertThat(PublishedFiles.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    // Excel with ; as its list separator reads this as two cells, the second =1+1.
    assertThat(PublishedFiles.safe("x;=1+1")).isEqualTo("x;'=1+1");
    assertThat(PublishedFiles.safe("x,+1|-2\t@3")).isEqualTo("x,'+1|'-2\t'@3");
    assertThat(PublishedFiles.safe("Brighton and Hove; Hove Park")).isEqualTo("Brighton and Hove; Hove Park");
    assertThat(PublishedFiles.safe("E10000032")).isEqualTo("E10000032");
    assertThat(PublishedFiles.safe("")).isEmpty();
    assertThat(PublishedFiles.safe(null)).isNull();
  }
}
