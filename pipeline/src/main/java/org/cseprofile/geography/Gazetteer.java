package org.cseprofile.geography;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The areas of the supplied boundary files, indexed (an STRtree over their envelopes, then an
 * indexed point-in-polygon test), to name where a point or a grid square lies. Small areas are the
 * wards when any ward boundaries were given, otherwise the LSOAs. A small area's authority is the
 * authority holding its interior point, so a place's ward and authority always agree. Serializable:
 * Spark broadcasts it to the executors, which build the point-in-polygon indexes lazily.
 */
public final class Gazetteer implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<Boundary> authorities;
  private final List<Boundary> smallAreas;
  private final List<Place> smallAreaPlaces;
  private final STRtree authorityIndex;
  private final STRtree smallAreaIndex;
  private transient volatile IndexedPointInAreaLocator[] authorityLocators;
  private transient volatile IndexedPointInAreaLocator[] smallAreaLocators;

  /** The areas of {@code files}; the same code twice at one level is one area (its parts joined). */
  public Gazetteer(List<BoundaryFile> files) {
    Map<BoundaryLevel, Map<String, List<Boundary>>> byCode = new LinkedHashMap<>();
    for (BoundaryFile file : files) {
      for (Boundary b : file.boundaries()) {
        byCode.computeIfAbsent(b.level(), l -> new java.util.TreeMap<>())
            .computeIfAbsent(b.code(), c -> new ArrayList<>()).add(b);
      }
    }
    this.authorities = merged(byCode.get(BoundaryLevel.AUTHORITY));
    Map<String, List<Boundary>> small = byCode.containsKey(BoundaryLevel.WARD) ? byCode.get(BoundaryLevel.WARD)
        : byCode.get(BoundaryLevel.LSOA);
    this.smallAreas = merged(small);
    this.authorityIndex = index(authorities);
    this.smallAreaIndex = index(smallAreas);
    List<Place> places = new ArrayList<>();
    for (Boundary area : smallAreas) {
      Coordinate inside = area.geometry().getInteriorPoint().getCoordinate();
      int found = containing(authorityIndex, authorityLocators(), inside);
      Boundary authority = found < 0 ? null : authorities.get(found);
      places.add(authority == null
          ? new Place(area.code(), area.name(), area.code(), area.name(), area.level().label())
          : new Place(authority.code(), authority.name(), area.code(), area.name(), area.level().label()));
    }
    this.smallAreaPlaces = List.copyOf(places);
  }

  private static List<Boundary> merged(Map<String, List<Boundary>> byCode) {
    if (byCode == null) {
      return List.of();
    }
    List<Boundary> merged = new ArrayList<>();
    byCode.forEach((code, parts) -> {
      Boundary first = parts.get(0);
      merged.add(parts.size() == 1 ? first : new Boundary(first.level(), code, first.name(),
          UnaryUnionOp.union(parts.stream().map(Boundary::geometry).toList())));
    });
    return List.copyOf(merged);
  }

  private static STRtree index(List<Boundary> areas) {
    STRtree tree = new STRtree();
    for (int i = 0; i < areas.size(); i++) {
      tree.insert(areas.get(i).geometry().getEnvelopeInternal(), i);
    }
    tree.build();
    return tree;
  }

  /** The authorities, in code order. */
  public List<Boundary> authorities() {
    return authorities;
  }

  /** The wards (or LSOAs), in code order. */
  public List<Boundary> smallAreas() {
    return smallAreas;
  }

  /** The level of the small areas, if any were given. */
  public Optional<BoundaryLevel> smallAreaLevel() {
    return smallAreas.isEmpty() ? Optional.empty() : Optional.of(smallAreas.get(0).level());
  }

  /** The place of a small area, by its position in {@link #smallAreas()}. */
  public Place smallAreaPlace(int index) {
    return smallAreaPlaces.get(index);
  }

  /** Whether no area was given at all. */
  public boolean isEmpty() {
    return authorities.isEmpty() && smallAreas.isEmpty();
  }

  /**
   * Where a point lies: its small area and that area's authority, or its authority alone where no small
   * area holds it; empty when no area holds it. A point on a shared edge goes to the area of lower code.
   */
  public Optional<Place> locate(double easting, double northing) {
    Coordinate point = new Coordinate(easting, northing);
    int small = containing(smallAreaIndex, smallAreaLocators(), point);
    if (small >= 0) {
      return Optional.of(smallAreaPlaces.get(small));
    }
    int authority = containing(authorityIndex, authorityLocators(), point);
    return authority < 0 ? Optional.empty() : Optional.of(new Place(authorities.get(authority).code(),
        authorities.get(authority).name(), null, null, null));
  }

  /**
   * Where a grid square lies: the small area holding the largest part of it, with that area's authority;
   * without small areas, the authority holding the largest part. A square on the coast whose centre is in
   * the sea still gets the ward of its land. Ties go to the lower code; empty when no area touches it.
   */
  public Optional<Place> ofSquare(double minEasting, double minNorthing, double size) {
    Envelope square = new Envelope(minEasting, minEasting + size, minNorthing, minNorthing + size);
    int small = largestOverlap(smallAreaIndex, smallAreas, square);
    if (small >= 0) {
      return Optional.of(smallAreaPlaces.get(small));
    }
    int authority = largestOverlap(authorityIndex, authorities, square);
    return authority < 0 ? Optional.empty() : Optional.of(new Place(authorities.get(authority).code(),
        authorities.get(authority).name(), null, null, null));
  }

  /** The union of the named authorities' outlines; empty when none of them has a boundary. */
  public Optional<Geometry> union(Collection<String> authorityCodes) {
    List<Geometry> parts = authorities.stream().filter(a -> authorityCodes.contains(a.code()))
        .map(Boundary::geometry).toList();
    return parts.isEmpty() ? Optional.empty() : Optional.of(UnaryUnionOp.union(parts));
  }

  private static int largestOverlap(STRtree index, List<Boundary> areas, Envelope square) {
    Geometry box = BoundaryFile.FACTORY.toGeometry(square);
    double best = 0;
    int chosen = -1;
    List<Integer> candidates = candidates(index, square);
    for (int i : candidates) {
      double area = areas.get(i).geometry().intersection(box).getArea();
      if (area > best) {
        best = area;
        chosen = i;
      }
    }
    return chosen;
  }

  /** The position of the first area (lowest code) holding the point, its edge included; -1 when none. */
  private static int containing(STRtree index, IndexedPointInAreaLocator[] locators, Coordinate point) {
    for (int i : candidates(index, new Envelope(point))) {
      if (locators[i].locate(point) != Location.EXTERIOR) {
        return i;
      }
    }
    return -1;
  }

  /** Positions of the areas whose envelope meets {@code box}, lowest (lowest code) first. */
  @SuppressWarnings("unchecked")
  private static List<Integer> candidates(STRtree index, Envelope box) {
    List<Integer> found = new ArrayList<>((List<Integer>) index.query(box));
    found.sort(Comparator.naturalOrder());
    return found;
  }

  private IndexedPointInAreaLocator[] authorityLocators() {
    IndexedPointInAreaLocator[] l = authorityLocators;
    if (l == null) {
      l = locators(authorities);
      authorityLocators = l;
    }
    return l;
  }

  private IndexedPointInAreaLocator[] smallAreaLocators() {
    IndexedPointInAreaLocator[] l = smallAreaLocators;
    if (l == null) {
      l = locators(smallAreas);
      smallAreaLocators = l;
    }
    return l;
  }

  private static IndexedPointInAreaLocator[] locators(List<Boundary> areas) {
    IndexedPointInAreaLocator[] locators = new IndexedPointInAreaLocator[areas.size()];
    for (int i = 0; i < locators.length; i++) {
      locators[i] = new IndexedPointInAreaLocator(areas.get(i).geometry());
    }
    return locators;
  }
}
