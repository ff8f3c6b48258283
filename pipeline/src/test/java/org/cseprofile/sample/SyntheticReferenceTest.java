package org.cseprofile.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.cseprofile.geography.Boundary;
import org.cseprofile.geography.BoundaryFile;
import org.cseprofile.geography.BoundaryLevel;
import org.cseprofile.geography.Gazetteer;
import org.cseprofile.geography.Place;
import org.cseprofile.geography.Population;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticReferenceTest {

  @Test
  void writesLabelledBoundariesAndPopulationTheRunCanRead(@TempDir Path dir) {
    SampleConfig config = new SampleConfig(7, 20, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31),
        SampleConfig.SUSSEX, dir.toString());
    SyntheticReference.write(dir, config);
    Configuration hadoop = new Configuration();
    BoundaryFile file = BoundaryFile.read(dir.resolve("reference/boundaries.geojson").toString(), List.of(), hadoop);
    assertThat(file.synthetic()).isTrue();
    Gazetteer places = new Gazetteer(List.of(file));
    assertThat(places.authorities()).extracting(Boundary::code).containsExactly("E06000043", "E10000011", "E10000032");
    assertThat(places.smallAreaLevel()).contains(BoundaryLevel.WARD);
    // Every ward lies in the authority it was made for (its code says which).
    for (int i = 0; i < places.smallAreas().size(); i++) {
      Place place = places.smallAreaPlace(i);
      assertThat(place.placeCode()).contains(place.authorityCode());
    }
    // The planted Brighton centre hotspot (531250, 104250) is in the Regency ward.
    assertThat(places.locate(531250, 104250).map(Place::describe)).contains("Brighton and Hove: Regency ward");
    // West Sussex's box holds Brighton and Hove's: that part is Brighton and Hove's.
    assertThat(places.locate(527000, 108000).map(Place::authorityCode)).contains("E06000043");
    // Every planted hotspot centre lies in its own authority.
    for (String la : SampleConfig.SUSSEX) {
      for (int[] centre : Geography.area(la).hotspots()) {
        assertThat(places.locate(centre[0], centre[1]).map(Place::authorityCode)).as(la).contains(la);
      }
    }
    Population population = Population.read(dir.resolve("reference/population.csv").toString(), hadoop);
    assertThat(population.authorities().keySet()).containsExactly("E06000043", "E10000011", "E10000032");
    assertThat(population.year()).isEqualTo("2016");
    // About 18 years of 3,200 (Brighton and Hove's level), each 0.9 to 1.1 times it.
    assertThat(population.of("E06000043").orElseThrow().aged0To17()).isBetween(18 * 2880L, 18 * 3520L);
  }
}
