package org.cseprofile.profile;

import java.util.Objects;
import org.apache.spark.sql.Column;

/**
 * A yes/no characteristic of a child counted as a share of a population: its name, the condition,
 * whether the item is recorded for the child, and the extract it needs (null for the cohort extract,
 * which is always supplied).
 */
public record Indicator(String name, Column condition, Column recorded, String extract) {

  public Indicator {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(recorded, "recorded");
  }
}
