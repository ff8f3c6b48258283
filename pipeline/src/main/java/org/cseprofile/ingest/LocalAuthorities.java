package org.cseprofile.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The reference table of local authorities shipped with the project: ONS codes and names of
 * England's 152 upper-tier authorities with children's services responsibilities (2016 codes).
 * Source: Office for National Statistics, Open Government Licence v3.0.
 */
public final class LocalAuthorities {
  /** Brighton and Hove. */
  public static final String BRIGHTON_AND_HOVE = "E06000043";
  /** East Sussex. */
  public static final String EAST_SUSSEX = "E10000011";
  /** West Sussex. */
  public static final String WEST_SUSSEX = "E10000032";

  private static final Map<String, String> NAMES = load();

  private LocalAuthorities() {}

  /** Every authority, code to name, in code order. */
  public static Map<String, String> all() {
    return NAMES;
  }

  /** The authority's name; the code itself for an authority not in the table (for example in Wales). */
  public static String name(String laCode) {
    return NAMES.getOrDefault(laCode, laCode);
  }

  /** Whether the code is in the table. */
  public static boolean known(String laCode) {
    return NAMES.containsKey(laCode);
  }

  private static Map<String, String> load() {
    try (InputStream in = LocalAuthorities.class.getResourceAsStream("local-authorities.csv")) {
      if (in == null) {
        throw new IllegalStateException("local-authorities.csv missing from the classpath");
      }
      Map<String, String> names = new LinkedHashMap<>();
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        names.put(r.get("la_code"), r.get("name"));
      }
      return Collections.unmodifiableMap(names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read local-authorities.csv", e);
    }
  }
}
