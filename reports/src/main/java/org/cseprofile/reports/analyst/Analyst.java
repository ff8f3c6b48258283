package org.cseprofile.reports.analyst;

import java.util.Optional;

/**
 * What the analyst adds to the report besides the published tables: a narrative and comparators, each optional.
 *
 * @param narrative the narrative, or null for none
 * @param comparators other areas' published rates, or null for none
 */
public record Analyst(Narrative narrative, Comparators comparators) {
  /** Neither narrative nor comparators. */
  public static final Analyst NONE = new Analyst(null, null);

  /** The narrative, when there is one. */
  public Optional<Narrative> narrativeIfAny() {
    return Optional.ofNullable(narrative);
  }

  /** The comparators, when there are any. */
  public Optional<Comparators> comparatorsIfAny() {
    return Optional.ofNullable(comparators);
  }
}
