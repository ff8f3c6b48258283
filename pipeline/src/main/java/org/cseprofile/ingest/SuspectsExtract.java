package org.cseprofile.ingest;

import static org.cseprofile.ingest.FieldSpec.codeList;
import static org.cseprofile.ingest.FieldSpec.coded;
import static org.cseprofile.ingest.FieldSpec.optional;
import static org.cseprofile.ingest.FieldSpec.required;
import static org.cseprofile.ingest.Requirement.OPTIONAL;
import static org.cseprofile.ingest.Requirement.REQUIRED;

import java.util.List;

/** Suspects linked to incidents: one row per suspect per incident. */
public final class SuspectsExtract {
  public static final String NAME = "suspects";

  public static final String INCIDENT_ID = "incident_id";
  public static final String SUSPECT_ID = "suspect_id";
  public static final String GENDER = "gender";
  public static final String BIRTH_YEAR = "birth_year";
  public static final String STATUS = "status";
  public static final String DISRUPTION = "disruption";
  public static final String ETHNICITY = "ethnicity";
  public static final String PREVIOUS_OFFENDING = "previous_offending";

  public static final ExtractSpec SPEC = new ExtractSpec(NAME, List.of(
      required(INCIDENT_ID, FieldType.TEXT),
      required(SUSPECT_ID, FieldType.TEXT),
      required(GENDER, FieldType.GENDER),
      optional(BIRTH_YEAR, FieldType.INTEGER),
      coded(STATUS, REQUIRED, "suspect", "arrested", "charged", "convicted", "no_further_action"),
      codeList(DISRUPTION, OPTIONAL,
          "cawn", "sro", "shpo", "cbo", "licensing_review", "closure_order", "other"),
      coded(ETHNICITY, OPTIONAL, CohortExtract.ETHNICITY_CODES.toArray(String[]::new)),
      optional(PREVIOUS_OFFENDING, FieldType.YES_NO)),
      List.of(INCIDENT_ID, SUSPECT_ID));

  private SuspectsExtract() {}
}
