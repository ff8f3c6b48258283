package org.cseprofile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AgreementTest {

  @Test
  void equalCellsAgreeAndZerosListedOnOneSideOnlyCountAsAbsent() {
    Figures duck = new Figures(Map.of("cohort|ALL|children_open", 5L, "cohort|E1|children_open", 5L));
    Figures ours = new Figures(Map.of("cohort|ALL|children_open", 5L, "cohort|E1|children_open", 5L,
        "cohort|E2|children_open", 0L));

    Agreement a = Agreement.of("cohort", duck, ours);

    assertThat(a.agrees()).isTrue();
    assertThat(a.cells()).isEqualTo(3);
    assertThat(a.total()).isEqualTo(10);
  }

  @Test
  void aDifferentCountAndACountMissingOnOurSideAreReported() {
    Figures duck = new Figures(Map.of("cohort|ALL|children_open", 5L, "cohort|E1|children_open", 4L,
        "incidents_by_type|ALL|crime|incidents", 2L));
    Figures ours = new Figures(Map.of("cohort|ALL|children_open", 6L));

    Agreement a = Agreement.of("cohort", duck, ours);

    assertThat(a.differences()).containsExactly("ALL|children_open: DuckDB 5, ours 6",
        "E1|children_open: DuckDB 4, ours 0");
    assertThat(Agreement.of("incidents_by_type", duck, ours).differences())
        .containsExactly("ALL|crime|incidents: DuckDB 2, ours 0");
  }

  @Test
  void aStatisticDuckDbCountedNothingInIsNotAnAgreement() {
    Agreement a = Agreement.of("cohort", Figures.none(), Figures.none());

    assertThat(a.agrees()).isFalse();
    assertThat(a.differences()).containsExactly("DuckDB counted nothing: the comparison would prove nothing");
  }
}
