package org.cseprofile.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The restricted tables a run wrote, where, and the rows of each written for the run's period. */
public record WrittenTables(String restrictedRoot, List<String> tables, Map<String, Long> rows) {

  public WrittenTables {
    tables = List.copyOf(tables);
    rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }
}
