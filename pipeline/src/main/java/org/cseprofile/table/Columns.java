package org.cseprofile.table;

/** Column names of the output tables, defined once. Documented in docs/metrics.md. */
public final class Columns {
  /** The period label, {@code YYYY-Qn} (or {@code from_to} for a custom window); the partition column. */
  public static final String PERIOD = "period";
  /** ONS code of the local authority, or {@link #PARTNERSHIP} for the whole partnership. */
  public static final String LA_CODE = "la_code";
  /** The {@code la_code} of partnership-total rows. */
  public static final String PARTNERSHIP = "ALL";
  public static final String GENDER = "gender";
  /** Age in completed years at the end of the period. */
  public static final String AGE = "age";
  /** A number of distinct children. */
  public static final String CHILDREN = "children";
  /** Children whose CSE concern was open at any time in the period. */
  public static final String CHILDREN_OPEN = "children_open";

  // Hot spots (hotspot_cells, hotspot_summary): see docs/metrics.md, "Hot spots".
  /** {@code period} (the run's period) or {@code 12_months} (the 12 months ending with it). */
  public static final String TIME_WINDOW = "time_window";
  /** {@code incidents}, {@code found} or {@code combined}. */
  public static final String LAYER = "layer";
  /** Grid cell: {@code E<easting>-N<northing>-<size>m} of its south-west corner, in British National Grid metres. */
  public static final String CELL_ID = "cell_id";
  /** Easting of the cell's centre, metres. */
  public static final String CELL_EASTING = "cell_easting";
  /** Northing of the cell's centre, metres. */
  public static final String CELL_NORTHING = "cell_northing";
  public static final String CELL_SIZE_M = "cell_size_m";
  /** Located events of the row's layer in the cell and window. */
  public static final String EVENTS = "events";
  /** Of {@link #EVENTS}, the police incidents (0 in the found layer). */
  public static final String INCIDENTS = "incidents";
  /** Of {@link #EVENTS}, the found locations (0 in the incidents layer). */
  public static final String FOUND = "found";
  /** Cells in the cell's Gi* neighbourhood that lie in the study region, the cell included. */
  public static final String NEIGHBOURHOOD_CELLS = "neighbourhood_cells";
  /** Events of the row's layer in those cells. */
  public static final String NEIGHBOURHOOD_EVENTS = "neighbourhood_events";
  public static final String GI_Z = "gi_z";
  public static final String GI_P = "gi_p";
  /** {@code hot_99}, {@code hot_95}, {@code hot_90} or {@code not_significant}. */
  public static final String GI_CLASS = "gi_class";
  /** The cell's class in the window of the same kind just before. */
  public static final String PREVIOUS_CLASS = "previous_class";
  /** Of the four periods ending with this one, in how many the cell was hot. */
  public static final String PERIODS_HOT = "periods_hot";
  /** Rank of the cell by events within its window and layer (1 = most). */
  public static final String RANK = "rank";
  public static final String EVENT_SHARE = "event_share";
  public static final String CUMULATIVE_EVENT_SHARE = "cumulative_event_share";
  public static final String CUMULATIVE_AREA_SHARE = "cumulative_area_share";
  public static final String WINDOW_START = "window_start";
  public static final String WINDOW_END = "window_end";
  /** The Gi* neighbourhood, for example {@code queen 1}. */
  public static final String NEIGHBOURHOOD = "neighbourhood";
  /** {@code fdr} or {@code none}. */
  public static final String MULTIPLE_TESTING = "multiple_testing";
  public static final String REGION_MIN_EASTING = "region_min_easting";
  public static final String REGION_MIN_NORTHING = "region_min_northing";
  public static final String REGION_MAX_EASTING = "region_max_easting";
  public static final String REGION_MAX_NORTHING = "region_max_northing";
  public static final String REGION_CELLS = "region_cells";
  public static final String LOCATED_EVENTS = "located_events";
  public static final String ONLINE_INCIDENTS = "online_incidents";
  public static final String UNLOCATED_EVENTS = "unlocated_events";
  public static final String OUTSIDE_REGION = "outside_region";
  public static final String CELLS_WITH_EVENTS = "cells_with_events";
  public static final String CELL_MEAN = "cell_mean";
  public static final String CELL_SD = "cell_sd";
  public static final String HOT_CELLS_99 = "hot_cells_99";
  public static final String HOT_CELLS_95 = "hot_cells_95";
  public static final String HOT_CELLS_90 = "hot_cells_90";
  /** Cells hot at 95% confidence or more. */
  public static final String HOT_CELLS = "hot_cells";
  public static final String HOT_CELL_EVENTS = "hot_cell_events";
  public static final String HOT_EVENT_SHARE = "hot_event_share";
  public static final String HOT_AREA_SHARE = "hot_area_share";
  public static final String HOT_PAI = "hot_pai";
  public static final String TOP_CELLS = "top_cells";
  public static final String TOP_CELL_EVENTS = "top_cell_events";
  public static final String TOP_EVENT_SHARE = "top_event_share";
  public static final String TOP_AREA_SHARE = "top_area_share";
  public static final String TOP_PAI = "top_pai";
  public static final String PREVIOUS_HOT_CELLS = "previous_hot_cells";
  public static final String PREVIOUS_HOT_CELL_EVENTS = "previous_hot_cell_events";
  public static final String PREVIOUS_LOCATED_EVENTS = "previous_located_events";
  public static final String HIT_EVENTS = "hit_events";
  public static final String HIT_RATE = "hit_rate";
  public static final String PREDICTION_PAI = "prediction_pai";
  public static final String RECAPTURE_RATE_INDEX = "recapture_rate_index";
  public static final String PERSISTENT_HOT_CELLS = "persistent_hot_cells";

  /** Of {@link #INCIDENTS}, those at one place type (a code of the incidents extract other than {@code online}). */
  public static String incidentsAt(String placeType) {
    return "incidents_" + placeType;
  }

  private Columns() {}
}
