package org.cseprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.cseprofile.hotspot.Contiguity;
import org.cseprofile.hotspot.HotspotSettings;
import org.cseprofile.hotspot.MultipleTesting;
import org.cseprofile.hotspot.Neighbourhood;
import org.cseprofile.hotspot.StudyRegion;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class HotspotOptionsTest {

  @Command(name = "test")
  static final class Holder {
    @Mixin
    HotspotOptions options;
  }

  private static HotspotSettings parse(String... args) {
    Holder holder = new Holder();
    new CommandLine(holder).parseArgs(args);
    return holder.options.settings();
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    assertThat(parse()).isEqualTo(HotspotSettings.DEFAULT);
  }

  @Test
  void everyOptionReachesTheSettings() {
    assertThat(parse("--hotspot-cell-size", "500", "--hotspot-neighbourhood", "Rook:2", "--hotspot-top-cells", "5",
        "--hotspot-multiple-testing", "none", "--hotspot-region", "500000, 100000,540000,140000"))
        .isEqualTo(new HotspotSettings(500, new Neighbourhood(Contiguity.ROOK, 2), 5, MultipleTesting.NONE,
            Optional.of(new StudyRegion(500000, 100000, 540000, 140000))));
  }

  @Test
  void badValuesNameTheOption() {
    assertThatThrownBy(() -> parse("--hotspot-cell-size", "251"))
        .hasMessageStartingWith("--hotspot-cell-size / --hotspot-top-cells: cellSizeMetres must be an even number");
    assertThatThrownBy(() -> parse("--hotspot-top-cells", "0")).hasMessageContaining("topCells must be at least 1");
    assertThatThrownBy(() -> parse("--hotspot-neighbourhood", "queen"))
        .hasMessage("--hotspot-neighbourhood must be CONTIGUITY:CELLS, for example queen:1");
    assertThatThrownBy(() -> parse("--hotspot-neighbourhood", "bishop:1"))
        .hasMessage("--hotspot-neighbourhood contiguity must be queen or rook");
    assertThatThrownBy(() -> parse("--hotspot-neighbourhood", "queen:x"))
        .hasMessage("--hotspot-neighbourhood cells must be a whole number from 1 to 3");
    assertThatThrownBy(() -> parse("--hotspot-neighbourhood", "queen:4"))
        .hasMessage("--hotspot-neighbourhood: cells must be from 1 to 3, was 4");
    assertThatThrownBy(() -> parse("--hotspot-multiple-testing", "bonferroni"))
        .hasMessage("--hotspot-multiple-testing must be fdr or none");
    assertThatThrownBy(() -> parse("--hotspot-region", "1,2,3"))
        .hasMessage("--hotspot-region must be four numbers MINE,MINN,MAXE,MAXN (metres on the British National Grid)");
    assertThatThrownBy(() -> parse("--hotspot-region", "1,2,3,a"))
        .hasMessage("--hotspot-region must be four whole numbers of metres");
    assertThatThrownBy(() -> parse("--hotspot-region", "10,10,5,20"))
        .hasMessage("--hotspot-region: maxEasting must be greater than minEasting (minEasting 10, maxEasting 5)");
  }
}
