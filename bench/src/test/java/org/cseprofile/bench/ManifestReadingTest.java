package org.cseprofile.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ManifestReadingTest {

  @Test
  void takesTheStagesInTheirOrderAndAddsUpTheInputs() throws Exception {
    String json = """
        {"run_id": "r", "inputs": [
           {"extract": "cse_cohort", "file": "cse_cohort.csv", "bytes": 1000, "rows_read": 10},
           {"extract": "missing", "file": "missing/E1.csv", "bytes": 500, "rows_read": 7}],
         "disclosure": {"policy": "partnership", "shown": 40, "primary": 6, "primary_value": 13, "secondary": 2,
           "secondary_value": 17, "tables": []},
         "timings_seconds": {"ingest and validate": 3.5, "profile": 1.25, "write tables": 2.0, "report": 0.25},
         "spark_jobs": {"ingest and validate": 12, "profile": 3, "write tables": 20, "report": 0}}
        """;

    ManifestReading m = ManifestReading.parse(new ObjectMapper().readTree(json));

    assertThat(m.stageSeconds()).containsExactly(org.assertj.core.api.Assertions.entry("ingest and validate", 3.5),
        org.assertj.core.api.Assertions.entry("profile", 1.25),
        org.assertj.core.api.Assertions.entry("write tables", 2.0),
        org.assertj.core.api.Assertions.entry("report", 0.25));
    assertThat(m.stagesTotal()).isEqualTo(7.0);
    assertThat(m.stageJobs()).containsEntry("write tables", 20L).hasSize(4);
    assertThat(m.jobsTotal()).isEqualTo(35);
    assertThat(m.rowsRead()).isEqualTo(17);
    assertThat(m.bytesRead()).isEqualTo(1500);
    assertThat(m.files()).isEqualTo(2);
    assertThat(m.withheld()).isEqualTo(new ManifestReading.Withheld(40, 6, 13, 2, 17));
  }

  @Test
  void aManifestWithoutSparkJobsHasNone() throws Exception {
    ManifestReading m = ManifestReading.parse(new ObjectMapper().readTree(
        "{\"inputs\": [], \"timings_seconds\": {\"profile\": 1.0}}"));

    assertThat(m.stageJobs()).isEmpty();
    assertThat(m.jobsTotal()).isZero();
  }

  @Test
  void aManifestWithoutTimingsIsRefused() throws Exception {
    assertThatThrownBy(() -> ManifestReading.parse(new ObjectMapper().readTree("{\"inputs\": []}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the manifest has no timings_seconds");
  }

  @Test
  void aManifestWithoutDisclosureHasNothingWithheld() throws Exception {
    ManifestReading m = ManifestReading.parse(new ObjectMapper().readTree(
        "{\"inputs\": [], \"timings_seconds\": {\"profile\": 1.0}}"));
    assertThat(m.withheld()).isNull();
  }
}
