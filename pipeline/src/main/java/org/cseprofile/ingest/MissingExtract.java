package org.cseprofile.ingest;

import static org.cseprofile.ingest.FieldSpec.coded;
import static org.cseprofile.ingest.FieldSpec.optional;
import static org.cseprofile.ingest.FieldSpec.required;
import static org.cseprofile.ingest.Requirement.REQUIRED;

import java.util.List;

/**
 * The DfE SSDA903 Missing table as local authorities export it, with {@code CHILD} carrying the
 * shared pseudonym; headers are renamed to pipeline column names on ingest.
 */
public final class MissingExtract {
  public static final String NAME = "missing";

  public static final String CHILD_ID = "child_id";
  public static final String BIRTH_MONTH = "birth_month";
  public static final String MISSING_TYPE = "missing_type";
  public static final String START_DATE = "start_date";
  public static final String END_DATE = "end_date";
  public static final String LA_CODE = "la_code";
  public static final String RHI_OFFERED_DATE = "rhi_offered_date";
  public static final String RHI_ACCEPTED = "rhi_accepted";
  public static final String FOUND_EASTING = "found_easting";
  public static final String FOUND_NORTHING = "found_northing";

  /** {@code M}: missing; {@code A}: away from placement without authorisation. */
  public static final String MISSING = "M";
  public static final String AWAY = "A";

  public static final ExtractSpec SPEC = new ExtractSpec(NAME, List.of(
      required(CHILD_ID, FieldType.TEXT).fromHeader("CHILD"),
      required(BIRTH_MONTH, FieldType.MONTH).fromHeader("DOB"),
      coded(MISSING_TYPE, REQUIRED, MISSING, AWAY).fromHeader("MISSING"),
      required(START_DATE, FieldType.DATE).fromHeader("MIS_START"),
      optional(END_DATE, FieldType.DATE).fromHeader("MIS_END"),
      optional(LA_CODE, FieldType.LA_CODE).fromHeader("LA"),
      optional(RHI_OFFERED_DATE, FieldType.DATE).fromHeader("RHI_OFFERED"),
      optional(RHI_ACCEPTED, FieldType.YES_NO).fromHeader("RHI_ACCEPTED"),
      optional(FOUND_EASTING, FieldType.GRID).fromHeader("FOUND_EASTING"),
      optional(FOUND_NORTHING, FieldType.GRID).fromHeader("FOUND_NORTHING")),
      List.of(CHILD_ID, START_DATE),
      List.of(
          new RowCheck.EndNotBeforeStart(START_DATE, END_DATE),
          new RowCheck.BornBy(BIRTH_MONTH, START_DATE),
          new RowCheck.InGreatBritain(FOUND_EASTING, FOUND_NORTHING)),
      new EpisodeOverlap(CHILD_ID, START_DATE, END_DATE, Rule.OVERLAPPING_MISSING));

  private MissingExtract() {}
}
