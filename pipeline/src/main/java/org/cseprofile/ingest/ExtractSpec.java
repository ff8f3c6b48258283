package org.cseprofile.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The contract for one agency extract: its name, its fields, its key (rows sharing it are duplicates),
 * the checks relating values of a row, and the episodes that must not overlap (or null).
 */
public record ExtractSpec(String name, List<FieldSpec> fields, List<String> key, List<RowCheck> checks,
    EpisodeOverlap overlap) implements Serializable {

  /** Column holding the input file's name relative to the input folder. */
  public static final String SOURCE_FILE = "source_file";
  /** Column holding the physical line (1 = header) where the record starts. */
  public static final String LINE_NUMBER = "line_number";

  public ExtractSpec {
    Objects.requireNonNull(name, "name");
    fields = List.copyOf(fields);
    key = List.copyOf(key);
    checks = List.copyOf(checks);
    Set<String> headers = new HashSet<>();
    Set<String> columns = new HashSet<>();
    for (FieldSpec f : fields) {
      if (!headers.add(f.matchKey()) || !columns.add(f.column())) {
        throw new IllegalArgumentException("fields must have distinct headers and columns (extract " + name + ")");
      }
    }
    if (!columns.containsAll(key)) {
      throw new IllegalArgumentException("key must name columns of the extract (extract " + name + ")");
    }
    if (overlap != null && !columns.containsAll(List.of(overlap.person(), overlap.start(), overlap.end()))) {
      throw new IllegalArgumentException("overlap must name columns of the extract (extract " + name + ")");
    }
    if (key.isEmpty()) {
      throw new IllegalArgumentException("key must name at least one column (extract " + name + ")");
    }
  }

  /** An extract with no row checks and no episodes. */
  public ExtractSpec(String name, List<FieldSpec> fields, List<String> key) {
    this(name, fields, key, List.of(), null);
  }

  /** The field with the given pipeline column name, which must exist. */
  public FieldSpec fieldOf(String column) {
    return field(column).orElseThrow(() -> new IllegalArgumentException("no column " + column + " in " + name));
  }

  /** The header names of the key columns joined with {@code +}, as reported for duplicates. */
  public String keyHeaders() {
    return String.join("+", key.stream().map(c -> fieldOf(c).header()).toList());
  }

  /** The field with the given pipeline column name. */
  public Optional<FieldSpec> field(String column) {
    return fields.stream().filter(f -> f.column().equals(column)).findFirst();
  }

  /** Schema of accepted rows: every field in contract order, then source file and line number. */
  public StructType schema() {
    List<StructField> structFields = new ArrayList<>();
    for (FieldSpec f : fields) {
      structFields.add(new StructField(f.column(), f.type().sparkType(), true, Metadata.empty()));
    }
    structFields.add(new StructField(SOURCE_FILE, DataTypes.StringType, false, Metadata.empty()));
    structFields.add(new StructField(LINE_NUMBER, DataTypes.LongType, false, Metadata.empty()));
    return new StructType(structFields.toArray(StructField[]::new));
  }
}
