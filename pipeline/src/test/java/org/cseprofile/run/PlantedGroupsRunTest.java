package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.ExtractReader;
import org.cseprofile.ingest.InputCatalog;
import org.cseprofile.period.Period;
import org.cseprofile.profile.ProfileSettings;
import org.cseprofile.sample.SampleConfig;
import org.cseprofile.sample.SampleGenerator;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run finds exactly the groups the generator planted (three pairs, a peer group, an organised network across
 * two authorities: ground-truth.json, "planted_groups"), each one group with exactly its children, suspects,
 * incidents and authorities and the change since last period the generator's own union-find gives, and the
 * network's statistics, restricted and published, equal the generator's truth when ordinary incidents link small
 * local groups.
 */
@ExtendWith(SparkExtension.class)
class PlantedGroupsRunTest {
  @TempDir
  static Path data;

  static JsonNode truth;
  static ProfileTables q4;
  static Map<String, Integer> groupOf = new TreeMap<>();
  static Map<Integer, Set<String>> membersOf = new TreeMap<>();

  @BeforeAll
  static void generateAndProfile(SparkSession spark) throws IOException {
    SampleGenerator.generate(new SampleConfig(42, 250, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31),
        SampleConfig.SUSSEX, data.toString()).withPlantedGroups());
    truth = new ObjectMapper().readTree(data.resolve("ground-truth.json").toFile());
    q4 = ProfileRun.profile(new ExtractReader(spark).read(InputCatalog.scan(data.toString(),
        spark.sparkContext().hadoopConfiguration())), Period.parseQuarter("2016-Q4"), ProfileSettings.DEFAULTS);
    for (Row r : q4.restrictedOnly().get(TableNames.NETWORK_MEMBERS).filter("member_type != 'place'").collectAsList()) {
      String member = r.<String>getAs(Columns.MEMBER_TYPE) + "|" + r.<String>getAs(Columns.MEMBER_ID);
      int group = r.<Integer>getAs(Columns.GROUP_ID);
      groupOf.put(member, group);
      membersOf.computeIfAbsent(group, g -> new TreeSet<>()).add(member);
    }
  }

  @AfterAll
  static void release() {
    q4.release();
  }

  @Test
  void eachPlantedGroupIsOneGroupWithExactlyItsPeopleIncidentsAndAuthorities() {
    assertThat(truth.get("planted_groups")).extracting(g -> g.get("kind").asText()).containsExactly(
        "pair", "pair", "pair", "peer_group", "organised_network");
    List<Row> groups = q4.restrictedOnly().get(TableNames.NETWORK_GROUPS).collectAsList();
    List<Row> links = q4.restrictedOnly().get(TableNames.NETWORK_LINKS).filter("link_type = 'incident'").collectAsList();
    for (JsonNode planted : truth.get("planted_groups")) {
      String kind = planted.get("kind").asText();
      Set<String> people = new TreeSet<>();
      planted.get("children").forEach(c -> people.add("child|" + c.asText()));
      planted.get("suspects").forEach(s -> people.add("suspect|" + s.asText()));
      Integer group = groupOf.get(people.iterator().next());
      assertThat(group).as(kind).isNotNull();
      assertThat(membersOf.get(group)).as(kind + ": children and suspects").isEqualTo(people);

      Set<String> incidents = new TreeSet<>();
      Set<String> authorities = new TreeSet<>();
      links.stream().filter(l -> l.<Integer>getAs(Columns.GROUP_ID) == group.intValue()).forEach(l -> {
        incidents.add(l.getAs(Columns.EVENT_ID));
        authorities.add(l.getAs(Columns.LA_CODE));
      });
      assertThat(incidents).as(kind + ": incidents").isEqualTo(strings(planted.get("incidents")));
      assertThat(authorities).as(kind + ": authorities").isEqualTo(strings(planted.get("authorities")));

      Row row = groups.stream().filter(g -> g.<Integer>getAs(Columns.GROUP_ID) == group.intValue()).findFirst()
          .orElseThrow();
      assertThat(row.<Long>getAs(Columns.CHILDREN)).as(kind).isEqualTo(planted.get("children").size());
      assertThat(row.<Long>getAs(Columns.SUSPECTS)).as(kind).isEqualTo(planted.get("suspects").size());
      assertThat(row.<Long>getAs(Columns.INCIDENTS)).as(kind).isEqualTo(planted.get("incidents").size());
      assertThat(row.<Long>getAs(Columns.AUTHORITIES)).as(kind).isEqualTo(planted.get("authorities").size());
      // Every planted child is open to CSE concern from before its first incident to the end of the window.
      assertThat(row.<Long>getAs(Columns.COHORT_CHILDREN)).as(kind).isEqualTo(planted.get("children").size());
      assertThat(row.<String>getAs(Columns.SINCE_LAST_PERIOD)).as(kind)
          .isEqualTo(planted.get("since_last_period").asText());
    }
  }

  @Test
  void everyGroupOfTheRunIsAGroupOfTheGeneratorsUnionFind() {
    Map<String, String> expected = GroundTruthAgreementTest.groupOfEachMember(truth, "2016-Q4");
    Map<String, String> actual = new TreeMap<>();
    groupOf.forEach((member, group) -> actual.put(member, String.valueOf(group)));
    assertThat(actual).isEqualTo(expected);
    // Ordinary incidents link small local groups: no group is a giant component (the largest here has 20 people).
    assertThat(membersOf.values().stream().mapToInt(Set::size).max().orElseThrow()).isLessThan(30);
  }

  @Test
  void theNetworkStatisticsEqualTheGeneratorsTruth() {
    for (String table : List.of(TableNames.NETWORK_SUMMARY, TableNames.NETWORK_SIZE)) {
      JsonNode rows = truth.get("statistics").get(table);
      List<String> columns = new ArrayList<>();
      rows.get(0).fieldNames().forEachRemaining(columns::add);
      int keys = table.equals(TableNames.NETWORK_SIZE) ? 3 : 2;
      Map<String, String> expected = new TreeMap<>();
      for (JsonNode row : rows) {
        if (row.get("period").asText().equals("2016-Q4")) {
          put(expected, columns.stream().map(c -> row.get(c).asText()).toList(), keys);
        }
      }
      Map<String, String> actual = new TreeMap<>();
      for (Row r : q4.tables().get(table).collectAsList()) {
        put(actual, columns.stream().map(c -> String.valueOf(r.<Object>getAs(c))).toList(), keys);
      }
      assertThat(actual).as(table).isEqualTo(expected).isNotEmpty();
    }
    // The planted groups alone: 3 new pairs, the organised network grew; its 9 children are cohort children in a
    // group of 5 suspects, the peer group's 4 in one of 3.
    JsonNode summary = truth.get("statistics").get(TableNames.NETWORK_SUMMARY);
    JsonNode q4Summary = null;
    for (JsonNode row : summary) {
      q4Summary = row.get("period").asText().equals("2016-Q4") ? row : q4Summary;
    }
    assertThat(q4Summary.get("new_groups").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(q4Summary.get("groups_that_grew").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(q4Summary.get("cohort_children_in_groups_of_3_or_more_suspects").asLong()).isGreaterThanOrEqualTo(13);
    assertThat(q4Summary.get("groups_spanning_2_or_more_authorities").asLong()).isGreaterThanOrEqualTo(1);
  }

  /** A row without any non-zero value is left out: the pipeline lists every size band, the truth only those met. */
  private static void put(Map<String, String> map, List<String> row, int keys) {
    List<String> values = row.subList(keys, row.size());
    if (values.stream().allMatch(v -> v.equals("0") || v.equals("null") || v.equals("0.0"))) {
      return;
    }
    map.put(String.join("|", row.subList(0, keys)), String.join("|", values));
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new TreeSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
