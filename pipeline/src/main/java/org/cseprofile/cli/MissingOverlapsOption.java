package org.cseprofile.cli;

import org.cseprofile.profile.MissingOverlaps;
import picocli.CommandLine.Option;

/** {@code --missing-overlaps keep|merge}: what the profile does with one child's overlapping missing episodes. */
public final class MissingOverlapsOption {

  @Option(names = "--missing-overlaps", paramLabel = "keep|merge", defaultValue = "merge",
      description = "A child's overlapping missing episodes (one starts before another ends): 'merge' counts each "
          + "overlapping group as one spell (earliest start, latest end, M if any part is M, the return of the part "
          + "that ends last); 'keep' counts every episode as recorded (default: ${DEFAULT-VALUE}; see docs/metrics.md).")
  String overlaps;

  /** The choice given (merge when not given). */
  public MissingOverlaps choice() {
    return MissingOverlaps.of(overlaps);
  }
}
