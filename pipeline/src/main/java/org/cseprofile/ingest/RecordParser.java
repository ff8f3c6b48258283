package org.cseprofile.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the raw fields of one CSV record into typed values following the extract's contract, or
 * names the first rule the record breaks. Values are checked column by column in contract order (blank,
 * then type, then dates after the run date), then the extract's row checks in their order. Pure Java:
 * no Spark, no I/O, no values in any output.
 */
public final class RecordParser implements Serializable {

  private final HeaderMapping mapping;
  private final List<FieldSpec> fields;
  private final LocalDate runDate;
  private final Map<String, String> fileValues;
  private boolean monthFirst;
  private final Map<String, Integer> indexByColumn = new HashMap<>();

  /** A parser for rows under {@code mapping}; dates after {@code runDate} are in the future. */
  public RecordParser(HeaderMapping mapping, LocalDate runDate) {
    this(mapping, runDate, Map.of());
  }

  /**
   * A parser whose file gives, for columns its header lacks, the text in {@code fileValues} (by column), as an
   * SSDA903 file named by its authority gives {@code la_code}; the text is checked like any cell.
   */
  public RecordParser(HeaderMapping mapping, LocalDate runDate, Map<String, String> fileValues) {
    if (!mapping.usable()) {
      throw new IllegalArgumentException("mapping must be usable (every required column present once)");
    }
    this.mapping = mapping;
    this.fields = mapping.spec().fields();
    this.runDate = Objects.requireNonNull(runDate, "runDate");
    this.fileValues = Map.copyOf(fileValues);
    for (int f = 0; f < fields.size(); f++) {
      indexByColumn.put(fields.get(f).column(), f);
    }
  }

  /**
   * Whether a date of the rows parsed so far exists only month first ({@code 09/30/2016}): the file then mixes
   * US and UK order, and its dates with a day of 12 or less cannot be trusted ({@link Rule#AMBIGUOUS_DATES}).
   */
  public boolean sawMonthFirst() {
    return monthFirst;
  }

  /** Parses one record given as its raw field strings, in file order. */
  public ParsedRecord parse(List<String> raw) {
    if (raw.size() != mapping.headerWidth()) {
      return ParsedRecord.rejected(Rule.FIELD_COUNT, null);
    }
    for (int position = 0; position < raw.size(); position++) {
      if (raw.get(position).indexOf('\u0000') >= 0) {
        return ParsedRecord.rejected(Rule.NUL_BYTE, mapping.headerAt(position));
      }
    }
    Object[] values = new Object[fields.size()];
    for (int f = 0; f < values.length; f++) {
      FieldSpec field = fields.get(f);
      int position = mapping.position(f);
      String text = position < 0 ? fileValues.getOrDefault(field.column(), "") : WhiteSpace.trim(raw.get(position));
      if (text.isEmpty()) {
        if (field.isRequired()) {
          return ParsedRecord.rejected(Rule.REQUIRED_BLANK, field.header());
        }
        continue;
      }
      if (field.type() == FieldType.TEXT && field.column().endsWith("_id") && ValueParsers.excelNumber(text)) {
        return ParsedRecord.rejected(Rule.EXCEL_NUMBER, field.header());
      }
      if ((field.type() == FieldType.DATE || field.type() == FieldType.MONTH) && ValueParsers.monthFirstOnly(text)) {
        monthFirst = true;
      }
      Object value = parseValue(field, text);
      if (value == null && field.type() == FieldType.DATE && ValueParsers.monthOnly(text)) {
        return ParsedRecord.rejected(Rule.MONTH_ONLY_DATE, field.header());
      }
      if (value == null) {
        return ParsedRecord.rejected(ruleFor(field.type()), field.header());
      }
      if (value instanceof LocalDate date && date.isAfter(runDate)) {
        return ParsedRecord.rejected(Rule.FUTURE_DATE, field.header());
      }
      values[f] = value;
    }
    for (RowCheck check : mapping.spec().checks()) {
      String column = check.broken(c -> values[indexByColumn.get(c)]);
      if (column != null) {
        return ParsedRecord.rejected(check.rule(), mapping.spec().fieldOf(column).header());
      }
    }
    return ParsedRecord.accepted(values);
  }

  private static Object parseValue(FieldSpec field, String text) {
    return switch (field.type()) {
      case TEXT -> text;
      case LA_CODE -> ValueParsers.laCode(text);
      case CODE -> ValueParsers.code(text, field.codes());
      case GENDER -> ValueParsers.gender(text);
      case DATE -> ValueParsers.date(text);
      case MONTH -> ValueParsers.month(text);
      case YES_NO -> ValueParsers.yesNo(text);
      case INTEGER -> ValueParsers.integer(text);
      case GRID -> ValueParsers.gridMetres(text);
      case CODE_LIST -> toArray(ValueParsers.codeList(text, field.codes()));
      case CIN_FACTORS -> toArray(ValueParsers.cinFactors(text));
    };
  }

  /** Spark's row conversion takes Java arrays (not Lists) for array columns. */
  private static String[] toArray(List<String> values) {
    return values == null ? null : values.toArray(String[]::new);
  }

  private static Rule ruleFor(FieldType type) {
    return switch (type) {
      case DATE, MONTH -> Rule.INVALID_DATE;
      case INTEGER, GRID -> Rule.INVALID_NUMBER;
      default -> Rule.INVALID_CODE;
    };
  }
}
