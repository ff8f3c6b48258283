package org.cseprofile.ingest;

import java.util.Objects;

/** How often an optional column is filled in the accepted rows of one file (or {@code ALL} files) of an extract. */
public record Completeness(String extract, String file, String column, long rows, long filled) {
  /** The {@code file} of the row for all files of an extract together. */
  public static final String ALL_FILES = "ALL";

  public Completeness {
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    if (filled < 0 || filled > rows) {
      throw new IllegalArgumentException("filled must be between 0 and rows (" + rows + "), was " + filled);
    }
  }

  /** The share of rows with the column filled, or null when there are no rows. */
  public Double share() {
    return rows == 0 ? null : (double) filled / rows;
  }
}
