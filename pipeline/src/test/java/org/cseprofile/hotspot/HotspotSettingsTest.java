package org.cseprofile.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HotspotSettingsTest {

  @Test
  void defaultsAreThoseOfTheIssue() {
    HotspotSettings d = HotspotSettings.DEFAULT;
    assertThat(d.cellSizeMetres()).isEqualTo(250);
    assertThat(d.neighbourhood()).isEqualTo(new Neighbourhood(Contiguity.QUEEN, 1));
    assertThat(d.topCells()).isEqualTo(10);
    assertThat(d.multipleTesting()).isEqualTo(MultipleTesting.FALSE_DISCOVERY_RATE);
    assertThat(d.region()).isEmpty();
  }

  @Test
  void withersChangeOneSetting() {
    StudyRegion box = new StudyRegion(500_000, 100_000, 510_000, 110_000);
    HotspotSettings s = HotspotSettings.DEFAULT.withCellSizeMetres(100).withTopCells(5).withRegion(box)
        .withNeighbourhood(new Neighbourhood(Contiguity.ROOK, 2)).withMultipleTesting(MultipleTesting.NONE);
    assertThat(s).isEqualTo(new HotspotSettings(100, new Neighbourhood(Contiguity.ROOK, 2), 5, MultipleTesting.NONE,
        Optional.of(box)));
  }

  @Test
  void refusesBadSettingsNamingTheField() {
    assertThatThrownBy(() -> HotspotSettings.DEFAULT.withCellSizeMetres(251))
        .hasMessage("cellSizeMetres must be an even number of metres from 10 to 10000, was 251");
    assertThatThrownBy(() -> HotspotSettings.DEFAULT.withCellSizeMetres(8))
        .hasMessage("cellSizeMetres must be an even number of metres from 10 to 10000, was 8");
    assertThatThrownBy(() -> HotspotSettings.DEFAULT.withTopCells(0)).hasMessage("topCells must be at least 1, was 0");
    assertThatThrownBy(() -> HotspotSettings.DEFAULT.withNeighbourhood(null)).hasMessage("neighbourhood");
  }

  @Test
  void refusesRegionsOffTheNationalGrid() {
    assertThatThrownBy(() -> new StudyRegion(-1, 0, 10, 10)).hasMessage("minEasting must be from 0 to 700000 metres, was -1");
    assertThatThrownBy(() -> new StudyRegion(0, 0, 10, 1_300_001))
        .hasMessage("maxNorthing must be from 0 to 1300000 metres, was 1300001");
    assertThatThrownBy(() -> new StudyRegion(10, 0, 10, 10))
        .hasMessage("maxEasting must be greater than minEasting (minEasting 10, maxEasting 10)");
    assertThatThrownBy(() -> new StudyRegion(0, 20, 10, 10))
        .hasMessage("maxNorthing must be greater than minNorthing (minNorthing 20, maxNorthing 10)");
  }
}
