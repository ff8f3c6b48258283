package org.cseprofile.geography;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads polygon shapefiles as the ESRI Shapefile Technical Description (July 1998) defines them: the
 * main file ({@code .shp}: a 100-byte header, then records of a big-endian header and a
 * little-endian shape) and the dBASE attribute table ({@code .dbf}: one record per shape, in the same
 * order). Written here because no shapefile reader is served here but GeoTools' (not served); the
 * format is small and fixed. Polygon, PolygonZ and PolygonM shapes are read (Z and M ignored); a ring
 * drawn clockwise is an outer ring, anticlockwise a hole of the outer ring holding it.
 */
final class Shapefile {
  static final int FILE_CODE = 9994;
  static final int NULL_SHAPE = 0;
  static final int POLYGON = 5;
  static final int POLYGON_Z = 15;
  static final int POLYGON_M = 25;

  private Shapefile() {}

  /** The bounding box in the main file's header: min x, min y, max x, max y. */
  static double[] box(byte[] shp, String file) {
    ByteBuffer b = ByteBuffer.wrap(shp);
    header(b, file);
    b.order(ByteOrder.LITTLE_ENDIAN);
    return new double[] {b.getDouble(36), b.getDouble(44), b.getDouble(52), b.getDouble(60)};
  }

  /** The features of a shapefile: geometries from {@code shp}, attributes from {@code dbf} (in {@code charset}). */
  static List<SourceFeature> read(byte[] shp, byte[] dbf, Charset charset, String file, GeometryFactory factory) {
    List<Geometry> shapes = shapes(shp, file, factory);
    List<Map<String, String>> attributes = attributes(dbf, charset, file);
    if (attributes.size() != shapes.size()) {
      throw new GeographyException(file + ": the .shp holds " + shapes.size() + " shapes but the .dbf "
          + attributes.size() + " records; they must be of the same shapefile");
    }
    List<SourceFeature> features = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      if (shapes.get(i) != null && attributes.get(i) != null) {
        features.add(new SourceFeature(i + 1, attributes.get(i), shapes.get(i)));
      }
    }
    return features;
  }

  private static void header(ByteBuffer b, String file) {
    b.order(ByteOrder.BIG_ENDIAN);
    if (b.limit() < 100 || b.getInt(0) != FILE_CODE) {
      throw new GeographyException(file + ": not a shapefile main file (.shp)");
    }
  }

  /** One geometry per record (null for a null shape); throws on any shape type but polygons. */
  static List<Geometry> shapes(byte[] shp, String file, GeometryFactory factory) {
    ByteBuffer b = ByteBuffer.wrap(shp);
    header(b, file);
    b.order(ByteOrder.LITTLE_ENDIAN);
    int type = b.getInt(32);
    if (type != POLYGON && type != POLYGON_Z && type != POLYGON_M && type != NULL_SHAPE) {
      throw new GeographyException(file + ": holds shapes of type " + type + "; boundaries must be polygons (type 5, "
          + "15 or 25)");
    }
    List<Geometry> shapes = new ArrayList<>();
    int position = 100;
    while (position + 8 <= shp.length) {
      b.order(ByteOrder.BIG_ENDIAN);
      int record = b.getInt(position);
      int length = b.getInt(position + 4) * 2;
      int start = position + 8;
      if (length < 4 || start + length > shp.length) {
        throw new GeographyException(file + ", record " + record + ": its length runs past the end of the file");
      }
      b.order(ByteOrder.LITTLE_ENDIAN);
      int shape = b.getInt(start);
      if (shape == NULL_SHAPE) {
        shapes.add(null);
      } else if (shape == POLYGON || shape == POLYGON_Z || shape == POLYGON_M) {
        shapes.add(polygon(b, start + 4, start + length, factory, file, record));
      } else {
        throw new GeographyException(file + ", record " + record + ": shape type " + shape + " is not a polygon");
      }
      position = start + length;
    }
    return shapes;
  }

  private static Geometry polygon(ByteBuffer b, int at, int end, GeometryFactory factory, String file, int record) {
    int parts = b.getInt(at + 32);
    int points = b.getInt(at + 36);
    int partsAt = at + 40;
    int pointsAt = partsAt + 4 * parts;
    if (parts < 1 || points < 4 || pointsAt + 16L * points > end) {
      throw new GeographyException(file + ", record " + record + ": the polygon's parts or points do not fit its record");
    }
    List<LinearRing> shells = new ArrayList<>();
    List<LinearRing> holes = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      int from = b.getInt(partsAt + 4 * p);
      int to = p + 1 < parts ? b.getInt(partsAt + 4 * (p + 1)) : points;
      if (from < 0 || to > points || to - from < 4) {
        throw new GeographyException(file + ", record " + record + ": ring " + (p + 1) + " has fewer than 4 points");
      }
      Coordinate[] ring = new Coordinate[to - from];
      for (int i = from; i < to; i++) {
        int offset = pointsAt + 16 * i;
        ring[i - from] = new Coordinate(b.getDouble(offset), b.getDouble(offset + 8));
      }
      LinearRing linear;
      try {
        linear = factory.createLinearRing(ring);
      } catch (IllegalArgumentException e) {
        throw new GeographyException(file + ", record " + record + ": ring " + (p + 1) + " is not closed");
      }
      // Outer rings run clockwise, holes anticlockwise.
      (Orientation.isCCW(ring) ? holes : shells).add(linear);
    }
    if (shells.isEmpty()) {
      // Some writers ignore the rule: then every ring is an outer ring.
      shells.addAll(holes);
      holes.clear();
    }
    List<List<LinearRing>> holesOf = new ArrayList<>();
    List<IndexedPointInAreaLocator> locators = new ArrayList<>();
    for (LinearRing shell : shells) {
      holesOf.add(new ArrayList<>());
      locators.add(new IndexedPointInAreaLocator(factory.createPolygon(shell)));
    }
    for (LinearRing hole : holes) {
      int owner = 0;
      for (int s = 0; s < shells.size(); s++) {
        if (locators.get(s).locate(hole.getCoordinateN(0)) != Location.EXTERIOR) {
          owner = s;
          break;
        }
      }
      holesOf.get(owner).add(hole);
    }
    Polygon[] polygons = new Polygon[shells.size()];
    for (int s = 0; s < shells.size(); s++) {
      polygons[s] = factory.createPolygon(shells.get(s), holesOf.get(s).toArray(LinearRing[]::new));
    }
    return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
  }

  /** The attribute records of a dBASE III/IV file, text trimmed; null for a record marked deleted. */
  static List<Map<String, String>> attributes(byte[] dbf, Charset charset, String file) {
    ByteBuffer b = ByteBuffer.wrap(dbf).order(ByteOrder.LITTLE_ENDIAN);
    if (dbf.length < 33) {
      throw new GeographyException(file + ": the .dbf attribute table is too short to be one");
    }
    int records = b.getInt(4);
    int headerLength = Short.toUnsignedInt(b.getShort(8));
    int recordLength = Short.toUnsignedInt(b.getShort(10));
    List<String> names = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    for (int at = 32; at + 32 <= headerLength && dbf[at] != 0x0D; at += 32) {
      int nameLength = 0;
      while (nameLength < 11 && dbf[at + nameLength] != 0) {
        nameLength++;
      }
      names.add(new String(dbf, at, nameLength, StandardCharsets.US_ASCII).trim());
      widths.add(Byte.toUnsignedInt(dbf[at + 16]));
    }
    if (records < 0 || headerLength + (long) records * recordLength > dbf.length) {
      throw new GeographyException(file + ": the .dbf attribute table is shorter than its header says");
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (int r = 0; r < records; r++) {
      int at = headerLength + r * recordLength;
      if (dbf[at] == '*') {
        rows.add(null);
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      int field = at + 1;
      for (int f = 0; f < names.size(); f++) {
        row.put(names.get(f), new String(dbf, field, widths.get(f), charset).trim());
        field += widths.get(f);
      }
      rows.add(row);
    }
    return rows;
  }
}
