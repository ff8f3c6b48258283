package org.cseprofile.run;

import java.time.LocalDate;
import java.util.Objects;
import org.cseprofile.profile.ProfileSettings;

/**
 * What a board report says of the run that made its tables besides the tables themselves: the day it
 * is produced, the ad hoc filters (null for the standard profile) and the repeat-missing rule used.
 */
public record ReportFacts(LocalDate produced, String filters, ProfileSettings profile) {

  public ReportFacts {
    Objects.requireNonNull(produced, "produced");
    Objects.requireNonNull(profile, "profile");
    if (filters != null && filters.isBlank()) {
      throw new IllegalArgumentException("filters must be null (standard profile) or describe the filters");
    }
  }
}
