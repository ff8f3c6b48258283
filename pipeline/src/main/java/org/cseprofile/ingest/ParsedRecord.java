package org.cseprofile.ingest;

import java.util.Objects;

/** One data record after parsing: typed values in contract order, or the rule it broke and where. */
public record ParsedRecord(Object[] values, Rule rule, String column) {

  public ParsedRecord {
    if ((values == null) == (rule == null)) {
      throw new IllegalArgumentException("values must be given exactly when no rule is broken");
    }
  }

  /** An accepted record. */
  public static ParsedRecord accepted(Object[] values) {
    return new ParsedRecord(Objects.requireNonNull(values, "values"), null, null);
  }

  /** A record quarantined for breaking {@code rule} in {@code column} (null for the whole row). */
  public static ParsedRecord rejected(Rule rule, String column) {
    return new ParsedRecord(null, Objects.requireNonNull(rule, "rule"), column);
  }

  public boolean isAccepted() {
    return rule == null;
  }
}
