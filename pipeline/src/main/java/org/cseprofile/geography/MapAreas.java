package org.cseprofile.geography;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cseprofile.reports.chart.MapBackground;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The boundaries a board's maps are drawn on, simplified for drawing: the partnership's authorities and
 * their neighbours in view, and the partnership's wards (or LSOAs). Written beside the published tables as
 * GeoJSON ({@code maps/boundaries.geojson}, British National Grid), so that {@code cse-profile report} redraws
 * the same maps and an analyst can open the file in a GIS; it holds reference geography only, no count.
 */
public final class MapAreas {
  /** The file, under {@code published/<period>/}. */
  public static final String FILE = "maps/boundaries.geojson";
  /** Outlines are simplified to this, in metres: finer than a line's width on the page. */
  static final double AUTHORITY_TOLERANCE = 100;
  static final double WARD_TOLERANCE = 40;
  static final String ONS_SOURCE = "Office for National Statistics licensed under the Open Government Licence v.3.0; "
      + "contains OS data \u00a9 Crown copyright and database right";

  private MapAreas() {}

  /** The map background of a run: its areas in view, where they come from, and the study region stated. */
  public static MapBackground of(ReferenceGeography geography, List<String> partnership, String region) {
    if (!geography.hasBoundaries()) {
      return new MapBackground(List.of(), null, region);
    }
    Gazetteer g = geography.gazetteer();
    Envelope view = new Envelope();
    g.authorities().stream().filter(a -> partnership.contains(a.code()))
        .forEach(a -> view.expandToInclude(a.geometry().getEnvelopeInternal()));
    for (int i = 0; i < g.smallAreas().size(); i++) {
      if (partnership.contains(g.smallAreaPlace(i).authorityCode())) {
        view.expandToInclude(g.smallAreas().get(i).geometry().getEnvelopeInternal());
      }
    }
    if (view.isNull()) {
      return new MapBackground(List.of(), null, region);
    }
    view.expandBy(2_000);
    List<MapBackground.Area> areas = new ArrayList<>();
    for (Boundary a : g.authorities()) {
      if (a.geometry().getEnvelopeInternal().intersects(view)) {
        areas.add(area(a, AUTHORITY_TOLERANCE));
      }
    }
    for (int i = 0; i < g.smallAreas().size(); i++) {
      if (partnership.contains(g.smallAreaPlace(i).authorityCode())) {
        areas.add(area(g.smallAreas().get(i), WARD_TOLERANCE));
      }
    }
    String source = geography.synthetic() ? "synthetic, made by cse-profile generate-sample (not real places)"
        : String.join(", ", geography.boundaryFiles()) + " (" + ONS_SOURCE + ")";
    return new MapBackground(areas, source, region);
  }

  private static MapBackground.Area area(Boundary b, double tolerance) {
    Geometry simple = TopologyPreservingSimplifier.simplify(b.geometry(), tolerance);
    List<double[][]> rings = new ArrayList<>();
    for (int i = 0; i < simple.getNumGeometries(); i++) {
      if (simple.getGeometryN(i) instanceof Polygon p) {
        rings.add(ring(p.getExteriorRing().getCoordinates()));
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          rings.add(ring(p.getInteriorRingN(h).getCoordinates()));
        }
      }
    }
    Coordinate label = b.geometry().getInteriorPoint().getCoordinate();
    return new MapBackground.Area(b.level().label(), b.code(), b.name(), rings, Math.round(label.x), Math.round(label.y),
        b.geometry().getArea());
  }

  private static double[][] ring(Coordinate[] coordinates) {
    double[][] ring = new double[coordinates.length][];
    for (int i = 0; i < coordinates.length; i++) {
      ring[i] = new double[] {Math.round(coordinates[i].x), Math.round(coordinates[i].y)};
    }
    return ring;
  }

  /** The background as GeoJSON (British National Grid), with the region and source as members of the collection. */
  public static byte[] toGeoJson(MapBackground background) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode collection = json.createObjectNode();
    collection.put("type", "FeatureCollection");
    collection.putObject("crs").put("type", "name").putObject("properties").put("name", "urn:ogc:def:crs:EPSG::27700");
    collection.put("source", background.source());
    collection.put("region", background.region());
    ArrayNode features = collection.putArray("features");
    for (MapBackground.Area a : background.areas()) {
      ObjectNode feature = features.addObject();
      feature.put("type", "Feature");
      feature.putObject("properties").put("level", a.level()).put("code", a.code()).put("name", a.name())
          .put("label_easting", a.labelEasting()).put("label_northing", a.labelNorthing())
          .put("area_m2", Math.round(a.squareMetres()));
      ObjectNode geometry = feature.putObject("geometry");
      geometry.put("type", "Polygon");
      ArrayNode rings = geometry.putArray("coordinates");
      for (double[][] ring : a.rings()) {
        ArrayNode r = rings.addArray();
        for (double[] p : ring) {
          r.addArray().add((long) p[0]).add((long) p[1]);
        }
      }
    }
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(collection);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the map boundaries as JSON", e);
    }
  }

  /** Reads what {@link #toGeoJson} wrote. */
  public static MapBackground fromGeoJson(byte[] bytes, String file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(bytes);
    } catch (IOException e) {
      throw new GeographyException(file + ": not valid JSON");
    }
    List<MapBackground.Area> areas = new ArrayList<>();
    for (JsonNode f : root.path("features")) {
      JsonNode p = f.path("properties");
      List<double[][]> rings = new ArrayList<>();
      for (JsonNode ring : f.path("geometry").path("coordinates")) {
        double[][] points = new double[ring.size()][];
        for (int i = 0; i < ring.size(); i++) {
          points[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
        }
        rings.add(points);
      }
      areas.add(new MapBackground.Area(p.path("level").asText(), p.path("code").asText(), p.path("name").asText(), rings,
          p.path("label_easting").asDouble(), p.path("label_northing").asDouble(), p.path("area_m2").asDouble()));
    }
    return new MapBackground(areas, root.path("source").isTextual() ? root.path("source").asText() : null,
        root.path("region").isTextual() ? root.path("region").asText() : null);
  }
}
