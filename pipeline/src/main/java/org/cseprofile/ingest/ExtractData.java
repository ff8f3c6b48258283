package org.cseprofile.ingest;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One extract after ingest: accepted rows in the contract schema, its quarantined rows, and the rows
 * accepted with a warning (both in the quarantine layout: where, rule and column, never values).
 */
public record ExtractData(ExtractSpec spec, Dataset<Row> accepted, Dataset<Row> quarantined, Dataset<Row> warnings) {

  public ExtractData {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(quarantined, "quarantined");
    Objects.requireNonNull(warnings, "warnings");
  }
}
