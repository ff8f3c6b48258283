package org.cseprofile.geography;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference geography a run is given: boundary files ({@code --boundaries}, any number), fields
 * to read where ONS's names do not fit ({@code --boundary-fields}) and a mid-year population file
 * ({@code --population}).
 */
public record GeographySettings(List<String> boundaries, List<BoundaryFields> fields, Optional<String> population) {
  /** No reference geography: squares without places, no rates, the automatic study region. */
  public static final GeographySettings NONE = new GeographySettings(List.of(), List.of(), Optional.empty());

  public GeographySettings {
    boundaries = List.copyOf(boundaries);
    fields = List.copyOf(fields);
    Objects.requireNonNull(population, "population");
    for (String b : boundaries) {
      if (b.isBlank()) {
        throw new IllegalArgumentException("boundaries must not name a blank file");
      }
    }
  }
}
