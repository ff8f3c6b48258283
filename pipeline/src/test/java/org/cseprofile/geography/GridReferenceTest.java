package org.cseprofile.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GridReferenceTest {

  /**
   * By hand: Brighton's Clock Tower is near E 531000 N 104000. 531000 is 5 hundred-km squares east, 104000 is
   * 1 north: square TQ (T: the 500 km square east of S; Q: column 0, row 1 of it). Within it, 31000 m east and
   * 4000 m north: at 1 km "31" and "04".
   */
  @Test
  void namesTheSquareWithLettersAndDigits() {
    assertThat(GridReference.of(531000, 104000, 1000)).isEqualTo("TQ 31 04");
    assertThat(GridReference.of(531999, 104999, 1000)).isEqualTo("TQ 31 04");
    assertThat(GridReference.of(531250, 104750, 100)).isEqualTo("TQ 312 047");
    assertThat(GridReference.of(531250, 104750, 10)).isEqualTo("TQ 3125 0475");
    assertThat(GridReference.of(531250, 104750, 100_000)).isEqualTo("TQ");
  }

  /** Squares whose letters OS publishes (the index of 100 km squares): the letter I is never used. */
  @Test
  void lettersFollowTheOrdnanceSurveyIndex() {
    assertThat(GridReference.letters(0, 0)).isEqualTo("SV"); // Isles of Scilly corner
    assertThat(GridReference.letters(4, 0)).isEqualTo("SZ");
    assertThat(GridReference.letters(5, 0)).isEqualTo("TV");
    assertThat(GridReference.letters(1, 0)).isEqualTo("SW");
    assertThat(GridReference.letters(3, 1)).isEqualTo("ST");
    assertThat(GridReference.letters(4, 1)).isEqualTo("SU");
    assertThat(GridReference.letters(5, 1)).isEqualTo("TQ");
    assertThat(GridReference.letters(6, 2)).isEqualTo("TM");
    assertThat(GridReference.letters(4, 3)).isEqualTo("SK");
    assertThat(GridReference.letters(4, 4)).isEqualTo("SE");
    assertThat(GridReference.letters(4, 5)).isEqualTo("NZ"); // Newcastle
    assertThat(GridReference.letters(3, 6)).isEqualTo("NT"); // Edinburgh
    assertThat(GridReference.letters(2, 8)).isEqualTo("NH"); // Inverness
    assertThat(GridReference.letters(4, 11)).isEqualTo("HU"); // Shetland
    assertThat(GridReference.letters(3, 8)).isEqualTo("NJ"); // Aberdeen
  }

  @Test
  void namesSquaresByCornerOrCentre() {
    assertThat(GridReference.ofSquare(531000, 104000, 1000)).isEqualTo("TQ 31 04");
    // A 250 m cell is not a square of the lettered grid: its centre (531125, 104125) to 100 m.
    assertThat(GridReference.ofSquare(531000, 104000, 250)).isEqualTo("TQ 311 041");
    // A 2 km cell: its centre (532000, 105000) to 1 km.
    assertThat(GridReference.ofSquare(531000, 104000, 2000)).isEqualTo("TQ 32 05");
  }

  /** An independent cross-check: the letters decoded back give the square's corner, for every 100 km square. */
  @Test
  void everySquareDecodesToItsCorner() {
    String alphabet = "ABCDEFGHJKLMNOPQRSTUVWXYZ";
    for (int e = 0; e < 7; e++) {
      for (int n = 0; n < 13; n++) {
        String letters = GridReference.letters(e, n);
        int first = alphabet.indexOf(letters.charAt(0));
        int second = alphabet.indexOf(letters.charAt(1));
        // False origin of the lettered grid: square SV is 2 columns right and 1 row up of the 500 km square A's corner.
        int east = ((first - 2) % 5) * 5 + (second % 5);
        int north = (19 - (first / 5) * 5) - (second / 5);
        assertThat(new int[] {east, north}).as(letters).containsExactly(e, n);
      }
    }
  }

  @Test
  void refusesPointsOffTheGridAndOddPrecisions() {
    assertThatThrownBy(() -> GridReference.of(-1, 5, 1000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("easting and northing");
    assertThatThrownBy(() -> GridReference.of(700_000, 5, 1000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GridReference.of(5, 5, 250)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("precisionMetres");
  }
}
