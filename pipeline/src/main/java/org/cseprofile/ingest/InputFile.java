package org.cseprofile.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * One CSV file of an extract: its location, its name as shown to people (relative to the input
 * folder, for example {@code missing/E06000043.csv}) and its size in bytes.
 */
public record InputFile(String extract, String location, String displayName, long bytes) implements Serializable {

  /** Whether the file is an XML return rather than a CSV table. */
  public boolean isXml() {
    return displayName.toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
  }

  public InputFile {
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(displayName, "displayName");
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must not be negative, was " + bytes);
    }
  }
}
