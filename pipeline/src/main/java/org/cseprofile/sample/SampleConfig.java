package org.cseprofile.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Parameters of a synthetic data set: the random seed, the number of children on the CSE register
 * over the window, the window itself, the local authorities, where to write, and whether to plant groups of known
 * shape ({@code plantedGroups}: victim-suspect pairs, a peer group and an organised network across two authorities,
 * with ordinary incidents' suspects drawn from small local pools, so the planted groups are separate groups).
 */
public record SampleConfig(long seed, int children, LocalDate from, LocalDate to, List<String> authorities, String output,
    boolean plantedGroups) {

  /** A data set without planted groups, as the bundled sample is made. */
  public SampleConfig(long seed, int children, LocalDate from, LocalDate to, List<String> authorities, String output) {
    this(seed, children, from, to, authorities, output, false);
  }

  /** The authorities of the bundled sample: Brighton and Hove, East Sussex, West Sussex. */
  public static final List<String> SUSSEX = List.of("E06000043", "E10000011", "E10000032");

  public SampleConfig {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(output, "output");
    authorities = List.copyOf(authorities);
    if (children < 1) {
      throw new IllegalArgumentException("children must be at least 1, was " + children);
    }
    if (!from.plusDays(90).isBefore(to)) {
      throw new IllegalArgumentException("to must be at least 90 days after from (from " + from + ", to " + to + ")");
    }
    if (authorities.isEmpty()) {
      throw new IllegalArgumentException("authorities must name at least one local authority");
    }
  }

  /** The same data set with groups of known shape planted (docs/data-contract.md, "Planted groups"). */
  public SampleConfig withPlantedGroups() {
    return new SampleConfig(seed, children, from, to, authorities, output, true);
  }
}
