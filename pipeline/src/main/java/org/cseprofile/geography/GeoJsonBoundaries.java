package org.cseprofile.geography;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the polygon features of a GeoJSON FeatureCollection (RFC 7946, as ONS Open Geography
 * publishes it), one feature at a time with Jackson's streaming parser, so a national file never
 * sits in memory as one tree. Features without a polygon geometry are skipped.
 */
final class GeoJsonBoundaries {
  /** What the file says of its coordinates: its old-style {@code crs} member, if any. */
  record Contents(List<SourceFeature> features, String crsName, String name) {}

  private GeoJsonBoundaries() {}

  static Contents read(InputStream in, String file, GeometryFactory factory) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<SourceFeature> features = new ArrayList<>();
    String crs = null;
    String name = null;
    try (JsonParser parser = json.getFactory().createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new GeographyException(file + ": not a GeoJSON object (expected a FeatureCollection)");
      }
      boolean collection = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("features") && value == JsonToken.START_ARRAY) {
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonNode feature = json.readTree(parser);
            int number = features.size() + 1;
            Geometry geometry = geometry(feature.path("geometry"), factory, file, number);
            if (geometry != null) {
              features.add(new SourceFeature(number, properties(feature.path("properties")), geometry));
            }
          }
        } else if (field.equals("crs")) {
          JsonNode node = json.readTree(parser);
          crs = node.path("properties").path("name").asText(null);
        } else if (field.equals("name") && value == JsonToken.VALUE_STRING) {
          name = parser.getText();
        } else if (field.equals("type")) {
          collection = "FeatureCollection".equals(parser.getText());
        } else {
          parser.skipChildren();
        }
      }
      if (!collection) {
        throw new GeographyException(file + ": not a GeoJSON FeatureCollection");
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new GeographyException(file + ": not valid JSON (line " + e.getLocation().getLineNr() + ")");
    }
    return new Contents(features, crs, name);
  }

  private static Map<String, String> properties(JsonNode node) {
    Map<String, String> properties = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (!f.getValue().isNull() && f.getValue().isValueNode()) {
        properties.put(f.getKey(), f.getValue().asText());
      }
    }
    return properties;
  }

  /** A Polygon or MultiPolygon, or null for any other geometry (points, lines, none). */
  private static Geometry geometry(JsonNode node, GeometryFactory factory, String file, int feature) {
    String type = node.path("type").asText("");
    JsonNode coordinates = node.path("coordinates");
    try {
      return switch (type) {
        case "Polygon" -> polygon(coordinates, factory);
        case "MultiPolygon" -> {
          Polygon[] polygons = new Polygon[coordinates.size()];
          for (int i = 0; i < polygons.length; i++) {
            polygons[i] = polygon(coordinates.get(i), factory);
          }
          yield factory.createMultiPolygon(polygons);
        }
        default -> null;
      };
    } catch (IllegalArgumentException e) {
      throw new GeographyException(file + ", feature " + feature + ": the " + type + " is malformed (" + e.getMessage()
          + ")");
    }
  }

  private static Polygon polygon(JsonNode rings, GeometryFactory factory) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new IllegalArgumentException("a polygon needs at least one ring");
    }
    LinearRing shell = ring(rings.get(0), factory);
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i), factory);
    }
    return factory.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode positions, GeometryFactory factory) {
    Coordinate[] coordinates = new Coordinate[positions.size()];
    for (int i = 0; i < coordinates.length; i++) {
      JsonNode p = positions.get(i);
      if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
        throw new IllegalArgumentException("a position must be two numbers");
      }
      coordinates[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
    }
    return factory.createLinearRing(coordinates);
  }
}
