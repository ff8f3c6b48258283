package org.cseprofile.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Layout of the rows the file parser emits: the extract's accepted-row schema plus a row kind,
 * the broken rule and its column. Each file also yields one {@code file} row closing it, which carries
 * the rows read as counted from the raw bytes by {@link RecordCounter}.
 */
public final class ParsedFileRows {
  /** {@code row} for a data record, {@code file} for the one closing row per file. */
  public static final String KIND = "_kind";
  /** The rule a data record broke (null when accepted), or the file-level rule on the file row. */
  public static final String RULE = "_rule";
  /** The header name of the column the rule concerns, or null for the whole row. */
  public static final String RULE_COLUMN = "_rule_column";
  /** On the file row: the detected text encoding. */
  public static final String ENCODING = "_encoding";
  /** On the file row: data rows in the file, counted independently of the parser. */
  public static final String ROWS_READ = "_rows_read";

  public static final String KIND_ROW = "row";
  public static final String KIND_FILE = "file";
  /** A warning about a data record accepted on its own {@code row} (for example {@code location_lost}). */
  public static final String KIND_WARNING = "warning";

  private ParsedFileRows() {}

  /** The tagged schema for {@code spec}. */
  public static StructType schema(ExtractSpec spec) {
    List<StructField> fields = new ArrayList<>(List.of(spec.schema().fields()));
    fields.add(new StructField(KIND, DataTypes.StringType, false, Metadata.empty()));
    fields.add(new StructField(RULE, DataTypes.StringType, true, Metadata.empty()));
    fields.add(new StructField(RULE_COLUMN, DataTypes.StringType, true, Metadata.empty()));
    fields.add(new StructField(ENCODING, DataTypes.StringType, true, Metadata.empty()));
    fields.add(new StructField(ROWS_READ, DataTypes.LongType, true, Metadata.empty()));
    return new StructType(fields.toArray(StructField[]::new));
  }
}
