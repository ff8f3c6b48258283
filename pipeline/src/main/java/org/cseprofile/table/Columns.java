package org.cseprofile.table;

/** Column names of the output tables, defined once. Documented in docs/metrics.md. */
public final class Columns {
  /** The period label, {@code YYYY-Qn} (or {@code from_to} for a custom window); the partition column. */
  public static final String PERIOD = "period";
  /** In trend tables: the quarter a row describes (the period is the run's). */
  public static final String QUARTER = "quarter";
  /** ONS code of the local authority, or {@link #PARTNERSHIP} for the whole partnership. */
  public static final String LA_CODE = "la_code";
  /** The {@code la_code} of partnership-total rows. */
  public static final String PARTNERSHIP = "ALL";
  public static final String GENDER = "gender";
  /** Age in completed years at the end of the period. */
  public static final String AGE = "age";
  /** Age band at the end of the period. */
  public static final String AGE_BAND = "age_band";
  /** A number of distinct children. */
  public static final String CHILDREN = "children";

  /** Children whose CSE concern was open at any time in the period. */
  public static final String CHILDREN_OPEN = "children_open";
  /** Cohort children with an episode identified in the period. */
  public static final String CHILDREN_IDENTIFIED = "children_identified";
  /** Cohort children with no episode still open at the end of the period. */
  public static final String CHILDREN_CLOSED = "children_closed";
  /** Cohort children with an episode still open at the end of the period. */
  public static final String CHILDREN_OPEN_AT_END = "children_open_at_end";

  /** In long breakdown tables: which breakdown a row belongs to (for example {@code risk_level}). */
  public static final String BREAKDOWN = "breakdown";
  /** In long breakdown tables: the category within the breakdown (for example {@code high}). */
  public static final String CATEGORY = "category";

  /** Name of an indicator or measure. */
  public static final String INDICATOR = "indicator";
  /** The measure a row gives (agency performance; data quality: rows_read, accepted, quarantined, warned, ...). */
  public static final String MEASURE = "measure";
  public static final String NUMERATOR = "numerator";
  public static final String DENOMINATOR = "denominator";
  /** Children for whom the item was not recorded (counted as not having it). */
  public static final String NOT_RECORDED = "not_recorded";
  public static final String PERCENT = "percent";
  /** Lower end of the 95% Wilson score interval, in percent. */
  public static final String CI_LOWER = "ci_lower";
  /** Upper end of the 95% Wilson score interval, in percent. */
  public static final String CI_UPPER = "ci_upper";
  public static final String VALUE = "value";
  public static final String UNIT = "unit";

  /** Which children a missing-episode row describes: {@code all_missing} or {@code cse_cohort}. */
  public static final String POPULATION = "population";
  public static final String EPISODES = "episodes";
  public static final String EPISODES_PER_CHILD = "episodes_per_child";
  public static final String REPEAT_MISSING_CHILDREN = "repeat_missing_children";
  public static final String EPISODES_MISSING = "episodes_missing";
  public static final String EPISODES_AWAY = "episodes_away";
  /** Episodes that ended (the child returned) in the period. */
  public static final String RETURNS = "returns";
  public static final String RHI_OFFERED_WITHIN_72H = "rhi_offered_within_72h";
  public static final String RHI_OFFERED_WITHIN_72H_PERCENT = "rhi_offered_within_72h_percent";
  public static final String RHI_ACCEPTED = "rhi_accepted";
  public static final String RHI_ACCEPTED_PERCENT = "rhi_accepted_percent";
  public static final String CHILDREN_IN_CSE_COHORT = "children_in_cse_cohort";
  public static final String PERCENT_IN_CSE_COHORT = "percent_in_cse_cohort";

  public static final String INCIDENTS = "incidents";
  public static final String INCIDENTS_WITH_VICTIM = "incidents_with_victim";
  public static final String CHILDREN_LINKED_AS_VICTIMS = "children_linked_as_victims";
  public static final String VICTIMS_IN_CSE_COHORT = "victims_in_cse_cohort";

  public static final String SUSPECTS = "suspects";
  public static final String SUSPECT_LINKS = "suspect_links";
  public static final String SUSPECTS_WITH_DISRUPTION = "suspects_with_disruption";

  public static final String CHILDREN_MISSING_ELSEWHERE = "children_missing_elsewhere";
  public static final String CHILDREN_INCIDENT_ELSEWHERE = "children_incident_elsewhere";
  public static final String CHILDREN_ANY_ELSEWHERE = "children_any_elsewhere";
  public static final String PERCENT_ANY_ELSEWHERE = "percent_any_elsewhere";

  /** In the network tables: the group's number, 1 for the largest (it carries no identifier). */
  public static final String GROUP_ID = "group_id";
  /** In {@code network_members}: {@code child}, {@code suspect} or {@code place}. */
  public static final String MEMBER_TYPE = "member_type";
  /** In {@code network_members}: the pseudonymous child or suspect id, or the place's 250 m cell id. */
  public static final String MEMBER_ID = "member_id";
  /** Incidents (and, for a place, missing episodes found there) linking a member to its group. */
  public static final String LINKS = "links";
  /** In {@code network_links}: {@code incident} or {@code found}. */
  public static final String LINK_TYPE = "link_type";
  /** In {@code network_links}: the incident's id (null for a found location). */
  public static final String EVENT_ID = "event_id";
  /** In {@code network_links}: the incident's recorded date, or the missing episode's start date. */
  public static final String EVENT_DATE = "event_date";
  /** In {@code network_links}: the 250 m cell of the event, null when not located. */
  public static final String PLACE = "place";
  public static final String GROUPS = "groups";
  public static final String PLACES = "places";
  /** Distinct authorities recording the group's incidents. */
  public static final String AUTHORITIES = "authorities";
  /** The group's children who are in the period's CSE cohort. */
  public static final String COHORT_CHILDREN = "cohort_children";
  /** Contact types of the group's incidents, distinct, sorted, separated by {@code ;}. */
  public static final String CONTACT_TYPES = "contact_types";
  public static final String FIRST_EVENT = "first_event";
  public static final String LAST_EVENT = "last_event";
  /** A group's size band by the people in it (children and suspects). */
  public static final String SIZE_BAND = "size_band";
  public static final String CHILDREN_WITH_2_OR_MORE_SUSPECTS = "children_with_2_or_more_suspects";
  public static final String SUSPECTS_WITH_2_OR_MORE_CHILDREN = "suspects_with_2_or_more_children";
  public static final String GROUPS_SPANNING_2_OR_MORE_AUTHORITIES = "groups_spanning_2_or_more_authorities";
  public static final String COHORT_CHILDREN_IN_GROUPS_OF_3_OR_MORE_SUSPECTS =
      "cohort_children_in_groups_of_3_or_more_suspects";
  public static final String PERCENT_COHORT_IN_GROUPS_OF_3_OR_MORE_SUSPECTS =
      "percent_cohort_in_groups_of_3_or_more_suspects";
  /** In {@code network_groups}: {@code new}, {@code grew} or {@code not_grown} since the previous period. */
  public static final String SINCE_LAST_PERIOD = "since_last_period";
  /** Children who are the victim of 2 or more incidents of the network's 12 months. */
  public static final String REPEAT_VICTIMS = "repeat_victims";
  /** Children who are the victim of 2 or more incidents recorded in the period. */
  public static final String REPEAT_VICTIMS_IN_PERIOD = "repeat_victims_in_period";
  public static final String GROUPS_THAT_GREW = "groups_that_grew";
  public static final String NEW_GROUPS = "new_groups";

  /** Extract name, as in the data contract (data-quality tables). */
  public static final String EXTRACT = "extract";
  /** Input file relative to the input folder, or {@code ALL} for all files of an extract. */
  public static final String SOURCE_FILE = "source_file";
  /** A validation rule id (docs/data-contract.md). */
  public static final String RULE = "rule";
  /** The rule's effect: reject_file, reject_row or warning. */
  public static final String SEVERITY = "severity";
  /** Header of the column concerned, as the data contract names it. */
  public static final String COLUMN_NAME = "column_name";
  /** A number of rows of an input file. */
  public static final String ROWS = "rows";
  /** Rows with an optional column filled. */
  public static final String FILLED = "filled";
  /** In field_completeness (published): 100 * filled / rows. */
  public static final String PERCENT_FILLED = "percent_filled";
  /** A fraction between 0 and 1 (rows over rows read, or filled over rows). */
  public static final String SHARE = "share";

  /** In input_files: rows read and rows quarantined of the file a row describes. */
  public static final String ROWS_READ = "rows_read";
  public static final String ROWS_QUARANTINED = "rows_quarantined";
  public static final String PERCENT_QUARANTINED = "percent_quarantined";
  /** In input_files and input_warnings: rows accepted with a warning (by rule in input_warnings). */
  public static final String ROWS_WITH_WARNING = "rows_with_warning";

  /** In disclosure_audit: the withheld cell (table, row key, column), how it was withheld and its interval. */
  public static final String TABLE_NAME = "table_name";
  public static final String ROW_KEY = "row_key";
  public static final String SUPPRESSION = "suppression";
  public static final String LOWER = "lower";
  public static final String UPPER = "upper";
  public static final String EXACT = "exact";

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

  // Places (hotspot_cells, hotspot_grid, place_counts, rates): see docs/metrics.md, "Places" and "Rates".
  /** How the hot spot study region was chosen: {@code configured}, {@code authorities} or {@code events}. */
  public static final String REGION_RULE = "region_rule";
  /** Ordnance Survey grid reference with letters, for example {@code TQ 31 04}. */
  public static final String GRID_REFERENCE = "grid_reference";
  /** The authority (ONS code) holding most of a square, or its ward's authority. */
  public static final String AUTHORITY_CODE = "authority_code";
  public static final String AUTHORITY_NAME = "authority_name";
  /** The ward (or LSOA) holding most of a square, or an event: ONS code, name and {@code ward} or {@code lsoa}. */
  public static final String PLACE_CODE = "place_code";
  public static final String PLACE_NAME = "place_name";
  public static final String PLACE_TYPE = "place_type";
  /** Whether an incident's place is where the child was met ({@code met}) or where the offence happened. */
  public static final String LOCATION_ROLE = "location_role";
  /** In rates: what is counted (a count column of another published table) and the age group of the population. */
  public static final String COUNTED = "counted";
  public static final String AGE_GROUP = "age_group";
  /** In rates: the count (as published in its own table), the residents of the age group, the rate per 10,000. */
  public static final String COUNT = "count";
  public static final String RESIDENTS = "residents";
  public static final String RATE_PER_10000 = "rate_per_10000";

  /** Of {@link #INCIDENTS}, those at one place type (a code of the incidents extract other than {@code online}). */
  public static String incidentsAt(String placeType) {
    return "incidents_" + placeType;
  }

  private Columns() {}
}
