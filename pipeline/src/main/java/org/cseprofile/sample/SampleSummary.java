package org.cseprofile.sample;

import java.util.Map;

/** What the generator wrote: rows per extract, and the ground-truth file. */
public record SampleSummary(String output, Map<String, Long> rows, String groundTruth) {

  public SampleSummary {
    rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
  }
}
