package org.cseprofile.profile;

import java.util.Objects;

/**
 * Choices in the profile's definitions that a partnership may set: a child is repeat missing with
 * {@code repeatEpisodes} or more episodes starting within {@code repeatDays} days; a child's overlapping
 * missing episodes are merged into one spell or kept as recorded ({@code missingOverlaps}).
 */
public record ProfileSettings(int repeatEpisodes, int repeatDays, MissingOverlaps missingOverlaps) {

  /** Repeat missing by default: this many episodes or more... */
  public static final int DEFAULT_REPEAT_EPISODES = 3;
  /** ...starting within this many days. */
  public static final int DEFAULT_REPEAT_DAYS = 90;
  /** 3 or more episodes within 90 days; overlapping episodes merged. */
  public static final ProfileSettings DEFAULTS = new ProfileSettings(DEFAULT_REPEAT_EPISODES, DEFAULT_REPEAT_DAYS);

  public ProfileSettings {
    if (repeatEpisodes < 2) {
      throw new IllegalArgumentException("repeatEpisodes must be at least 2, was " + repeatEpisodes);
    }
    if (repeatDays < 1) {
      throw new IllegalArgumentException("repeatDays must be at least 1, was " + repeatDays);
    }
    Objects.requireNonNull(missingOverlaps, "missingOverlaps");
  }

  /** The repeat-missing rule given, overlapping episodes merged (the default). */
  public ProfileSettings(int repeatEpisodes, int repeatDays) {
    this(repeatEpisodes, repeatDays, MissingOverlaps.MERGE);
  }
}
