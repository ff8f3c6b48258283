package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.disclosure.InputFilesPublication;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.ingest.FileProblem;
import org.cseprofile.ingest.Rule;
import org.cseprofile.ingest.TextEncoding;
import org.junit.jupiter.api.Test;

/** The source line under the charts names only the agencies whose extracts the run read. */
class ReportSourceTest {

  @Test
  void namesOnlyTheAgenciesWhoseFilesHadRowsRead() {
    FileAccount cohort = new FileAccount("cse_cohort", "cse_cohort.csv", 100, 40, 40, 0, TextEncoding.UTF_8,
        List.of(), List.of());
    FileAccount missing = new FileAccount("missing", "missing/E10000011.csv", 100, 3, 3, 0, TextEncoding.UTF_8,
        List.of(), List.of());
    FileAccount rejectedHealth = new FileAccount("health", "health.csv", 10, 0, 0, 0, null,
        List.of(new FileProblem("health", "health.csv", Rule.MISSING_COLUMN, "service")), List.of());
    FileAccount suspects = new FileAccount("suspects", "suspects.csv", 100, 12, 12, 0, TextEncoding.UTF_8,
        List.of(), List.of());

    assertThat(BoardReportStep.source(InputFilesPublication.publish(List.of(cohort, missing, rejectedHealth), "2016-Q4",
        DisclosurePolicy.PARTNERSHIP)))
        .isEqualTo("cse-profile, partnership CSE problem profile (children's social care extract)");
    assertThat(BoardReportStep.source(InputFilesPublication.publish(List.of(cohort, suspects), "2016-Q4",
        DisclosurePolicy.PARTNERSHIP)))
        .isEqualTo("cse-profile, partnership CSE problem profile (children's social care, police extracts)");
    assertThat(BoardReportStep.source(null)).isEqualTo(ProfileRun.SOURCE);
  }
}
