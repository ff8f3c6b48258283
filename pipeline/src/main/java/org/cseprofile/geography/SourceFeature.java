package org.cseprofile.geography;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** One feature as read from a boundary file: its attributes as text and its outline in the file's coordinates. */
record SourceFeature(int number, Map<String, String> properties, Geometry geometry) {}
