package org.cseprofile.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The restricted profile tables of one run, by table name, in the order they are written; the restricted
 * tables that are never published (the network's groups and members, for the analyst); and the
 * intermediate datasets cached to compute them (released once the tables are written).
 */
public record ProfileTables(Map<String, Dataset<Row>> tables, Map<String, Dataset<Row>> restrictedOnly,
    List<Dataset<Row>> cached) {

  public ProfileTables {
    tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    restrictedOnly = Collections.unmodifiableMap(new LinkedHashMap<>(restrictedOnly));
    cached = List.copyOf(cached);
  }

  /** Frees the cached intermediate datasets. */
  public void release() {
    cached.forEach(Dataset::unpersist);
  }
}
