package org.cseprofile.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.geography.Population;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * The restricted {@code rates} table of a period: for every area (the partnership first) and every count rates are
 * given for ({@link PlaceTables#COUNTED} and each vulnerability), the exact count from its own profile table and the
 * children resident in each age group. Made on the driver from the profile's tables as collected for publication; the
 * rates themselves are computed by the publication from the published count and residents ({@link PlaceTables#RATES}).
 */
public final class RateTable {
  private RateTable() {}

  /** The table, from the collected profile tables {@code profile} (by name) and the population; {@code areas}: ALL first. */
  public static RestrictedTable of(Map<String, RestrictedTable> profile, Population population, List<String> areas) {
    List<PlaceTables.Counted> counted = new ArrayList<>(PlaceTables.COUNTED);
    RestrictedTable vulnerabilities = profile.get(TableNames.VULNERABILITIES);
    if (vulnerabilities != null) {
      for (String indicator : vulnerabilities.values(Columns.INDICATOR)) {
        counted.add(PlaceTables.source(PlaceTables.VULNERABILITY + indicator).orElseThrow());
      }
    }
    List<RestrictedTable.Row> rows = new ArrayList<>();
    for (String area : areas) {
      for (PlaceTables.Counted c : counted) {
        RestrictedTable source = profile.get(c.table());
        List<String> key = new ArrayList<>();
        key.add(area);
        key.addAll(c.keyAfterArea());
        if (source == null || !source.has(key)) {
          continue;
        }
        Long count = source.count(c.column(), key);
        for (String age : PlaceTables.AGE_GROUPS) {
          Map<String, Object> values = new LinkedHashMap<>();
          values.put(Columns.COUNT, count);
          values.put(Columns.RESIDENTS, residents(population, areas, area, age));
          rows.add(new RestrictedTable.Row(List.of(area, c.name(), age), values));
        }
      }
    }
    return new RestrictedTable(TableNames.RATES, PlaceTables.RATES.dimensions(), PlaceTables.RATES.countColumns(),
        rows);
  }

  /** Residents of an area in an age group; the partnership's are its authorities' added up, null if one is missing. */
  static Long residents(Population population, List<String> areas, String area, String ageGroup) {
    if (!area.equals(Columns.PARTNERSHIP)) {
      return population.of(area).map(c -> ageGroup.equals("0_17") ? c.aged0To17() : c.aged10To17()).orElse(null);
    }
    long sum = 0;
    for (String la : areas) {
      if (la.equals(Columns.PARTNERSHIP)) {
        continue;
      }
      Long part = residents(population, areas, la, ageGroup);
      if (part == null) {
        return null;
      }
      sum += part;
    }
    return sum;
  }
}
