package org.cseprofile.geography;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where something lies: its authority and, when small-area boundaries were given, its ward (or
 * LSOA). {@code placeCode}, {@code placeName} and {@code placeType} are null without small areas.
 */
public record Place(String authorityCode, String authorityName, String placeCode, String placeName, String placeType)
    implements Serializable {

  public Place {
    Objects.requireNonNull(authorityCode, "authorityCode");
    Objects.requireNonNull(authorityName, "authorityName");
    if ((placeCode == null) != (placeType == null)) {
      throw new IllegalArgumentException("placeCode and placeType must be given together");
    }
  }

  /** As a board reads it: {@code Brighton and Hove: Regency ward}, or the authority alone. */
  public String describe() {
    if (placeCode == null) {
      return authorityName;
    }
    String kind = placeType.equals(BoundaryLevel.LSOA.label()) ? "LSOA " + placeCode : "ward";
    return authorityName + ": " + placeName + " " + kind;
  }
}
