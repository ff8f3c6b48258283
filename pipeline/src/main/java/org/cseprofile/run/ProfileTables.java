package org.cseprofile.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The restricted profile tables of one run, by table name, in the order they are written. */
public record ProfileTables(Map<String, Dataset<Row>> tables) {

  public ProfileTables {
    tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
  }
}
