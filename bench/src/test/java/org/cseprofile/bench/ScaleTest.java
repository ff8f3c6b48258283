package org.cseprofile.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void namedScalesAndAnotherNumberOfChildren() {
    assertThat(Scale.parse("county")).isEqualTo(Scale.COUNTY);
    assertThat(Scale.parse("Nation").children()).isEqualTo(1_000_000);
    assertThat(Scale.parse("region:200000"))
        .isEqualTo(new Scale("region-200000", 200_000, Scale.REGION_AUTHORITIES));
    assertThat(Scale.REGION_AUTHORITIES.split(",")).hasSize(19);
  }

  @Test
  void unknownScalesAreRefused() {
    assertThatThrownBy(() -> Scale.parse("city")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must be county, region or nation (optionally :CHILDREN), was city");
    assertThatThrownBy(() -> Scale.parse("county:0")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quartersHaveTheirFirstAndLastDays() {
    Quarter q = Quarter.parse("2016-Q4");
    assertThat(q.start()).hasToString("2016-10-01");
    assertThat(q.end()).hasToString("2016-12-31");
    assertThat(Quarter.parse("2016-Q1").end()).hasToString("2016-03-31");
    assertThatThrownBy(() -> Quarter.parse("2016-10")).isInstanceOf(IllegalArgumentException.class);
  }
}
