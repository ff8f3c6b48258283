package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cseprofile.ingest.Completeness;
import org.junit.jupiter.api.Test;

/** Which optional columns were not supplied: filled in no accepted row of their extract's files together. */
class UnfilledColumnsTest {
  @Test
  void aColumnFilledInNoRowOfAnyFileIsNotSuppliedAndOneFilledAnywhereIs() {
    List<Completeness> completeness = List.of(
        // suspects: two files; ethnicity filled in one of them (3 of 10 rows in all), previous offending in none.
        new Completeness("suspects", "a.csv", "ethnicity", 6, 0),
        new Completeness("suspects", "b.csv", "ethnicity", 4, 3),
        new Completeness("suspects", Completeness.ALL_FILES, "ethnicity", 10, 3),
        new Completeness("suspects", "a.csv", "previous_offending", 6, 0),
        new Completeness("suspects", "b.csv", "previous_offending", 4, 0),
        new Completeness("suspects", Completeness.ALL_FILES, "previous_offending", 10, 0),
        // incidents: location_role blank throughout one file; the per-file row alone decides nothing.
        new Completeness("incidents", "i.csv", "location_role", 5, 0),
        new Completeness("incidents", Completeness.ALL_FILES, "location_role", 5, 0),
        new Completeness("cse_cohort", Completeness.ALL_FILES, "referral_source", 8, 8));

    assertThat(ProfileRun.unfilled(completeness))
        .containsExactlyInAnyOrder("suspects.previous_offending", "incidents.location_role");
  }
}
