package org.cseprofile.geography;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Converts WGS84 longitude and latitude (GPS, GeoJSON, police.uk) to British National Grid
 * eastings and northings (EPSG:27700), with proj4j: a seven-parameter Helmert shift from WGS84 to
 * the OSGB36 datum, then OS's Transverse Mercator. Ordnance Survey gives the Helmert shift an
 * accuracy of about 5 metres (their grid transformation OSTN15 is exact to centimetres, but its
 * grid file is not served here); tested against OS's published points within that. Thread-safe:
 * each thread has its own transform.
 */
public final class BritishNationalGrid {
  /** EPSG:27700 with the OS Helmert parameters (OS, "A guide to coordinate systems in Great Britain", 6.6). */
  static final String OSGB36_NATIONAL_GRID = "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 "
      + "+y_0=-100000 +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs";
  static final String WGS84 = "+proj=longlat +datum=WGS84 +no_defs";
  /** OSGB36 longitude and latitude (on the Airy ellipsoid), before projection; for testing the projection alone. */
  static final String OSGB36 = "+proj=longlat +ellps=airy "
      + "+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +no_defs";

  private static final ThreadLocal<CoordinateTransform> FROM_WGS84 =
      ThreadLocal.withInitial(() -> transform(WGS84, OSGB36_NATIONAL_GRID));

  private static final ThreadLocal<CoordinateTransform> TO_WGS84 =
      ThreadLocal.withInitial(() -> transform(OSGB36_NATIONAL_GRID, WGS84));

  private BritishNationalGrid() {}

  /** The easting and northing, in metres, of a WGS84 position; throws when it is not a valid position. */
  public static double[] fromWgs84(double longitude, double latitude) {
    if (!(longitude >= -180 && longitude <= 180 && latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("longitude must be from -180 to 180 and latitude from -90 to 90 degrees");
    }
    ProjCoordinate out = new ProjCoordinate();
    FROM_WGS84.get().transform(new ProjCoordinate(longitude, latitude), out);
    return new double[] {out.x, out.y};
  }

  /** The WGS84 longitude and latitude, in decimal degrees, of a British National Grid position (the reverse shift). */
  public static double[] toWgs84(double easting, double northing) {
    ProjCoordinate out = new ProjCoordinate();
    TO_WGS84.get().transform(new ProjCoordinate(easting, northing), out);
    return new double[] {out.x, out.y};
  }

  /** A transform between two proj.4 definitions. */
  static CoordinateTransform transform(String from, String to) {
    CRSFactory crs = new CRSFactory();
    CoordinateReferenceSystem source = crs.createFromParameters("source", from);
    CoordinateReferenceSystem target = crs.createFromParameters("target", to);
    return new CoordinateTransformFactory().createTransform(source, target);
  }
}
