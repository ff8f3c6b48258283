package org.cseprofile.ingest;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** One extract after ingest: accepted rows in the contract schema, and its quarantined rows. */
public record ExtractData(ExtractSpec spec, Dataset<Row> accepted, Dataset<Row> quarantined) {

  public ExtractData {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(quarantined, "quarantined");
  }
}
