package org.cseprofile.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The restricted profile tables of one run, by table name, in the order they are written, and the
 * intermediate datasets cached to compute them (released once the tables are written).
 */
public record ProfileTables(Map<String, Dataset<Row>> tables, List<Dataset<Row>> cached) {

  public ProfileTables {
    tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    cached = List.copyOf(cached);
  }

  /** Frees the cached intermediate datasets. */
  public void release() {
    cached.forEach(Dataset::unpersist);
  }
}
