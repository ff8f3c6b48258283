package org.cseprofile.hotspot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cseprofile.table.TableNames;

/** The two restricted hot spot tables of a period: one row per listed cell, and one per window and layer. */
public record HotspotTables(Dataset<Row> cells, Dataset<Row> summary) {

  public HotspotTables {
    Objects.requireNonNull(cells, "cells");
    Objects.requireNonNull(summary, "summary");
  }

  /** The tables by name, in the order they are written. */
  public Map<String, Dataset<Row>> tables() {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(TableNames.HOTSPOT_CELLS, cells);
    tables.put(TableNames.HOTSPOT_SUMMARY, summary);
    return tables;
  }
}
