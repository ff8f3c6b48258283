package org.cseprofile.ingest;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/** How a raw CSV value is parsed and which Spark type it becomes. */
public enum FieldType {
  /** An identifier or free text, trimmed; stored as given. */
  TEXT(DataTypes.StringType),
  /** An ONS local authority code such as E06000043. */
  LA_CODE(DataTypes.StringType),
  /** One code from the field's code list, matched after trimming and case folding. */
  CODE(DataTypes.StringType),
  /** {@code M}, {@code F}, {@code U}; CIN census codes 1, 2, 0 and 9 are mapped to them. */
  GENDER(DataTypes.StringType),
  /** A date, ISO {@code yyyy-MM-dd} or UK {@code dd/MM/yyyy}. */
  DATE(DataTypes.DateType),
  /** A month {@code yyyy-MM}; a full date is cut to its month. Stored as the first day of the month. */
  MONTH(DataTypes.DateType),
  /** {@code Y} or {@code N} (also {@code Yes}, {@code No}). */
  YES_NO(DataTypes.BooleanType),
  /** A whole number. */
  INTEGER(DataTypes.IntegerType),
  /** A British National Grid coordinate in metres; decimals are truncated to the metre. */
  GRID(DataTypes.IntegerType),
  /** A list of codes from the field's code list, separated by semicolons. */
  CODE_LIST(DataTypes.createArrayType(DataTypes.StringType, false)),
  /** A list of CIN census assessment factor codes such as {@code 10A;11A}, separated by semicolons. */
  CIN_FACTORS(DataTypes.createArrayType(DataTypes.StringType, false));

  private final DataType sparkType;

  FieldType(DataType sparkType) {
    this.sparkType = sparkType;
  }

  /** The Spark SQL type of the parsed value. */
  public DataType sparkType() {
    return sparkType;
  }
}
