package org.cseprofile.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * Episodes of one person that must not overlap: one starts before another ends (a blank end means the
 * episode is still going on). Touching episodes, one ending on the day the next starts, do not overlap.
 * A breach is a warning ({@link Rule#OVERLAPPING_MISSING}) on every overlapping row.
 */
public record EpisodeOverlap(String person, String start, String end, Rule rule) implements Serializable {

  public EpisodeOverlap {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(rule, "rule");
    if (rule.severity() != Severity.WARNING) {
      throw new IllegalArgumentException("rule must be a warning, was " + rule.id());
    }
  }
}
