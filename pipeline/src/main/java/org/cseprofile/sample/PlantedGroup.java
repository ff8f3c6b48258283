package org.cseprofile.sample;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A group the generator planted ({@link SampleConfig#plantedGroups()}): its kind ({@code pair}, {@code peer_group} or
 * {@code organised_network}), its children (each a cohort child whose only incidents are the group's), and the
 * ids of its suspects and incidents, read from the children's incidents.
 */
record PlantedGroup(String kind, List<SyntheticChild> children) {
  static final String PAIR = "pair";
  static final String PEER_GROUP = "peer_group";
  static final String ORGANISED_NETWORK = "organised_network";

  PlantedGroup {
    Objects.requireNonNull(kind, "kind");
    children = List.copyOf(children);
    if (children.isEmpty()) {
      throw new IllegalArgumentException("a planted group needs at least one child");
    }
  }

  /** The children's ids, sorted. */
  Set<String> childIds() {
    Set<String> ids = new TreeSet<>();
    children.forEach(c -> ids.add(c.id()));
    return ids;
  }

  /** The ids of the suspects of the group's incidents, sorted. */
  Set<String> suspectIds() {
    Set<String> ids = new TreeSet<>();
    children.forEach(c -> c.incidents().forEach(i -> i.suspects().forEach(s -> ids.add(s.suspectId()))));
    return ids;
  }

  /** The ids of the group's incidents, sorted. */
  Set<String> incidentIds() {
    Set<String> ids = new TreeSet<>();
    children.forEach(c -> c.incidents().forEach(i -> ids.add(i.id())));
    return ids;
  }
}
