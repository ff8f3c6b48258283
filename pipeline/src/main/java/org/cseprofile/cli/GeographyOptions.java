package org.cseprofile.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cseprofile.geography.BoundaryFields;
import org.cseprofile.geography.GeographySettings;
import picocli.CommandLine.Option;

/** The {@code --boundaries}, {@code --boundary-fields} and {@code --population} options: the run's reference geography. */
public final class GeographyOptions {

  @Option(names = "--boundaries", paramLabel = "FILE",
      description = "Boundaries of the local authorities and their wards (or LSOAs), as ONS Open Geography publishes "
          + "them: GeoJSON, or an ESRI shapefile (.shp beside its .dbf and .prj, or a .zip of them), in British "
          + "National Grid or WGS84. Repeat for several files. Names every mapped square and hot cell, counts events "
          + "by ward, draws boundaries on the maps and makes the hot spot study region the partnership's authorities.")
  List<String> boundaries = new ArrayList<>();

  @Option(names = "--boundary-fields", paramLabel = "LEVEL:CODE:NAME",
      description = "Fields holding a level's code and name where they are not ONS's (LAD23CD/LAD23NM, WD23CD/WD23NM, "
          + "LSOA21CD/LSOA21NM...): LEVEL is authority, ward or lsoa, for example ward:WARD_ID:WARD_NAME. Repeatable.")
  List<String> fields = new ArrayList<>();

  @Option(names = "--population", paramLabel = "FILE",
      description = "ONS mid-year population estimates by authority and single year of age, as CSV (the 'MYE2 - "
          + "Persons' sheet saved as CSV, or the MYEB1 detailed series): adds rates per 10,000 children.")
  String population;

  /** The settings these options describe; throws IllegalArgumentException naming the bad option. */
  GeographySettings settings() {
    List<BoundaryFields> parsed = new ArrayList<>();
    for (String f : fields) {
      try {
        parsed.add(BoundaryFields.parse(f));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(e.getMessage().startsWith("--") ? e.getMessage()
            : "--boundary-fields: " + e.getMessage(), e);
      }
    }
    return new GeographySettings(boundaries, parsed, Optional.ofNullable(population));
  }
}
