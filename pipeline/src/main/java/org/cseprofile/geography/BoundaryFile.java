package org.cseprofile.geography;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * One boundary file supplied with {@code --boundaries}: GeoJSON ({@code .geojson}, {@code .json}) or
 * an ESRI shapefile ({@code .shp} beside its {@code .dbf}, {@code .prj} and {@code .cpg}, or all of
 * them in one {@code .zip}, as ONS Open Geography downloads come), in British National Grid or WGS84
 * (converted). Each feature becomes a {@link Boundary} of the level its code field names.
 *
 * @param synthetic whether the file says it is synthetic (the sample's, made by the generator)
 * @param convertedFromWgs84 whether its coordinates were longitude and latitude
 */
public record BoundaryFile(String file, List<Boundary> boundaries, boolean synthetic, boolean convertedFromWgs84) {
  /** British National Grid. */
  public static final int BNG_SRID = 27700;
  static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), BNG_SRID);

  public BoundaryFile {
    Objects.requireNonNull(file, "file");
    boundaries = List.copyOf(boundaries);
  }

  /** Reads {@code path} (any Hadoop file system); {@code fields} name fields for levels ONS's names do not fit. */
  public static BoundaryFile read(String path, List<BoundaryFields> fields, Configuration hadoop) {
    Path p = new Path(path);
    String name = p.getName();
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      FileSystem fs = p.getFileSystem(hadoop);
      if (!fs.exists(p)) {
        throw new GeographyException(path + ": no such boundary file");
      }
      if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
        try (InputStream in = fs.open(p)) {
          GeoJsonBoundaries.Contents contents = GeoJsonBoundaries.read(in, name, FACTORY);
          Crs crs = Crs.ofGeoJson(contents.crsName(), contents.features(), name);
          boolean synthetic = contents.name() != null && contents.name().toLowerCase(Locale.ROOT).contains("synthetic");
          return new BoundaryFile(name, boundaries(contents.features(), crs, fields, name), synthetic, crs == Crs.WGS84);
        }
      }
      Map<String, byte[]> parts = new HashMap<>();
      if (lower.endsWith(".zip")) {
        try (ZipInputStream zip = new ZipInputStream(fs.open(p))) {
          for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String entry = e.getName().toLowerCase(Locale.ROOT);
            int dot = entry.lastIndexOf('.');
            String extension = dot < 0 ? "" : entry.substring(dot);
            if (!e.isDirectory() && List.of(".shp", ".dbf", ".prj", ".cpg").contains(extension)) {
              if (parts.put(extension, zip.readAllBytes()) != null) {
                throw new GeographyException(path + ": holds more than one shapefile; give one shapefile per zip");
              }
            }
          }
        }
      } else if (lower.endsWith(".shp")) {
        String base = name.substring(0, name.length() - 4);
        for (String extension : List.of(".shp", ".dbf", ".prj", ".cpg")) {
          Path sibling = new Path(p.getParent(), base + extension);
          if (!fs.exists(sibling)) {
            sibling = new Path(p.getParent(), base + extension.toUpperCase(Locale.ROOT));
          }
          if (fs.exists(sibling)) {
            try (InputStream in = fs.open(sibling)) {
              parts.put(extension, readAll(in));
            }
          }
        }
      } else {
        throw new GeographyException(path + ": a boundary file must be GeoJSON (.geojson, .json) or an ESRI shapefile "
            + "(.shp, or a .zip holding one)");
      }
      if (!parts.containsKey(".shp") || !parts.containsKey(".dbf")) {
        throw new GeographyException(path + ": a shapefile needs its .shp and .dbf files (and .prj to say its coordinates)");
      }
      Charset charset = parts.containsKey(".cpg")
          ? charset(new String(parts.get(".cpg"), StandardCharsets.US_ASCII).trim(), name) : StandardCharsets.UTF_8;
      List<SourceFeature> features = Shapefile.read(parts.get(".shp"), parts.get(".dbf"), charset, name, FACTORY);
      String prj = parts.containsKey(".prj") ? new String(parts.get(".prj"), StandardCharsets.UTF_8) : null;
      Crs crs = Crs.ofPrj(prj, Shapefile.box(parts.get(".shp"), name), name);
      return new BoundaryFile(name, boundaries(features, crs, fields, name), false, crs == Crs.WGS84);
    } catch (FileNotFoundException e) {
      throw new GeographyException(path + ": no such boundary file");
    } catch (IOException e) {
      throw new GeographyException(path + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }

  private static Charset charset(String name, String file) {
    try {
      return Charset.forName(name.equals("1252") ? "windows-1252" : name);
    } catch (IllegalArgumentException e) {
      throw new GeographyException(file + ": its .cpg names an unknown text encoding");
    }
  }

  /** The features as boundaries in British National Grid, each of the level its code field names. */
  static List<Boundary> boundaries(List<SourceFeature> features, Crs crs, List<BoundaryFields> fields, String file) {
    List<Boundary> boundaries = new ArrayList<>();
    for (SourceFeature f : features) {
      String[] level = levelFields(f.properties(), fields);
      if (level == null) {
        throw new GeographyException(file + ", feature " + f.number() + ": no code field ONS uses (for example "
            + "CTYUA23CD, LAD23CD, WD23CD or LSOA21CD) and none named by --boundary-fields");
      }
      Geometry geometry = crs == Crs.WGS84 ? toGrid(f.geometry()) : f.geometry();
      if (!geometry.isValid()) {
        geometry = GeometryFixer.fix(geometry);
      }
      geometry.setSRID(BNG_SRID);
      if (geometry.isEmpty() || !(geometry instanceof org.locationtech.jts.geom.Polygonal)) {
        continue;
      }
      boundaries.add(new Boundary(BoundaryLevel.of(level[0]), f.properties().get(level[1]).trim(),
          f.properties().getOrDefault(level[2], "").trim(), geometry));
    }
    return boundaries;
  }

  /** The level, code field and name field of a feature: the finest level whose code it has; null when none. */
  static String[] levelFields(Map<String, String> properties, List<BoundaryFields> fields) {
    BoundaryLevel[] finestFirst = {BoundaryLevel.LSOA, BoundaryLevel.WARD, BoundaryLevel.AUTHORITY};
    for (BoundaryLevel level : finestFirst) {
      for (BoundaryFields chosen : fields) {
        if (chosen.level() == level && filled(properties, chosen.codeField())) {
          return new String[] {level.label(), chosen.codeField(), chosen.nameField()};
        }
      }
    }
    for (BoundaryLevel level : finestFirst) {
      if (fields.stream().anyMatch(c -> c.level() == level)) {
        continue; // named fields replace ONS's for their level
      }
      for (String key : properties.keySet()) {
        if (level.isCodeField(key) && filled(properties, key)) {
          String name = key.substring(0, key.length() - 2) + (Character.isUpperCase(key.charAt(key.length() - 1)) ? "NM"
              : "nm");
          return new String[] {level.label(), key, name};
        }
      }
    }
    return null;
  }

  private static boolean filled(Map<String, String> properties, String key) {
    String v = properties.get(key);
    return v != null && !v.isBlank();
  }

  private static Geometry toGrid(Geometry geometry) {
    Geometry copy = geometry.copy();
    copy.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        double[] en = BritishNationalGrid.fromWgs84(seq.getX(i), seq.getY(i));
        seq.setOrdinate(i, 0, en[0]);
        seq.setOrdinate(i, 1, en[1]);
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    });
    return copy;
  }

  /** The coordinates a file is in. */
  enum Crs {
    BNG, WGS84;

    static Crs ofGeoJson(String crsName, List<SourceFeature> features, String file) {
      if (crsName != null) {
        if (crsName.contains("27700")) {
          return BNG;
        }
        if (crsName.contains("4326") || crsName.contains("CRS84") || crsName.contains("4258")) {
          return WGS84;
        }
        throw new GeographyException(file + ": its crs is neither British National Grid (EPSG:27700) nor WGS84");
      }
      Envelope box = new Envelope();
      features.forEach(f -> box.expandToInclude(f.geometry().getEnvelopeInternal()));
      return byRange(box.isNull() ? null : new double[] {box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()},
          file);
    }

    static Crs ofPrj(String prj, double[] box, String file) {
      if (prj != null) {
        String wkt = prj.toUpperCase(Locale.ROOT);
        if (wkt.contains("BRITISH_NATIONAL_GRID") || wkt.contains("BRITISH NATIONAL GRID") || wkt.contains("27700")) {
          return BNG;
        }
        if (wkt.startsWith("GEOGCS") && (wkt.contains("WGS") || wkt.contains("ETRS"))) {
          return WGS84;
        }
        if (wkt.startsWith("PROJCS") || wkt.startsWith("GEOGCS")) {
          throw new GeographyException(file + ": its .prj is neither British National Grid (EPSG:27700) nor WGS84; "
              + "download the file in one of those");
        }
      }
      return byRange(box, file);
    }

    /** Longitude and latitude fit in ±180 by ±90; the National Grid in 0 to 700 km by 0 to 1,300 km. */
    private static Crs byRange(double[] box, String file) {
      if (box == null) {
        throw new GeographyException(file + ": holds no polygon");
      }
      if (box[0] >= -180 && box[2] <= 180 && box[1] >= -90 && box[3] <= 90) {
        return WGS84;
      }
      if (box[0] >= 0 && box[2] <= GridReference.MAX_EASTING && box[1] >= 0 && box[3] <= GridReference.MAX_NORTHING) {
        return BNG;
      }
      throw new GeographyException(file + ": its coordinates are neither British National Grid metres nor WGS84 degrees");
    }
  }
}
