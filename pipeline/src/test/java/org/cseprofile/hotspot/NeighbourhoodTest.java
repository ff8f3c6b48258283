package org.cseprofile.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {

  @Test
  void queenOfOrderOneIsTheCellAndItsEightNeighbours() {
    List<Neighbourhood.Offset> offsets = Neighbourhood.QUEEN_1.offsets();
    assertThat(offsets).hasSize(9).contains(new Neighbourhood.Offset(0, 0), new Neighbourhood.Offset(-1, -1),
        new Neighbourhood.Offset(1, 1), new Neighbourhood.Offset(-1, 1));
    assertThat(Neighbourhood.QUEEN_1.label()).isEqualTo("queen 1");
  }

  @Test
  void largerAndRookNeighbourhoods() {
    assertThat(new Neighbourhood(Contiguity.QUEEN, 2).offsets()).hasSize(25);
    assertThat(new Neighbourhood(Contiguity.ROOK, 1).offsets()).containsExactly(
        new Neighbourhood.Offset(0, -1), new Neighbourhood.Offset(-1, 0), new Neighbourhood.Offset(0, 0),
        new Neighbourhood.Offset(1, 0), new Neighbourhood.Offset(0, 1));
    assertThat(new Neighbourhood(Contiguity.ROOK, 2).offsets()).hasSize(13);
    assertThat(new Neighbourhood(Contiguity.ROOK, 3).label()).isEqualTo("rook 3");
  }

  @Test
  void everyNeighbourhoodIsSymmetric() {
    // The neighbourhood sums rely on it: j is in i's neighbourhood exactly when i is in j's.
    for (Contiguity c : Contiguity.values()) {
      for (int cells = 1; cells <= Neighbourhood.MAX_CELLS; cells++) {
        List<Neighbourhood.Offset> offsets = new Neighbourhood(c, cells).offsets();
        assertThat(offsets).allSatisfy(o -> assertThat(offsets).contains(new Neighbourhood.Offset(-o.east(), -o.north())));
      }
    }
  }

  @Test
  void refusesRadiiOutOfRange() {
    assertThatThrownBy(() -> new Neighbourhood(Contiguity.QUEEN, 0)).hasMessage("cells must be from 1 to 3, was 0");
    assertThatThrownBy(() -> new Neighbourhood(Contiguity.QUEEN, 4)).hasMessage("cells must be from 1 to 3, was 4");
    assertThatThrownBy(() -> new Neighbourhood(null, 1)).hasMessage("contiguity");
  }
}
