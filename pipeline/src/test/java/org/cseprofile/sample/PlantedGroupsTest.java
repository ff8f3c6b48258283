package org.cseprofile.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The groups the generator plants (SampleConfig.withPlantedGroups): their shapes as Synthesis.plantedGroups designs
 * them, each one whole group of the generator's own union-find, and nothing planted without the option.
 */
class PlantedGroupsTest {
  /** The window ends 2016-12-31: the report quarter is 2016-Q4, the quarter before it 2016-Q3. */
  static final SampleConfig CONFIG = new SampleConfig(42, 250, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31),
      SampleConfig.SUSSEX, "unused").withPlantedGroups();

  @TempDir
  Path dir;

  @Test
  void plantsPairsAPeerGroupAndAnOrganisedNetworkOfKnownShape() throws IOException {
    JsonNode planted = truth(CONFIG).get("planted_groups");

    // kind, children, suspects, incidents, authorities, since last period. Pairs: pair k (0, 1, 2) has k + 1
    // incidents in the k-th Sussex authority (BH, ES, WS), all in 2016-Q4, so none was in 2016-Q3's network: new.
    // Peer group: 4 children in BH, 3 suspects, one incident per child plus a second for the first child (5), all
    // before 2016-Q4 (in both quarters' 12 months): not grown. Organised network: 9 children (5 in BH, 4 in ES),
    // 5 suspects, one incident per child plus one of the third child recorded in ES (10); children 8 and 9 first
    // exploited in 2016-Q4: grew.
    assertThat(planted).hasSize(5);
    List<String> shapes = new ArrayList<>();
    for (JsonNode g : planted) {
      shapes.add(g.get("kind").asText() + " " + g.get("children").size() + " " + g.get("suspects").size() + " "
          + g.get("incidents").size() + " " + g.get("authorities") + " " + g.get("since_last_period").asText());
      assertThat(g.get("period").asText()).isEqualTo("2016-Q4");
    }
    assertThat(shapes).containsExactly(
        "pair 1 1 1 [\"E06000043\"] new",
        "pair 1 1 2 [\"E10000011\"] new",
        "pair 1 1 3 [\"E10000032\"] new",
        "peer_group 4 3 5 [\"E06000043\"] not_grown",
        "organised_network 9 5 10 [\"E06000043\",\"E10000011\"] grew");
  }

  @Test
  void eachPlantedGroupIsExactlyOneGroupOfTheGeneratorsNetwork() throws IOException {
    JsonNode truth = truth(CONFIG);
    JsonNode groups = truth.get("network_groups").get("2016-Q4");
    for (JsonNode p : truth.get("planted_groups")) {
      Set<String> children = strings(p.get("children"));
      JsonNode found = null;
      for (JsonNode g : groups) {
        if (g.has("children") && strings(g.get("children")).containsAll(children)) {
          found = g;
        }
      }
      assertThat(found).as(p.get("kind").asText()).isNotNull();
      assertThat(strings(found.get("children"))).isEqualTo(children);
      assertThat(strings(found.get("suspects"))).isEqualTo(strings(p.get("suspects")));
      assertThat(found.get("incidents").asInt()).isEqualTo(p.get("incidents").size());
    }
  }

  @Test
  void plantedChildrenAreCohortChildrenOfTheReportQuarterWithOnlyTheirGroupsIncidents() throws IOException {
    JsonNode truth = truth(CONFIG);
    Set<String> cohort = strings(Files.readAllLines(dir.resolve("cse_cohort.csv")), 0);
    Set<String> incidentVictims = new TreeSet<>();
    Files.readAllLines(dir.resolve("incidents.csv")).stream().skip(1).map(l -> l.split(",", -1))
        .forEach(f -> incidentVictims.add(f[0] + "|" + f[8]));
    for (JsonNode p : truth.get("planted_groups")) {
      assertThat(cohort).containsAll(strings(p.get("children")));
      Set<String> incidents = strings(p.get("incidents"));
      for (String child : strings(p.get("children"))) {
        // Every incident naming the child as its victim is one of the group's.
        incidentVictims.stream().filter(iv -> iv.endsWith("|" + child))
            .forEach(iv -> assertThat(incidents).contains(iv.substring(0, iv.indexOf('|'))));
      }
    }
  }

  @Test
  void withoutTheOptionNothingIsPlanted() throws IOException {
    SampleConfig plain = new SampleConfig(42, 250, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31),
        SampleConfig.SUSSEX, "unused");
    assertThat(plain.plantedGroups()).isFalse();
    assertThat(truth(plain).has("planted_groups")).isFalse();
  }

  private JsonNode truth(SampleConfig config) throws IOException {
    SampleGenerator.generate(new SampleConfig(config.seed(), config.children(), config.from(), config.to(),
        config.authorities(), dir.toString(), config.plantedGroups()));
    return new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new TreeSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static Set<String> strings(List<String> csvLines, int column) {
    Set<String> values = new TreeSet<>();
    csvLines.stream().skip(1).forEach(l -> values.add(l.split(",", -1)[column]));
    return values;
  }
}
