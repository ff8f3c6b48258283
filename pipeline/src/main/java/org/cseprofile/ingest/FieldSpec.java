package org.cseprofile.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One column of an extract: its header name in the agency's file, its column name inside the
 * pipeline, how it is parsed, and whether it is required.
 */
public record FieldSpec(String header, String column, FieldType type, Requirement requirement, List<String> codes)
    implements Serializable {

  public FieldSpec {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(requirement, "requirement");
    codes = List.copyOf(codes);
    if (header.isBlank()) {
      throw new IllegalArgumentException("header must not be blank");
    }
    boolean needsCodes = type == FieldType.CODE || type == FieldType.CODE_LIST;
    if (needsCodes == codes.isEmpty()) {
      throw new IllegalArgumentException(
          "codes must be given exactly for CODE and CODE_LIST fields (field " + header + ", type " + type + ")");
    }
  }

  /** A required field named the same in the file and in the pipeline. */
  public static FieldSpec required(String column, FieldType type) {
    return new FieldSpec(column, column, type, Requirement.REQUIRED, List.of());
  }

  /** An optional field named the same in the file and in the pipeline. */
  public static FieldSpec optional(String column, FieldType type) {
    return new FieldSpec(column, column, type, Requirement.OPTIONAL, List.of());
  }

  /** A field whose values come from a code list. */
  public static FieldSpec coded(String column, Requirement requirement, String... codes) {
    return new FieldSpec(column, column, FieldType.CODE, requirement, List.of(codes));
  }

  /** A field holding a semicolon-separated list of codes from a code list. */
  public static FieldSpec codeList(String column, Requirement requirement, String... codes) {
    return new FieldSpec(column, column, FieldType.CODE_LIST, requirement, List.of(codes));
  }

  /** The same field read from a differently named header (for the SSDA903 missing table). */
  public FieldSpec fromHeader(String fileHeader) {
    return new FieldSpec(fileHeader, column, type, requirement, codes);
  }

  /** Whether the field must be present and filled. */
  public boolean isRequired() {
    return requirement == Requirement.REQUIRED;
  }

  /** The header name as matched: trimmed and lower-cased. */
  public String matchKey() {
    return header.trim().toLowerCase(Locale.ROOT);
  }
}
