package org.cseprofile.linkage;

import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The accepted rows of every extract, in the contract schema, which extracts were supplied (an
 * extract with no usable file makes the statistics that need it "not available", not zero), and the
 * missing files whose authority is not recorded (their episodes make each authority's count unknown), and the
 * optional columns filled in no accepted row of their supplied extract (as {@code extract.column}: a breakdown by
 * such a column is "not available", not all "not recorded").
 */
public record ProfileInputs(
    Dataset<Row> episodes, Dataset<Row> education, Dataset<Row> health, Dataset<Row> missing,
    Dataset<Row> incidents, Dataset<Row> suspects, Set<String> supplied, Set<String> unattributed,
    Set<String> unfilled) {

  /** Inputs whose every optional column is filled somewhere. */
  public ProfileInputs(Dataset<Row> episodes, Dataset<Row> education, Dataset<Row> health, Dataset<Row> missing,
      Dataset<Row> incidents, Dataset<Row> suspects, Set<String> supplied, Set<String> unattributed) {
    this(episodes, education, health, missing, incidents, suspects, supplied, unattributed, Set.of());
  }

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
    unfilled = Set.copyOf(unfilled);
  }

  /** The name of an optional column in {@link #unfilled}: {@code extract.column}. */
  public static String qualified(String extract, String column) {
    return extract + "." + column;
  }

  /** Whether the extract was supplied and at least one of its accepted rows fills {@code column}. */
  public boolean filled(String extract, String column) {
    return supplied(extract) && !unfilled.contains(qualified(extract, column));
  }

  /** Whether at least one usable file of the extract was supplied. */
  public boolean supplied(String extract) {
    return supplied.contains(extract);
  }
}
