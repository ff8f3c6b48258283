package org.cseprofile.geography;

import java.util.Objects;

/**
 * The fields of a boundary file holding one level's code and name, when they are not the ones ONS
 * uses (given as {@code --boundary-fields LEVEL:CODE:NAME}, for example {@code ward:WARD_CODE:WARD_NAME}).
 */
public record BoundaryFields(BoundaryLevel level, String codeField, String nameField) {

  public BoundaryFields {
    Objects.requireNonNull(level, "level");
    if (codeField == null || codeField.isBlank()) {
      throw new IllegalArgumentException("codeField must not be blank");
    }
    if (nameField == null || nameField.isBlank()) {
      throw new IllegalArgumentException("nameField must not be blank");
    }
  }

  /** Parses {@code LEVEL:CODE:NAME}; throws naming the option when malformed. */
  public static BoundaryFields parse(String text) {
    String[] parts = text.split(":");
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "--boundary-fields must be LEVEL:CODE_FIELD:NAME_FIELD, for example ward:WD24CD:WD24NM");
    }
    return new BoundaryFields(BoundaryLevel.of(parts[0]), parts[1].trim(), parts[2].trim());
  }
}
