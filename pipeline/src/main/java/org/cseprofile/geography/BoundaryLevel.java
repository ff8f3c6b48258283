package org.cseprofile.geography;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kinds of area a boundary file may hold, coarsest first, each with the code and name fields
 * ONS Open Geography uses for it (the two digits are the year of the boundaries: LAD23CD, WD24NM).
 */
public enum BoundaryLevel {
  /** Local authorities: counties and unitary authorities (CTYUA, UTLA) or districts (LAD, LTLA). */
  AUTHORITY("authority", "(CTYUA|UTLA|LAD|LTLA|CTY|UA)\\d{2}"),
  /** Electoral wards. */
  WARD("ward", "WD\\d{2}"),
  /** Lower layer super output areas (about 1,500 residents each). */
  LSOA("lsoa", "LSOA\\d{2}");

  private final String label;
  private final Pattern code;
  private final Pattern name;

  BoundaryLevel(String label, String prefix) {
    this.label = label;
    this.code = Pattern.compile(prefix + "CD", Pattern.CASE_INSENSITIVE);
    this.name = Pattern.compile(prefix + "NM", Pattern.CASE_INSENSITIVE);
  }

  /** The value written in the output tables and accepted by the options. */
  public String label() {
    return label;
  }

  /** Whether {@code field} is a code field of this level as ONS names them. */
  boolean isCodeField(String field) {
    return code.matcher(field).matches();
  }

  /** Whether {@code field} is a name field of this level as ONS names them. */
  boolean isNameField(String field) {
    return name.matcher(field).matches();
  }

  /** The level labelled {@code label} (authority, ward or lsoa). */
  public static BoundaryLevel of(String label) {
    String wanted = label.trim().toLowerCase(Locale.ROOT);
    for (BoundaryLevel level : values()) {
      if (level.label.equals(wanted)) {
        return level;
      }
    }
    throw new IllegalArgumentException("a boundary level must be authority, ward or lsoa");
  }
}
