package org.cseprofile.ingest;

import static org.cseprofile.ingest.FieldSpec.coded;
import static org.cseprofile.ingest.FieldSpec.optional;
import static org.cseprofile.ingest.FieldSpec.required;
import static org.cseprofile.ingest.Requirement.OPTIONAL;
import static org.cseprofile.ingest.Requirement.REQUIRED;

import java.util.List;

/** Education records: one row per child per record date. */
public final class EducationExtract {
  public static final String NAME = "education";

  public static final String CHILD_ID = "child_id";
  public static final String RECORDED_DATE = "recorded_date";
  public static final String EDUCATION_STATUS = "education_status";
  public static final String RONI = "roni";
  public static final String PERSISTENT_ABSENCE = "persistent_absence";
  public static final String EXCLUSION = "exclusion";

  public static final ExtractSpec SPEC = new ExtractSpec(NAME, List.of(
      required(CHILD_ID, FieldType.TEXT),
      required(RECORDED_DATE, FieldType.DATE),
      coded(EDUCATION_STATUS, REQUIRED,
          "mainstream", "alternative_provision", "home_educated", "not_in_education", "unknown"),
      optional(RONI, FieldType.YES_NO),
      optional(PERSISTENT_ABSENCE, FieldType.YES_NO),
      coded(EXCLUSION, OPTIONAL, "none", "suspension", "permanent")),
      List.of(CHILD_ID, RECORDED_DATE));

  private EducationExtract() {}
}
