package org.cseprofile.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.HealthExtract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Columns by name: each column its own random stream, rows written by column name in the contract's order. */
class SyntheticColumnsTest {
  static final SampleConfig CONFIG = new SampleConfig(7, 200, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31),
      SampleConfig.SUSSEX, "unused");

  @Test
  void aNewCohortColumnLeavesEveryOtherValueOfEveryChildAsItWas() {
    List<Synthesis.YesNo> withNew = new ArrayList<>(Synthesis.COHORT_YES_NO);
    withNew.add(0, new Synthesis.YesNo("new_column", 0.5, 0.9));
    Synthesis before = new Synthesis(CONFIG);
    Synthesis after = new Synthesis(CONFIG, withNew);

    int newValues = 0;
    for (long i = 0; i < CONFIG.children(); i++) {
      SyntheticChild old = before.cohortChild(i);
      SyntheticChild added = after.cohortChild(i);
      List<SyntheticChild.Episode> withoutNew = new ArrayList<>();
      for (SyntheticChild.Episode e : added.episodes()) {
        Map<String, Boolean> others = new LinkedHashMap<>(e.yesNo());
        newValues += others.get("new_column") == null ? 0 : 1;
        others.remove("new_column");
        withoutNew.add(new SyntheticChild.Episode(e.laCode(), e.identified(), e.closed(), e.riskLevel(), e.cseModel(),
            e.cpPlan(), e.cinFactors(), others, e.riskAssessed(), e.planned(), e.referralSource()));
      }
      assertThat(new SyntheticChild(added.id(), added.laCode(), added.gender(), added.birthDate(), added.ethnicity(),
          withoutNew, added.missing(), added.education(), added.health(), added.incidents()))
          .as("child %d", i).isEqualTo(old);
    }
    assertThat(newValues).isGreaterThan(100);
  }

  @Test
  void eachColumnHasItsOwnStream() {
    Draws a = Draws.forItem(7, 1, 42);
    Draws b = Draws.forItem(7, 1, 42);
    long first = a.of("cse_cohort.gender").nextLong();
    // Drawing from another column in between changes nothing for this one.
    b.of("cse_cohort.ethnicity").nextLong();
    assertThat(b.of("cse_cohort.gender").nextLong()).isEqualTo(first);
    assertThat(a.of("cse_cohort.gender").nextLong()).isEqualTo(b.of("cse_cohort.gender").nextLong());
    assertThat(Draws.forItem(7, 1, 42).of("cse_cohort.ethnicity").nextLong()).isNotEqualTo(first);
    assertThat(Draws.forItem(7, 1, 43).of("cse_cohort.gender").nextLong()).isNotEqualTo(first);
  }

  @Test
  void rowsAreWrittenByNameInTheContractOrderWithEveryColumnSetOnce(@TempDir Path dir) throws IOException {
    try (ExtractCsv health = ExtractCsv.singleFile(dir, HealthExtract.SPEC)) {
      health.row("E06000043").set(HealthExtract.SERVICE, "sexual_health")
          .set(HealthExtract.CONTACT_DATE, LocalDate.of(2016, 3, 1)).set(HealthExtract.CHILD_ID, "c1").write();
      assertThatThrownBy(() -> health.row("E06000043").set(HealthExtract.CHILD_ID, "c2").write())
          .hasMessage("extract health: 1 of 3 columns set, not [contact_date, service]");
      assertThatThrownBy(() -> health.row("E06000043").set(CohortExtract.RISK_LEVEL, "high"))
          .hasMessage("extract health has no column risk_level");
      assertThatThrownBy(() -> health.row("E06000043").set(HealthExtract.CHILD_ID, "c3").set(HealthExtract.CHILD_ID, "c3"))
          .hasMessage("column child_id of extract health set twice");
      assertThat(health.rows()).isEqualTo(1);
    }
    assertThat(Files.readAllLines(dir.resolve("health.csv")))
        .containsExactly("child_id,contact_date,service", "c1,2016-03-01,sexual_health");
  }
}
