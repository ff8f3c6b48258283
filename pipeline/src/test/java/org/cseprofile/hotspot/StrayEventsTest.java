package org.cseprofile.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrayEventsTest {

  /**
   * By hand, on 5 km squares: a town of 90 events in squares (100, 20) and (101, 20); 12 events two squares east
   * at (103, 21) (linked: within five squares); 3 events at (110, 20), seven squares from the rest (3 of 106, under a
   * tenth: left out); 1 event in Northern Ireland (left out). The rectangle is that of the first three squares' cells.
   */
  @Test
  void leavesOutSmallGroupsFarFromTheRest() {
    List<StrayEvents.Square> squares = List.of(
        new StrayEvents.Square(100, 20, 60, 2000, 400, 2019, 419),
        new StrayEvents.Square(101, 20, 30, 2020, 401, 2030, 410),
        new StrayEvents.Square(103, 21, 12, 2061, 420, 2065, 425),
        new StrayEvents.Square(110, 20, 3, 2200, 400, 2201, 401),
        new StrayEvents.Square(30, 100, 1, 600, 2000, 600, 2000));
    StrayEvents.Core core = StrayEvents.core(squares);
    assertThat(core.box()).containsExactly(2000, 400, 2065, 425);
    assertThat(core.leftOut()).isEqualTo(4);
  }

  /** A group of a tenth or more is a place, not a stray: two towns 50 km apart, 60 and 40 events, are both kept. */
  @Test
  void keepsEveryLargeGroup() {
    StrayEvents.Core core = StrayEvents.core(List.of(
        new StrayEvents.Square(100, 20, 60, 2000, 400, 2019, 419),
        new StrayEvents.Square(110, 20, 40, 2200, 400, 2210, 410)));
    assertThat(core.box()).containsExactly(2000, 400, 2210, 419);
    assertThat(core.leftOut()).isZero();
  }

  /**
   * A market town 20 km from the rest is part of the region however few its events: 95 events in square
   * (100, 20) and 5 (under a tenth) at (104, 20), four squares east, are linked and both kept.
   */
  @Test
  void keepsADistantTownWithinTheLink() {
    StrayEvents.Core core = StrayEvents.core(List.of(
        new StrayEvents.Square(100, 20, 95, 2000, 400, 2019, 419),
        new StrayEvents.Square(104, 20, 5, 2080, 400, 2085, 405)));
    assertThat(core.box()).containsExactly(2000, 400, 2085, 419);
    assertThat(core.leftOut()).isZero();
  }

  /** The largest group is kept however small: a single event is its own region. */
  @Test
  void keepsTheLargestGroupAndHandlesNothing() {
    assertThat(StrayEvents.core(List.of(new StrayEvents.Square(1, 1, 1, 20, 20, 20, 20))).box())
        .containsExactly(20, 20, 20, 20);
    assertThat(StrayEvents.core(List.of()).box()).isNull();
  }
}
