package org.cseprofile.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cseprofile.period.Period;

/**
 * The groups of children and suspects the generator's incidents link, over the 12 months ending with each
 * detail quarter, found with a union-find over the generator's own incidents (independently of the Spark
 * pipeline's connected components), and the network statistics of docs/metrics.md, "Links".
 */
final class NetworkTruth {
  private static final List<String> SIZE_BANDS = List.of("1", "2", "3_to_5", "6_to_10", "11_or_more");
  private static final int ORGANISED_SUSPECTS = 3;
  private static final int REPEAT_INCIDENTS = 2;
  static final String NEW = "new";
  static final String GREW = "grew";
  static final String NOT_GROWN = "not_grown";

  /** One group: its people, incidents, authorities and dates, and the least key of its nodes (ties only). */
  record Group(Set<String> children, Set<String> suspects, Set<String> incidents, Set<String> authorities,
      LocalDate first, LocalDate last, String leastKey) {
    int people() {
      return children.size() + suspects.size();
    }
  }

  private final Map<String, SyntheticChild.Incident> incidents = new LinkedHashMap<>();
  private final Map<Period, Set<String>> cohorts = new HashMap<>();
  private final List<PlantedGroup> planted = new ArrayList<>();

  /** Records a planted group (its incidents are added with its children's). */
  void plant(PlantedGroup group) {
    planted.add(group);
  }

  /** Whether any group was planted. */
  boolean hasPlantedGroups() {
    return !planted.isEmpty();
  }

  /** Records an incident (once, whoever it is recorded with). */
  void addIncident(SyntheticChild.Incident incident) {
    incidents.put(incident.id(), incident);
  }

  /** Records that {@code child} is in the cohort of {@code quarter}. */
  void addCohortChild(Period quarter, String child) {
    cohorts.computeIfAbsent(quarter, q -> new TreeSet<>()).add(child);
  }

  /** The groups of the 12 months ending with {@code quarter}, numbered from 1 as the pipeline numbers them. */
  List<Group> groups(Period quarter) {
    LocalDate from = quarter.end().minusYears(1).plusDays(1);
    Map<String, String> parent = new HashMap<>();
    for (SyntheticChild.Incident i : incidents.values()) {
      if (i.recorded().isBefore(from) || i.recorded().isAfter(quarter.end())) {
        continue;
      }
      for (String person : people(i)) {
        union(parent, "incident|" + i.id(), person);
      }
    }
    Map<String, List<String>> components = new TreeMap<>();
    for (String node : parent.keySet()) {
      components.computeIfAbsent(find(parent, node), r -> new ArrayList<>()).add(node);
    }
    List<Group> groups = new ArrayList<>();
    for (List<String> nodes : components.values()) {
      Set<String> children = new TreeSet<>();
      Set<String> suspects = new TreeSet<>();
      Set<String> ids = new TreeSet<>();
      Set<String> authorities = new TreeSet<>();
      LocalDate first = null;
      LocalDate last = null;
      for (String node : nodes) {
        String id = node.substring(node.indexOf('|') + 1);
        if (node.startsWith("child|")) {
          children.add(id);
        } else if (node.startsWith("suspect|")) {
          suspects.add(id);
        } else {
          SyntheticChild.Incident i = incidents.get(id);
          ids.add(id);
          authorities.add(i.laCode());
          first = first == null || i.recorded().isBefore(first) ? i.recorded() : first;
          last = last == null || i.recorded().isAfter(last) ? i.recorded() : last;
        }
      }
      groups.add(new Group(children, suspects, ids, authorities, first, last, nodes.stream().min(String::compareTo)
          .orElseThrow()));
    }
    groups.sort(Comparator.comparingInt(Group::people).reversed()
        .thenComparing(Comparator.comparingInt((Group g) -> g.incidents().size()).reversed())
        .thenComparing(Group::first).thenComparing(Group::last).thenComparing(Group::leastKey));
    return groups;
  }

  /**
   * How each group of {@code quarter} changed since the quarter before, as docs/metrics.md defines it: {@code new}
   * when none of its people was in the previous quarter's network, {@code grew} when they were not all in one group
   * of it, {@code not_grown} otherwise.
   */
  private Map<Group, String> growth(Period quarter, List<Group> groups) {
    Map<String, Integer> before = new HashMap<>();
    List<Group> previous = groups(quarter.previous());
    for (int n = 0; n < previous.size(); n++) {
      for (String person : keys(previous.get(n))) {
        before.put(person, n);
      }
    }
    Map<Group, String> growth = new HashMap<>();
    for (Group g : groups) {
      Set<Integer> groupsBefore = new TreeSet<>();
      long newcomers = 0;
      for (String person : keys(g)) {
        Integer n = before.get(person);
        if (n == null) {
          newcomers++;
        } else {
          groupsBefore.add(n);
        }
      }
      growth.put(g, groupsBefore.isEmpty() ? NEW : groupsBefore.size() >= 2 || newcomers > 0 ? GREW : NOT_GROWN);
    }
    return growth;
  }

  private static List<String> keys(Group g) {
    List<String> keys = new ArrayList<>();
    g.children().forEach(c -> keys.add("child|" + c));
    g.suspects().forEach(s -> keys.add("suspect|" + s));
    return keys;
  }

  /** Adds the {@code network_summary} and {@code network_size} rows of {@code quarter} through {@code add}. */
  void statistics(Period quarter, Adder add) {
    List<Group> groups = groups(quarter);
    Map<Group, String> growth = growth(quarter, groups);
    Set<String> cohort = cohorts.getOrDefault(quarter, Set.of());
    String p = quarter.label();
    String all = ProfileTruth.ALL;
    add.add("network_summary", List.of(p, all), "cohort_children", cohort.size());
    LocalDate from = quarter.end().minusYears(1).plusDays(1);
    Map<String, Set<String>> suspectsOf = new HashMap<>();
    Map<String, Set<String>> childrenOf = new HashMap<>();
    Map<String, Integer> victimOf = new HashMap<>();
    Map<String, Integer> victimInPeriod = new HashMap<>();
    for (SyntheticChild.Incident i : incidents.values()) {
      if (i.victimId() == null || i.recorded().isBefore(from) || i.recorded().isAfter(quarter.end())) {
        continue;
      }
      victimOf.merge(i.victimId(), 1, Integer::sum);
      if (!i.recorded().isBefore(quarter.start())) {
        victimInPeriod.merge(i.victimId(), 1, Integer::sum);
      }
      for (SyntheticChild.SuspectLink s : i.suspects()) {
        suspectsOf.computeIfAbsent(i.victimId(), c -> new TreeSet<>()).add(s.suspectId());
        childrenOf.computeIfAbsent(s.suspectId(), c -> new TreeSet<>()).add(i.victimId());
      }
    }
    add.add("network_summary", List.of(p, all),
        "children_with_2_or_more_suspects", suspectsOf.values().stream().filter(s -> s.size() >= 2).count(),
        "suspects_with_2_or_more_children", childrenOf.values().stream().filter(c -> c.size() >= 2).count(),
        "repeat_victims", victimOf.values().stream().filter(n -> n >= REPEAT_INCIDENTS).count(),
        "repeat_victims_in_period", victimInPeriod.values().stream().filter(n -> n >= REPEAT_INCIDENTS).count());
    for (Group g : groups) {
      long inCohort = g.children().stream().filter(cohort::contains).count();
      add.add("network_summary", List.of(p, all), "groups", 1, "children", g.children().size(),
          "suspects", g.suspects().size(), "groups_spanning_2_or_more_authorities", g.authorities().size() >= 2 ? 1 : 0,
          "cohort_children_in_groups_of_3_or_more_suspects", g.suspects().size() >= ORGANISED_SUSPECTS ? inCohort : 0,
          "groups_that_grew", growth.get(g).equals(GREW) ? 1 : 0, "new_groups", growth.get(g).equals(NEW) ? 1 : 0);
      add.add("network_size", List.of(p, all, band(g.people())), "groups", 1, "children", g.children().size(),
          "suspects", g.suspects().size());
    }
  }

  /** Writes every group of each quarter: its number and its children's and suspects' ids. */
  void writeGroups(Iterable<Period> quarters, ObjectNode into) {
    for (Period q : quarters) {
      ArrayNode rows = into.putArray(q.label());
      int number = 0;
      for (Group g : groups(q)) {
        ObjectNode row = rows.addObject();
        row.put("group_id", ++number);
        g.children().forEach(row.putArray("children")::add);
        g.suspects().forEach(row.putArray("suspects")::add);
        row.put("incidents", g.incidents().size());
      }
    }
  }

  /**
   * Writes each planted group as the network of {@code quarter} must find it: its kind, children, suspects and
   * incidents (ids), the authorities recording its incidents, and how it changed since the quarter before.
   */
  void writePlanted(Period quarter, ArrayNode into) {
    List<Group> groups = groups(quarter);
    Map<Group, String> growth = growth(quarter, groups);
    for (PlantedGroup p : planted) {
      ObjectNode row = into.addObject();
      row.put("kind", p.kind());
      row.put("period", quarter.label());
      p.childIds().forEach(row.putArray("children")::add);
      p.suspectIds().forEach(row.putArray("suspects")::add);
      p.incidentIds().forEach(row.putArray("incidents")::add);
      Set<String> authorities = new TreeSet<>();
      p.incidentIds().forEach(id -> authorities.add(incidents.get(id).laCode()));
      authorities.forEach(row.putArray("authorities")::add);
      String child = p.childIds().iterator().next();
      row.put("since_last_period", groups.stream().filter(g -> g.children().contains(child)).findFirst()
          .map(growth::get).orElseThrow());
    }
  }

  private static String band(int people) {
    return people <= 1 ? SIZE_BANDS.get(0) : people == 2 ? SIZE_BANDS.get(1) : people <= 5 ? SIZE_BANDS.get(2)
        : people <= 10 ? SIZE_BANDS.get(3) : SIZE_BANDS.get(4);
  }

  private static List<String> people(SyntheticChild.Incident i) {
    List<String> people = new ArrayList<>();
    if (i.victimId() != null) {
      people.add("child|" + i.victimId());
    }
    i.suspects().forEach(s -> people.add("suspect|" + s.suspectId()));
    return people;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra, rb);
    }
  }

  private static String find(Map<String, String> parent, String node) {
    parent.putIfAbsent(node, node);
    String root = node;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    while (!parent.get(node).equals(root)) {
      String next = parent.get(node);
      parent.put(node, root);
      node = next;
    }
    return root;
  }

  /** Adds amounts to a truth table's row. */
  @FunctionalInterface
  interface Adder {
    void add(String table, List<Object> key, Object... columnsAndAmounts);
  }
}
