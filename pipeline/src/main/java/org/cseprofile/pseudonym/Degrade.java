package org.cseprofile.pseudonym;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cseprofile.ingest.ValueParsers;

/** Coarsening of quasi-identifiers before an extract leaves the agency. */
public enum Degrade {
  /** A date (of birth) cut to its month, {@code yyyy-MM}: 2003-05-17 and 17/05/2003 become 2003-05. */
  MONTH {
    @Override
    public String apply(String value) {
      LocalDate month = ValueParsers.month(value.strip());
      return month == null ? null : month.toString().substring(0, 7);
    }
  },
  /** A full UK postcode cut to its sector, the outward code and the inward digit: BN1 1AA becomes BN1 1. */
  SECTOR {
    @Override
    public String apply(String value) {
      String compact = value.replace(" ", "").replace("\u00A0", "").toUpperCase(Locale.ROOT);
      Matcher full = FULL_POSTCODE.matcher(compact);
      if (full.matches()) {
        return full.group(1) + " " + full.group(2);
      }
      Matcher sector = SECTOR_ONLY.matcher(value.strip().toUpperCase(Locale.ROOT));
      return sector.matches() ? sector.group(1) + " " + sector.group(2) : null;
    }
  };

  private static final Pattern FULL_POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9])[A-Z]{2}");
  private static final Pattern SECTOR_ONLY = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) +([0-9])");

  /** The coarsened value, or null when the value is not of the expected form (it is then not passed on). */
  public abstract String apply(String value);
}
