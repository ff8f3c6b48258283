package org.cseprofile.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cseprofile.ingest.LocalAuthorities;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The sample's reference geography, clearly synthetic: boundaries of its authorities (each the box
 * its events are drawn in, less the boxes of authorities of lower code) and of their "wards" (the
 * Voronoi cells of a few seed points, named after the towns near them for the Sussex authorities,
 * clipped to the authority), in the field names ONS uses; and a mid-year population file in ONS's
 * wide layout. Written under {@code reference/} beside the extracts.
 */
final class SyntheticReference {
  static final String FOLDER = "reference";
  static final String BOUNDARIES = "boundaries.geojson";
  static final String POPULATION = "population.csv";
  /** Every feature and the file say so, so the maps do too. */
  static final String LABEL = "SYNTHETIC boundaries made by cse-profile generate-sample (not real)";

  private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(1), 27700);

  /** Seed points of the Sussex "wards": approximate town and ward centres, British National Grid metres. */
  private static final Map<String, List<Seed>> SUSSEX_WARDS = Map.of(
      "E06000043", List.of(new Seed("Regency", 530900, 104300), new Seed("St Peter's and North Laine", 531300, 105800),
          new Seed("Queen's Park", 532300, 104200), new Seed("Central Hove", 529200, 104600),
          new Seed("Wish", 527400, 104700), new Seed("Hangleton and Knoll", 527200, 106300),
          new Seed("Preston Park", 530600, 106800), new Seed("Hollingdean and Stanmer", 532500, 107200),
          new Seed("Moulsecoomb and Bevendean", 533900, 107500), new Seed("Woodingdean", 535200, 105600),
          new Seed("Rottingdean Coastal", 535700, 103900), new Seed("Patcham", 530800, 109500)),
      "E10000011", List.of(new Seed("Hastings", 581500, 109500), new Seed("Eastbourne", 561000, 99500),
          new Seed("Lewes", 541500, 110200), new Seed("Bexhill", 574000, 107500), new Seed("Seaford", 548500, 99500),
          new Seed("Newhaven", 544500, 101000), new Seed("Uckfield", 547200, 121000),
          new Seed("Crowborough", 551500, 129000), new Seed("Hailsham", 559000, 109500),
          new Seed("Heathfield", 558200, 121800), new Seed("Rye", 592000, 120300), new Seed("Battle", 574800, 116000)),
      "E10000032", List.of(new Seed("Crawley", 527000, 136500), new Seed("Worthing", 514500, 102800),
          new Seed("Bognor Regis", 493500, 99300), new Seed("Chichester", 486200, 104800),
          new Seed("Horsham", 517500, 130800), new Seed("Haywards Heath", 533000, 123500),
          new Seed("Burgess Hill", 530500, 118800), new Seed("Littlehampton", 503000, 102000),
          new Seed("Shoreham-by-Sea", 521500, 105200), new Seed("Midhurst", 488700, 121500),
          new Seed("Petworth", 497600, 121800), new Seed("Storrington", 508500, 114200),
          new Seed("Billingshurst", 508600, 125600), new Seed("Henfield", 521500, 116000)));

  private record Seed(String name, int easting, int northing) {}

  private SyntheticReference() {}

  /** Writes both files under {@code dir/reference/}. */
  static void write(Path dir, SampleConfig config) {
    Path folder = dir.resolve(FOLDER);
    try {
      Files.createDirectories(folder);
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      Files.writeString(folder.resolve(BOUNDARIES), json.writeValueAsString(boundaries(json, config)) + "\n",
          StandardCharsets.UTF_8);
      try (Writer out = Files.newBufferedWriter(folder.resolve(POPULATION), StandardCharsets.UTF_8)) {
        population(out, config);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the synthetic reference files in " + folder, e);
    }
  }

  /** The authorities' outlines: each one's box less those of lower code (boxes may overlap). */
  static Map<String, Geometry> authorities(List<String> codes) {
    Map<String, Geometry> outlines = new LinkedHashMap<>();
    List<String> sorted = codes.stream().sorted().toList();
    // Brighton and Hove's box lies inside West Sussex's: the smaller box is cut out of the larger.
    List<String> bySize = new ArrayList<>(sorted);
    bySize.sort(java.util.Comparator.comparingDouble((String c) -> box(c).getArea()).thenComparing(c -> c));
    Geometry taken = GEOMETRY.createPolygon();
    for (String code : bySize) {
      Geometry outline = box(code).difference(taken);
      taken = taken.union(box(code));
      if (!outline.isEmpty()) {
        outlines.put(code, outline);
      }
    }
    Map<String, Geometry> ordered = new LinkedHashMap<>();
    sorted.stream().filter(outlines::containsKey).forEach(c -> ordered.put(c, outlines.get(c)));
    return ordered;
  }

  private static Geometry box(String code) {
    Geography.Area a = Geography.area(code);
    return GEOMETRY.toGeometry(new Envelope(a.minEasting(), a.maxEasting(), a.minNorthing(), a.maxNorthing()));
  }

  /** An authority's wards: the Voronoi cells of its seeds, clipped to its outline, by name. */
  static Map<String, Geometry> wards(String code, Geometry outline) {
    List<Seed> seeds = SUSSEX_WARDS.containsKey(code) ? SUSSEX_WARDS.get(code) : seeds(code);
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    List<Coordinate> sites = new ArrayList<>();
    for (Seed s : seeds) {
      sites.add(new Coordinate(s.easting(), s.northing()));
    }
    voronoi.setSites(sites);
    Envelope frame = outline.getEnvelopeInternal();
    frame.expandBy(50_000);
    voronoi.setClipEnvelope(frame);
    Geometry cells = voronoi.getDiagram(GEOMETRY);
    Map<String, Geometry> wards = new LinkedHashMap<>();
    for (Seed s : seeds) {
      for (int i = 0; i < cells.getNumGeometries(); i++) {
        Geometry cell = cells.getGeometryN(i);
        if (cell.getUserData() instanceof Coordinate site && site.x == s.easting() && site.y == s.northing()) {
          Geometry ward = cell.intersection(outline);
          if (!ward.isEmpty() && ward.getArea() > 0) {
            wards.put(s.name(), ward);
          }
        }
      }
    }
    return wards;
  }

  /** Seeds of an authority outside Sussex: its hotspot centres and a few more, named by number. */
  private static List<Seed> seeds(String code) {
    Geography.Area area = Geography.area(code);
    List<Seed> seeds = new ArrayList<>();
    for (int[] h : area.hotspots()) {
      seeds.add(new Seed("Ward " + (seeds.size() + 1), h[0], h[1]));
    }
    SplittableRandom rng = new SplittableRandom(Randoms.mix(code.hashCode() * 31L + 5));
    while (seeds.size() < 8) {
      seeds.add(new Seed("Ward " + (seeds.size() + 1),
          area.minEasting() + rng.nextInt(area.maxEasting() - area.minEasting()),
          area.minNorthing() + rng.nextInt(area.maxNorthing() - area.minNorthing())));
    }
    return seeds;
  }

  private static ObjectNode boundaries(ObjectMapper json, SampleConfig config) {
    ObjectNode collection = json.createObjectNode();
    collection.put("type", "FeatureCollection");
    collection.put("name", LABEL);
    collection.putObject("crs").put("type", "name").putObject("properties")
        .put("name", "urn:ogc:def:crs:EPSG::27700");
    ArrayNode features = collection.putArray("features");
    Map<String, Geometry> authorities = authorities(config.authorities());
    authorities.forEach((code, outline) -> {
      ObjectNode properties = feature(json, features, outline);
      properties.put("CTYUA16CD", code);
      properties.put("CTYUA16NM", LocalAuthorities.name(code));
      properties.put("SYNTHETIC", "yes");
    });
    authorities.forEach((code, outline) -> {
      int number = 0;
      for (Map.Entry<String, Geometry> ward : wards(code, outline).entrySet()) {
        number++;
        ObjectNode properties = feature(json, features, ward.getValue());
        properties.put("WD16CD", String.format("SYN-%s-%02d", code, number));
        properties.put("WD16NM", ward.getKey());
        properties.put("SYNTHETIC", "yes");
      }
    });
    return collection;
  }

  private static ObjectNode feature(ObjectMapper json, ArrayNode features, Geometry geometry) {
    ObjectNode feature = features.addObject();
    feature.put("type", "Feature");
    ObjectNode properties = feature.putObject("properties");
    ObjectNode g = feature.putObject("geometry");
    g.put("type", "MultiPolygon");
    ArrayNode polygons = g.putArray("coordinates");
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      if (!(geometry.getGeometryN(i) instanceof Polygon p)) {
        continue;
      }
      ArrayNode rings = polygons.addArray();
      ring(rings.addArray(), p.getExteriorRing().getCoordinates());
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        ring(rings.addArray(), p.getInteriorRingN(h).getCoordinates());
      }
    }
    return properties;
  }

  private static void ring(ArrayNode out, Coordinate[] coordinates) {
    for (Coordinate c : coordinates) {
      out.addArray().add(Math.round(c.x)).add(Math.round(c.y));
    }
  }

  /**
   * The children and adults of each authority by single year of age, in the wide layout of ONS's "MYE2 -
   * Persons" sheet: a level number of residents per year of age for the authority's size, drawn from the
   * seed; the Sussex sizes are close to the real ones, the numbers are not.
   */
  private static void population(Writer out, SampleConfig config) throws IOException {
    out.write("SYNTHETIC mid-" + config.to().getYear() + " population estimates made by cse-profile generate-sample "
        + "(not real figures)\n");
    out.write("Layout of ONS mid-year estimates MYE2 - Persons: all persons by single year of age\n");
    out.write("\n");
    StringBuilder header = new StringBuilder("Code,Name,Geography,All ages");
    for (int age = 0; age < 90; age++) {
      header.append(',').append(age);
    }
    out.write(header.append(",90+\n").toString());
    Map<String, Integer> perYear = Map.of("E06000043", 3200, "E10000011", 5600, "E10000032", 9500);
    for (String code : config.authorities().stream().sorted().toList()) {
      SplittableRandom rng = new SplittableRandom(Randoms.mix(config.seed() * 1_000_003L + code.hashCode()));
      int level = perYear.getOrDefault(code, 2000 + rng.nextInt(6000));
      long[] ages = new long[91];
      long all = 0;
      for (int age = 0; age <= 90; age++) {
        // Fewer residents in old age; the 90+ band holds a few years.
        double shape = age < 75 ? 1.0 : age < 90 ? 1.0 - (age - 74) * 0.05 : 2.0;
        ages[age] = Math.round(level * shape * (0.9 + 0.2 * rng.nextDouble()));
        all += ages[age];
      }
      StringBuilder row = new StringBuilder(code).append(',').append(csv(LocalAuthorities.name(code)))
          .append(',').append(code.startsWith("E10") ? "County" : "Unitary Authority").append(',').append(all);
      for (long n : ages) {
        row.append(',').append(n);
      }
      out.write(row.append('\n').toString());
    }
  }

  private static String csv(String text) {
    return text.contains(",") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
