package org.cseprofile.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.ingest.FileProblem;
import org.cseprofile.ingest.RowProblem;
import org.cseprofile.ingest.Rule;
import org.cseprofile.ingest.TextEncoding;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.junit.jupiter.api.Test;

/** Rows accepted with a warning reach the published data-quality tables, by rule, under the policy. */
class InputFilesPublicationTest {
  /** 40 rows, 30 accepted, 6 of them overlapping; read as Windows-1252 and named by its authority. */
  static final FileAccount NAMED = new FileAccount("missing", "missing/E10000011.csv", 900, 40, 30, 10,
      TextEncoding.WINDOWS_1252,
      List.of(new FileProblem("missing", "missing/E10000011.csv", Rule.AUTHORITY_FROM_FILE_NAME, "LA"),
          new FileProblem("missing", "missing/E10000011.csv", Rule.WINDOWS_1252, null)),
      List.of(new RowProblem(Rule.INVALID_DATE, "MIS_START", 10, List.of(2L)),
          new RowProblem(Rule.OVERLAPPING_MISSING, "MIS_START+MIS_END", 6, List.of(3L))));
  /** 20 rows accepted, 3 overlapping (a small count). */
  static final FileAccount PLAIN = new FileAccount("missing", "missing/E06000043.csv", 500, 20, 20, 0,
      TextEncoding.UTF_8, List.of(), List.of(new RowProblem(Rule.OVERLAPPING_MISSING, "MIS_START+MIS_END", 3,
          List.of(5L))));

  @Test
  void warningsByFileAndRuleAreCountedAndSmallCountsWithheld() {
    PublishedTable table = InputFilesPublication.warnings(List.of(NAMED, PLAIN), "2016-Q4", DisclosurePolicy.PARTNERSHIP);

    assertThat(table.name()).isEqualTo("input_warnings");
    assertThat(table.rows()).extracting(InputFilesPublicationTest::describe).containsExactly(
        "missing/E10000011.csv authority_from_file_name 30",
        "missing/E10000011.csv windows_1252 30",
        "missing/E10000011.csv overlapping_missing 6",
        "missing/E06000043.csv overlapping_missing c");
  }

  @Test
  void inputFilesCountsTheRowsAcceptedWithAnyWarning() {
    PublishedTable table = InputFilesPublication.publish(List.of(NAMED, PLAIN), "2016-Q4", DisclosurePolicy.PARTNERSHIP);

    int warned = table.measure("rows_with_warning");
    assertThat(table.rows()).extracting(r -> r.dimensions().get(1) + " " + show(r, warned)).containsExactly(
        "missing/E10000011.csv 30", "missing/E06000043.csv c");
  }

  private static String describe(PublishedRow r) {
    return r.dimensions().get(1) + " " + r.dimensions().get(2) + " " + show(r, 0);
  }

  private static String show(PublishedRow r, int measure) {
    return r.cells().get(measure).isShown() ? String.valueOf((long) r.cells().get(measure).valueOrZero()) : "c";
  }

  @Test
  void everyWarningItPublishesHasPlainWordsInTheBoardReport() {
    // The report's data-quality annex names each rule of input_warnings in words a board member understands.
    for (Rule rule : Rule.values()) {
      if (rule.severity() == org.cseprofile.ingest.Severity.WARNING && rule != Rule.EMPTY_FILE) {
        assertThat(org.cseprofile.reports.report.WarningWords.known(rule.id())).as(rule.id()).isTrue();
      }
    }
  }
}
