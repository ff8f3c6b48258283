package org.cseprofile.hotspot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cseprofile.table.TableNames;

/**
 * The restricted hot spot tables of a period (one row per listed cell, one per window and layer, and, with
 * ward or LSOA boundaries, the 12 months' events by place; null without) and what the run says of its region.
 */
public record HotspotTables(Dataset<Row> cells, Dataset<Row> summary, Dataset<Row> placeCounts, Region region) {

  /**
   * The study region used: how it was chosen, its cells, the located events of the 12 months left outside it
   * (incidents and found locations together), and the partnership's authorities no boundary file held.
   */
  public record Region(RegionRule rule, long cells, int cellSizeMetres, long outsideEvents, List<String> unbounded) {
    public Region {
      Objects.requireNonNull(rule, "rule");
      unbounded = List.copyOf(unbounded);
    }

    /** As the report and the manifest state it, for example "the partnership's authorities, ... (12,345 cells of 250 m)". */
    public String description() {
      return rule.description() + String.format(java.util.Locale.UK, " (%,d cells of %d m)", cells, cellSizeMetres);
    }
  }

  public HotspotTables {
    Objects.requireNonNull(cells, "cells");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(region, "region");
  }

  /** The tables by name, in the order they are written. */
  public Map<String, Dataset<Row>> tables() {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(TableNames.HOTSPOT_CELLS, cells);
    tables.put(TableNames.HOTSPOT_SUMMARY, summary);
    if (placeCounts != null) {
      tables.put(TableNames.PLACE_COUNTS, placeCounts);
    }
    return tables;
  }
}
