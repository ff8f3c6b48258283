package org.cseprofile.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The hot spots the generator planted, for the ground truth: each authority's cluster centres
 * (British National Grid metres), the spread of locations around them, the share of located
 * incidents and found locations that fall in a cluster, and each authority's box, over which the
 * other locations are spread uniformly.
 */
final class PlantedHotspots {
  private PlantedHotspots() {}

  /**
   * {@code {"cluster_spread_metres", "clustered_share", "centres": [{"la_code", "easting", "northing"}...],
   * "areas": [{"la_code", "min_easting", "max_easting", "min_northing", "max_northing"}...]}}.
   */
  static ObjectNode json(ObjectMapper json, List<String> authorities) {
    ObjectNode hotspots = json.createObjectNode();
    hotspots.put("cluster_spread_metres", Geography.CLUSTER_SPREAD_METRES);
    hotspots.put("clustered_share", Geography.CLUSTERED_SHARE);
    ArrayNode centres = hotspots.putArray("centres");
    for (String la : authorities) {
      for (int[] centre : Geography.area(la).hotspots()) {
        centres.addObject().put("la_code", la).put("easting", centre[0]).put("northing", centre[1]);
      }
    }
    ArrayNode areas = hotspots.putArray("areas");
    for (String la : authorities) {
      Geography.Area area = Geography.area(la);
      areas.addObject().put("la_code", la).put("min_easting", area.minEasting()).put("max_easting", area.maxEasting())
          .put("min_northing", area.minNorthing()).put("max_northing", area.maxNorthing());
    }
    return hotspots;
  }
}
