package org.cseprofile.linkage;

import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The accepted rows of every extract, in the contract schema, which extracts were supplied (an
 * extract with no usable file makes the statistics that need it "not available", not zero), and the
 * missing files whose authority is not recorded (their episodes make each authority's count unknown).
 */
public record ProfileInputs(
    Dataset<Row> episodes, Dataset<Row> education, Dataset<Row> health, Dataset<Row> missing,
    Dataset<Row> incidents, Dataset<Row> suspects, Set<String> supplied, Set<String> unattributed) {

  /** Inputs whose every missing file records its authority. */
  public ProfileInputs(Dataset<Row> episodes, Dataset<Row> education, Dataset<Row> health, Dataset<Row> missing,
      Dataset<Row> incidents, Dataset<Row> suspects, Set<String> supplied) {
    this(episodes, education, health, missing, incidents, suspects, supplied, Set.of());
  }

  public ProfileInputs {
    Objects.requireNonNull(episodes, "episodes");
    Objects.requireNonNull(education, "education");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(missing, "missing");
    Objects.requireNonNull(incidents, "incidents");
    Objects.requireNonNull(suspects, "suspects");
    supplied = Set.copyOf(supplied);
    unattributed = Set.copyOf(unattributed);
  }

  /** Whether at least one usable file of the extract was supplied. */
  public boolean supplied(String extract) {
    return supplied.contains(extract);
  }
}
