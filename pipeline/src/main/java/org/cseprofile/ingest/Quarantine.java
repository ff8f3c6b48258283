package org.cseprofile.ingest;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Columns of the restricted quarantine table: where each rejected row is and why, never its values. */
public final class Quarantine {
  public static final String EXTRACT = "extract";
  public static final String SOURCE_FILE = ExtractSpec.SOURCE_FILE;
  public static final String LINE_NUMBER = ExtractSpec.LINE_NUMBER;
  public static final String RULE = "rule";
  public static final String COLUMN = "column_name";

  public static final StructType SCHEMA = new StructType()
      .add(EXTRACT, DataTypes.StringType, false)
      .add(SOURCE_FILE, DataTypes.StringType, false)
      .add(LINE_NUMBER, DataTypes.LongType, false)
      .add(RULE, DataTypes.StringType, false)
      .add(COLUMN, DataTypes.StringType, true);

  private Quarantine() {}
}
