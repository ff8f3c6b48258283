package org.cseprofile.ingest;

import static org.cseprofile.ingest.FieldSpec.coded;
import static org.cseprofile.ingest.FieldSpec.optional;
import static org.cseprofile.ingest.FieldSpec.required;
import static org.cseprofile.ingest.Requirement.REQUIRED;

import java.util.List;

/** Police CSE-flagged crimes, intelligence and concerns: one row per incident. */
public final class IncidentsExtract {
  public static final String NAME = "incidents";

  public static final String INCIDENT_ID = "incident_id";
  public static final String RECORDED_DATE = "recorded_date";
  public static final String LA_CODE = "la_code";
  public static final String INCIDENT_TYPE = "incident_type";
  public static final String CONTACT_TYPE = "contact_type";
  public static final String PLACE_TYPE = "place_type";
  public static final String EASTING = "easting";
  public static final String NORTHING = "northing";
  public static final String VICTIM_ID = "victim_id";
  public static final String PLATFORM = "platform";
  public static final String LOCATION_ROLE = "location_role";

  public static final List<String> PLACE_TYPES = List.of(
      "suspect_home", "victim_home", "hotel", "taxi", "park_open_space", "school", "takeaway_shop",
      "shopping_centre", "transport_hub", "online", "other");

  public static final ExtractSpec SPEC = new ExtractSpec(NAME, List.of(
      required(INCIDENT_ID, FieldType.TEXT),
      required(RECORDED_DATE, FieldType.DATE),
      required(LA_CODE, FieldType.LA_CODE),
      coded(INCIDENT_TYPE, REQUIRED, "crime", "intelligence", "concern"),
      coded(CONTACT_TYPE, REQUIRED, "contact", "non_contact", "online"),
      coded(PLACE_TYPE, REQUIRED, PLACE_TYPES.toArray(String[]::new)),
      optional(EASTING, FieldType.GRID),
      optional(NORTHING, FieldType.GRID),
      optional(VICTIM_ID, FieldType.TEXT),
      optional(PLATFORM, FieldType.TEXT),
      coded(LOCATION_ROLE, Requirement.OPTIONAL, "met", "offence")),
      List.of(INCIDENT_ID),
      List.of(new RowCheck.InGreatBritain(EASTING, NORTHING)),
      null);

  private IncidentsExtract() {}
}
