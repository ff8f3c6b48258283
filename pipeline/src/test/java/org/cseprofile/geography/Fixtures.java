package org.cseprofile.geography;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * A hand-made geography for the tests: two authorities side by side, A (E 0-10 km) and B (E 10-20 km),
 * both N 0-10 km, on the British National Grid shifted to E 500 km, N 100 km (square TQ); A has two wards
 * split at E 505 km, B one ward and a 2 km square hole in its middle (a lake no ward holds).
 */
final class Fixtures {
  static final Configuration HADOOP = new Configuration();

  private Fixtures() {}

  static final String GEOJSON = """
      {"type": "FeatureCollection",
       "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::27700"}},
       "features": [
        {"type": "Feature", "properties": {"LAD23CD": "E0000000A", "LAD23NM": "Aville"},
         "geometry": {"type": "Polygon", "coordinates": [[[500000,100000],[510000,100000],[510000,110000],[500000,110000],[500000,100000]]]}},
        {"type": "Feature", "properties": {"LAD23CD": "E0000000B", "LAD23NM": "Beeton"},
         "geometry": {"type": "Polygon", "coordinates": [[[510000,100000],[520000,100000],[520000,110000],[510000,110000],[510000,100000]]]}},
        {"type": "Feature", "properties": {"WD23CD": "W01", "WD23NM": "West", "LAD23CD": "E0000000A"},
         "geometry": {"type": "Polygon", "coordinates": [[[500000,100000],[505000,100000],[505000,110000],[500000,110000],[500000,100000]]]}},
        {"type": "Feature", "properties": {"WD23CD": "W02", "WD23NM": "East"},
         "geometry": {"type": "MultiPolygon", "coordinates": [[[[505000,100000],[510000,100000],[510000,110000],[505000,110000],[505000,100000]]]]}},
        {"type": "Feature", "properties": {"WD23CD": "W03", "WD23NM": "Lakeside"},
         "geometry": {"type": "Polygon", "coordinates": [[[510000,100000],[520000,100000],[520000,110000],[510000,110000],[510000,100000]],
                                                          [[514000,104000],[514000,106000],[516000,106000],[516000,104000],[514000,104000]]]}},
        {"type": "Feature", "properties": {"note": "a point, skipped"}, "geometry": {"type": "Point", "coordinates": [1, 2]}}
       ]}
      """;

  static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  static Gazetteer gazetteer(Path dir) throws IOException {
    return new Gazetteer(List.of(BoundaryFile.read(write(dir, "areas.geojson", GEOJSON).toString(), List.of(), HADOOP)));
  }
}
