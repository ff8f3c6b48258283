package org.cseprofile.sample;

import java.util.Map;

/**
 * What the generator wrote: rows per extract, the ground-truth file, and for the dirty variant the rows
 * each rule must quarantine or flag, in all files together (empty for clean data).
 */
public record SampleSummary(String output, Map<String, Long> rows, String groundTruth, Map<String, Long> defects) {

  public SampleSummary {
    rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
    defects = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(defects));
  }
}
