package org.cseprofile.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cseprofile.reports.chart.MapBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapAreasTest {
  @TempDir
  Path dir;

  /**
   * The fixture's partnership is Aville alone: its neighbour Beeton is drawn (it touches the view), Aville's wards
   * are drawn, Beeton's ward is not; the file round-trips; the source names the file and ONS's licence.
   */
  @Test
  void drawsThePartnershipItsWardsAndItsNeighboursAndRoundTrips() throws IOException {
    Path file = Fixtures.write(dir, "areas.geojson", Fixtures.GEOJSON);
    ReferenceGeography geography = ReferenceGeography.read(new GeographySettings(List.of(file.toString()), List.of(),
        Optional.empty()), Fixtures.HADOOP);
    MapBackground maps = MapAreas.of(geography, List.of("E0000000A"), "the partnership's authorities");
    assertThat(maps.areas()).extracting(MapBackground.Area::code).containsExactly("E0000000A", "E0000000B", "W01", "W02");
    assertThat(maps.source()).startsWith("areas.geojson (Office for National Statistics licensed under the Open "
        + "Government Licence v.3.0");
    MapBackground read = MapAreas.fromGeoJson(MapAreas.toGeoJson(maps), "boundaries.geojson");
    assertThat(read.source()).isEqualTo(maps.source());
    assertThat(read.region()).isEqualTo("the partnership's authorities");
    assertThat(read.areas()).extracting(MapBackground.Area::name).containsExactly("Aville", "Beeton", "West", "East");
    assertThat(read.areas().get(0).rings().get(0).length).isEqualTo(5);
    assertThat(MapAreas.of(ReferenceGeography.NONE, List.of("E0000000A"), "r").hasAreas()).isFalse();
  }
}
