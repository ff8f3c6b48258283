package org.cseprofile.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.disclosure.RestrictedTable;

/** Restricted rows written inline for the catalogue's publication tests. */
final class RestrictedRows {
  private RestrictedRows() {}

  /** A row with {@code values} (null: not available) under {@code columns}, in order. */
  static RestrictedTable.Row row(List<String> key, List<String> columns, Long... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(columns.size() + " columns but " + values.length + " values");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      map.put(columns.get(i), values[i]);
    }
    return new RestrictedTable.Row(key, map);
  }
}
