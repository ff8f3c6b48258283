package org.cseprofile.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PopulationTest {

  /** Wide layout: ages 0 to 17 are 10 each except age 12 (40): 0-17 = 17 x 10 + 40 = 210; 10-17 = 7 x 10 + 40 = 110. */
  @Test
  void readsTheWideMye2Layout() throws IOException {
    StringBuilder csv = new StringBuilder("Mid-2016 Population Estimates for UK local authorities\nAll persons\n\n");
    csv.append("Code,Name,Geography,All ages");
    for (int age = 0; age < 90; age++) {
      csv.append(',').append(age);
    }
    csv.append(",90+\n");
    csv.append("E06000043,Brighton and Hove,Unitary Authority,1000");
    for (int age = 0; age <= 90; age++) {
      csv.append(',').append(age == 12 ? "40" : "10");
    }
    csv.append("\nE10000011,East Sussex,County,2000");
    for (int age = 0; age <= 90; age++) {
      csv.append(",\"1,000\"");
    }
    csv.append("\n\nSource: Office for National Statistics\n");
    Population p = Population.parse(new StringReader(csv.toString()), "mye2.csv");
    assertThat(p.year()).isEqualTo("2016");
    assertThat(p.of("E06000043")).contains(new Population.Children(210, 110));
    assertThat(p.of("E10000011")).contains(new Population.Children(18_000, 8_000));
    assertThat(p.of("E10000032")).isEmpty();
  }

  /** Long layout: two sexes; ages 9, 10, 17 and 18 of one district; the latest year column (2022) is used. */
  @Test
  void readsTheLongMyebLayout() throws IOException {
    String csv = """
        ladcode23,laname23,country,sex,age,population_2021,population_2022
        E07000223,Adur,E,1,9,100,101
        E07000223,Adur,E,2,9,90,91
        E07000223,Adur,E,1,10,80,81
        E07000223,Adur,E,2,17,70,71
        E07000223,Adur,E,1,18,60,61
        """;
    Population p = Population.parse(new StringReader(csv), "myeb1.csv");
    assertThat(p.year()).isEqualTo("2022");
    // 0-17: 101 + 91 + 81 + 71 = 344; 10-17: 81 + 71 = 152.
    assertThat(p.of("E07000223")).contains(new Population.Children(344, 152));
  }

  @Test
  void refusesFilesOfNoKnownLayoutAndBadCounts() {
    assertThatThrownBy(() -> Population.parse(new StringReader("a,b\n1,2\n"), "p.csv"))
        .isInstanceOf(GeographyException.class).hasMessageStartingWith("p.csv: no header of an ONS mid-year estimates");
    String bad = "ladcode23,sex,age,population_2022\nE1,1,4,many\n";
    assertThatThrownBy(() -> Population.parse(new StringReader(bad), "p.csv"))
        .isInstanceOf(GeographyException.class)
        .hasMessage("p.csv, line 2, column population_2022: not a whole number of people");
    String twice = "Code,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17\nE1" + ",1".repeat(18) + "\nE1" + ",1".repeat(18) + "\n";
    assertThatThrownBy(() -> Population.parse(new StringReader(twice), "p.csv"))
        .isInstanceOf(GeographyException.class).hasMessage("p.csv, line 3: an area appears twice");
  }
}
