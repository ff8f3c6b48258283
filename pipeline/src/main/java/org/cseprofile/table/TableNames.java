package org.cseprofile.table;

/**
 * Names of the output tables; each is a folder under {@code restricted/} (and, once published, {@code published/}).
 * The profile's tables, with how each is computed and published, are listed once, in
 * {@code catalogue.ProfileCatalogue}.
 */
public final class TableNames {
  /** Children open to CSE concern, newly identified and closed in the period. */
  public static final String COHORT = "cohort";
  /** Cohort children by risk level, CSE model, gender, age band and ethnic group. */
  public static final String COHORT_BREAKDOWN = "cohort_breakdown";
  /** The cohort counts for each of the last eight quarters. */
  public static final String COHORT_TREND = "cohort_trend";
  /** Cohort children by risk level and CSE model for each of the last eight quarters. */
  public static final String COHORT_TREND_BREAKDOWN = "cohort_trend_breakdown";
  /** Cohort children by age in completed years at period end and gender. */
  public static final String AGE_BY_GENDER = "age_by_gender";
  /** Cohort children by age band and gender. */
  public static final String AGE_BAND_BY_GENDER = "age_band_by_gender";
  /** Prevalence of vulnerabilities in the cohort, with 95% intervals. */
  public static final String VULNERABILITIES = "vulnerabilities";
  /** Missing episodes of all missing children and of the CSE cohort. */
  public static final String MISSING_SUMMARY = "missing_summary";
  /** Missing episodes by type and duration band. */
  public static final String MISSING_BREAKDOWN = "missing_breakdown";
  /** Missing episodes, children and repeat missing children for each of the last eight quarters. */
  public static final String MISSING_TREND = "missing_trend";
  /** CSE-flagged police incidents and the children linked to them as victims. */
  public static final String INCIDENTS_SUMMARY = "incidents_summary";
  /** Incidents by incident type, contact type, place type and platform. */
  public static final String INCIDENTS_BREAKDOWN = "incidents_breakdown";
  /** Distinct suspects linked to incidents in the period. */
  public static final String PERPETRATORS_SUMMARY = "perpetrators_summary";
  /** Incidents by place type and the place's role: where the child was met, or where the offence happened. */
  public static final String INCIDENTS_BY_LOCATION_ROLE = "incidents_by_location_role";
  /** Suspects by gender, age band, status, disruption tactic, ethnic group and previous offending. */
  public static final String PERPETRATORS_BREAKDOWN = "perpetrators_breakdown";
  /** Multi-agency performance: assessments, plans, return interviews, linkage across agencies. */
  public static final String AGENCY_PERFORMANCE = "agency_performance";
  /** Cohort children with missing episodes or incidents in another authority than their own. */
  public static final String CROSS_BORDER = "cross_border";
  /** Published: the groups of linked children and suspects, and the children and suspects linked to several. */
  public static final String NETWORK_SUMMARY = "network_summary";
  /** Published: the groups of linked children and suspects by size band. */
  public static final String NETWORK_SIZE = "network_size";
  /** One row per group of children and suspects linked by incidents in the 12 months. Restricted. */
  public static final String NETWORK_GROUPS = "network_groups";
  /** Pseudonymous child and suspect ids and place cells with their group. Restricted, sensitive. */
  public static final String NETWORK_MEMBERS = "network_members";
  /** Every link of each group: person to incident, child found at a place. Restricted, sensitive. */
  public static final String NETWORK_LINKS = "network_links";
  /** Rows rejected by validation: extract, file, line, rule, column. Restricted. */
  public static final String QUARANTINE = "quarantine";
  /** Grid cells with located incidents or found locations: counts, Gi* hot spots, rank. Restricted. */
  public static final String HOTSPOT_CELLS = "hotspot_cells";
  /** Hot spot accounting, PAI, prediction and persistence per window and layer. Restricted. */
  public static final String HOTSPOT_SUMMARY = "hotspot_summary";

  /** Rows accepted with a warning: extract, file, line, rule, column. Restricted. */
  public static final String ROW_WARNINGS = "row_warnings";
  /** Per input file: rows read, accepted, quarantined and warned, by rule, with shares. */
  public static final String DATA_QUALITY = "data_quality";
  /** Per input file and optional column: the share of accepted rows with the column filled. */
  public static final String COMPLETENESS = "completeness";
  /** Restricted: for every withheld cell, why and what a reader could deduce of it (the disclosure audit). */
  public static final String DISCLOSURE_AUDIT = "disclosure_audit";
  /** Published: rows read and quarantined per input file (the data-quality annex). */
  public static final String INPUT_FILES = "input_files";
  /** Published: rows accepted with a warning per input file and rule (the data-quality annex). */
  public static final String INPUT_WARNINGS = "input_warnings";
  /** Published: located events of the 12 months to the period end on cells of at least 1 km. */
  public static final String HOTSPOT_GRID = "hotspot_grid";
  /** Located incidents and found locations of the 12 months to the period end by ward (or LSOA). */
  public static final String PLACE_COUNTS = "place_counts";
  /** Published: counts of the profile per 10,000 children resident, by authority and age group. */
  public static final String RATES = "rates";
  /** Published: how often each optional column is filled, per extract. */
  public static final String COMPLETENESS_PUBLISHED = "field_completeness";

  private TableNames() {}
}
