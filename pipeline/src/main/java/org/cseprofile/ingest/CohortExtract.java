package org.cseprofile.ingest;

import static org.cseprofile.ingest.FieldSpec.coded;
import static org.cseprofile.ingest.FieldSpec.optional;
import static org.cseprofile.ingest.FieldSpec.required;
import static org.cseprofile.ingest.Requirement.OPTIONAL;

import java.util.List;

/** The children's social care CSE register: one row per episode of CSE concern. */
public final class CohortExtract {
  public static final String NAME = "cse_cohort";

  public static final String CHILD_ID = "child_id";
  public static final String LA_CODE = "la_code";
  public static final String BIRTH_MONTH = "birth_month";
  public static final String GENDER = "gender";
  public static final String ETHNICITY = "ethnicity";
  public static final String IDENTIFIED_DATE = "identified_date";
  public static final String CLOSED_DATE = "closed_date";
  public static final String RISK_LEVEL = "risk_level";
  public static final String CSE_MODEL = "cse_model";
  public static final String LOOKED_AFTER = "looked_after";
  public static final String CP_PLAN = "cp_plan";
  public static final String CIN_FACTORS = "cin_factors";
  public static final String DOMESTIC_ABUSE = "domestic_abuse";
  public static final String PRIOR_RAPE_ALLEGATION = "prior_rape_allegation";
  public static final String RISK_ASSESSMENT_DATE = "risk_assessment_date";
  public static final String PLAN_DATE = "plan_date";
  public static final String REFERRAL_SOURCE = "referral_source";

  /** DfE ethnicity codes (school census and CIN census main categories). */
  public static final List<String> ETHNICITY_CODES = List.of(
      "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH",
      "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

  /**
   * Referral source codes of the DfE children in need census (CIN census guide, "referral source"): 1A-1D
   * individual, 2A-2B schools and education, 3A-3F health, 4 housing, 5A-5D local authority services,
   * 6 police, 7 other legal agency, 8 other, 9 anonymous, 10 unknown.
   */
  public static final List<String> REFERRAL_SOURCE_CODES = List.of(
      "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D",
      "6", "7", "8", "9", "10");

  public static final ExtractSpec SPEC = new ExtractSpec(NAME, List.of(
      required(CHILD_ID, FieldType.TEXT),
      required(LA_CODE, FieldType.LA_CODE),
      required(BIRTH_MONTH, FieldType.MONTH),
      required(GENDER, FieldType.GENDER),
      coded(ETHNICITY, OPTIONAL, ETHNICITY_CODES.toArray(String[]::new)),
      required(IDENTIFIED_DATE, FieldType.DATE),
      optional(CLOSED_DATE, FieldType.DATE),
      coded(RISK_LEVEL, OPTIONAL, "low", "medium", "high"),
      coded(CSE_MODEL, OPTIONAL,
          "inappropriate_relationship", "boyfriend", "peer_on_peer", "organised_network", "online", "unknown"),
      optional(LOOKED_AFTER, FieldType.YES_NO),
      coded(CP_PLAN, OPTIONAL, "current", "previous", "never"),
      optional(CIN_FACTORS, FieldType.CIN_FACTORS),
      optional(DOMESTIC_ABUSE, FieldType.YES_NO),
      optional(PRIOR_RAPE_ALLEGATION, FieldType.YES_NO),
      optional(RISK_ASSESSMENT_DATE, FieldType.DATE),
      optional(PLAN_DATE, FieldType.DATE),
      coded(REFERRAL_SOURCE, OPTIONAL, REFERRAL_SOURCE_CODES.toArray(String[]::new))),
      List.of(CHILD_ID, IDENTIFIED_DATE),
      List.of(
          new RowCheck.EndNotBeforeStart(IDENTIFIED_DATE, CLOSED_DATE),
          new RowCheck.BornBy(BIRTH_MONTH, IDENTIFIED_DATE),
          new RowCheck.ChildAt(BIRTH_MONTH, IDENTIFIED_DATE)),
      null);

  private CohortExtract() {}
}
