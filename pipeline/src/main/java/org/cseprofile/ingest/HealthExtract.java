package org.cseprofile.ingest;

import static org.cseprofile.ingest.FieldSpec.coded;
import static org.cseprofile.ingest.FieldSpec.required;
import static org.cseprofile.ingest.Requirement.REQUIRED;

import java.util.List;

/** Health service contacts: one row per contact. */
public final class HealthExtract {
  public static final String NAME = "health";

  public static final String CHILD_ID = "child_id";
  public static final String CONTACT_DATE = "contact_date";
  public static final String SERVICE = "service";

  public static final ExtractSpec SPEC = new ExtractSpec(NAME, List.of(
      required(CHILD_ID, FieldType.TEXT),
      required(CONTACT_DATE, FieldType.DATE),
      coded(SERVICE, REQUIRED,
          "sexual_health", "emergency_department", "substance_misuse", "mental_health", "other")),
      List.of(CHILD_ID, CONTACT_DATE, SERVICE));

  private HealthExtract() {}
}
