package org.cseprofile.geography;

import org.cseprofile.ingest.InputException;

/** A boundary or population file cannot be used. Names the file and the feature or line, never a value. */
public final class GeographyException extends InputException {
  public GeographyException(String message) {
    super(message);
  }
}
