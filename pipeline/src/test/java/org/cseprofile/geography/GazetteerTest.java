package org.cseprofile.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  @TempDir
  Path dir;

  @Test
  void namesThePlaceOfAPoint() throws IOException {
    Gazetteer places = Fixtures.gazetteer(dir);
    assertThat(places.smallAreaLevel()).contains(BoundaryLevel.WARD);
    assertThat(places.locate(502000, 103000)).contains(new Place("E0000000A", "Aville", "W01", "West", "ward"));
    assertThat(places.locate(507000, 103000)).contains(new Place("E0000000A", "Aville", "W02", "East", "ward"));
    assertThat(places.locate(512000, 103000)).contains(new Place("E0000000B", "Beeton", "W03", "Lakeside", "ward"));
    // The lake is in Beeton but in no ward.
    assertThat(places.locate(515000, 105000)).contains(new Place("E0000000B", "Beeton", null, null, null));
    // On the edge between West and East: the lower code.
    assertThat(places.locate(505000, 103000).map(Place::placeCode)).contains("W01");
    assertThat(places.locate(530000, 103000)).isEmpty();
    assertThat(places.locate(502000, 103000).map(Place::describe)).contains("Aville: West ward");
  }

  /**
   * A 2 km square from E 504 to 506 km lies half in West and half in East: a tie, the lower code. Moved
   * 500 m east (504.5 to 506.5), 1.5 km of its width is in East: East. A square half in the lake (the lake
   * is in no ward) still takes Lakeside, where all its land is.
   */
  @Test
  void namesTheWardHoldingMostOfASquare() throws IOException {
    Gazetteer places = Fixtures.gazetteer(dir);
    assertThat(places.ofSquare(504000, 103000, 2000).map(Place::placeCode)).contains("W01");
    assertThat(places.ofSquare(504500, 103000, 2000).map(Place::placeCode)).contains("W02");
    assertThat(places.ofSquare(513000, 105000, 2000).map(Place::placeCode)).contains("W03");
    assertThat(places.ofSquare(525000, 105000, 1000)).isEmpty();
  }

  @Test
  void withoutWardsNamesTheAuthority() throws IOException {
    String head = Fixtures.GEOJSON.substring(0, Fixtures.GEOJSON.indexOf("WD23CD"));
    String authoritiesOnly = head.substring(0, head.lastIndexOf("},") + 1) + "]}";
    Gazetteer places = new Gazetteer(List.of(BoundaryFile.read(Fixtures.write(dir, "la.geojson", authoritiesOnly)
        .toString(), List.of(), Fixtures.HADOOP)));
    assertThat(places.smallAreaLevel()).isEmpty();
    assertThat(places.locate(512000, 103000)).contains(new Place("E0000000B", "Beeton", null, null, null));
    assertThat(places.ofSquare(509500, 103000, 1000).map(Place::authorityCode)).isEqualTo(Optional.of("E0000000A"));
    assertThat(places.union(List.of("E0000000A", "E0000000B")).orElseThrow().getArea()).isEqualTo(200_000_000.0);
    assertThat(places.union(List.of("E9"))).isEmpty();
  }
}
