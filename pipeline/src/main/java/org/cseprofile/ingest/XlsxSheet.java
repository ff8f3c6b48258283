package org.cseprofile.ingest;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

/**
 * One sheet of an Excel workbook ({@code .xlsx}), the first unless another is named, read row by row with Apache POI's package reader and a
 * pull parser over the sheet's XML, so memory holds one row (and the workbook's shared strings), never the sheet.
 * Cells are turned into the text a CSV row would hold, as Excel stores them: text cells as written (leading zeros
 * kept), numbers in plain digits (never {@code 1.23E+05}), date cells as {@code yyyy-MM-dd}, formulas as their
 * cached value. Blank rows are skipped; the first non-blank row is the header; line numbers are Excel's row
 * numbers. No cell value ever reaches a message: a cell Excel has damaged is reported by its column only.
 */
public final class XlsxSheet implements Closeable {
  /** The largest whole number Excel stores exactly: it keeps 15 significant digits. */
  static final BigDecimal LARGEST_EXACT = new BigDecimal("999999999999999");
  /** Excel's last column is XFD, the 16,384th. */
  private static final int MAX_COLUMNS = 16_384;
  private static final Pattern ZERO_PADDED = Pattern.compile("0{2,}");
  private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

  private final OPCPackage workbook;
  private final XSSFReader reader;
  private final String sheetName;
  private final ReadOnlySharedStringsTable strings;
  private final StylesTable styles;
  private final boolean date1904;
  private final InputStream sheetData;
  private final XMLStreamReader xml;
  private int width = -1;
  private long previousRow;

  /**
   * One non-blank row of the sheet: its Excel row number, its cells' text (padded to the header's width; longer
   * when a cell right of the header holds a value), and which cells (by position) Excel stored as numbers, hold a
   * number longer than Excel keeps (their text is blank: the value is not known), or hold an error such as
   * {@code #N/A} (blank too).
   */
  public record Row(long line, List<String> cells, BitSet numbers, BitSet longNumbers, BitSet errors) {
    public Row {
      cells = List.copyOf(cells);
      numbers = (BitSet) numbers.clone();
      longNumbers = (BitSet) longNumbers.clone();
      errors = (BitSet) errors.clone();
    }
  }

  /** Thrown when the workbook has no sheet of the name asked for. */
  public static final class NoSuchSheet extends IOException {
    NoSuchSheet() {
      super("the workbook has no sheet of that name");
    }
  }

  /** Thrown when the file is not a workbook we can read (damaged, or over POI's zip-bomb limits). */
  public static final class Unreadable extends IOException {
    Unreadable(Throwable cause) {
      super("the workbook cannot be read as .xlsx", cause);
    }
  }

  private XlsxSheet(OPCPackage workbook, String wanted) throws IOException {
    this.workbook = workbook;
    try {
      this.reader = new XSSFReader(workbook);
      this.strings = new ReadOnlySharedStringsTable(workbook, false);
      this.styles = reader.getStylesTable();
      this.date1904 = date1904(reader);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      InputStream data = null;
      String name = null;
      while (data == null && sheets.hasNext()) {
        InputStream next = sheets.next();
        if (wanted == null || sheets.getSheetName().trim().equalsIgnoreCase(wanted.trim())) {
          data = next;
          name = sheets.getSheetName();
        } else {
          next.close();
        }
      }
      if (data == null) {
        throw wanted == null ? new Unreadable(null) : new NoSuchSheet();
      }
      this.sheetData = data;
      this.sheetName = name;
      this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetData);
    } catch (OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
      workbook.revert();
      throw new Unreadable(e);
    } catch (IOException e) {
      workbook.revert();
      throw e instanceof Unreadable || e instanceof NoSuchSheet ? e : new Unreadable(e);
    }
  }

  /**
   * Opens the first sheet of the workbook in {@code file}, read only. POI's limits against zip bombs apply
   * (an entry expanding more than 100 times, or past 4 GB, is refused).
   */
  public static XlsxSheet open(File file) throws IOException {
    return open(file, null);
  }

  /** Opens the sheet named {@code sheet} (ignoring case; null: the first) of the workbook in {@code file}. */
  public static XlsxSheet open(File file, String sheet) throws IOException {
    try {
      return new XlsxSheet(OPCPackage.open(file, PackageAccess.READ), sheet);
    } catch (InvalidFormatException | RuntimeException e) {
      throw new Unreadable(e);
    }
  }

  /** Opens the sheet named {@code sheet} (null: the first) of the workbook read from {@code in} (its parts are held in memory, compressed size bounded by the file). */
  public static XlsxSheet open(InputStream in, String sheet) throws IOException {
    try {
      return new XlsxSheet(OPCPackage.open(in), sheet);
    } catch (InvalidFormatException | RuntimeException e) {
      throw new Unreadable(e);
    }
  }

  /** The name of the sheet read, as shown on its tab. */
  public String sheetName() {
    return sheetName;
  }

  /** The next non-blank row (the first is the header), or null at the end of the sheet. */
  public Row next() throws IOException {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
          Row row = readRow();
          if (row != null) {
            if (width < 0) {
              width = row.cells().size();
            }
            return pad(row);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
          return null;
        }
      }
      return null;
    } catch (XMLStreamException | RuntimeException e) {
      throw new Unreadable(e);
    }
  }

  /**
   * After the header: the merged cell ranges (Excel's {@code A1:C1} notation) that cover the header row at
   * {@code headerLine}. Reads on to the end of the sheet, where Excel lists its merged cells, skipping rows.
   */
  public List<String> mergedAcross(long headerLine) throws IOException {
    List<String> merged = new ArrayList<>();
    try {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("mergeCell")) {
          String ref = xml.getAttributeValue(null, "ref");
          if (ref != null) {
            CellRangeAddress range = CellRangeAddress.valueOf(ref);
            if (range.getFirstRow() + 1 <= headerLine && headerLine <= range.getLastRow() + 1) {
              merged.add(ref);
            }
          }
        }
      }
      return merged;
    } catch (XMLStreamException | RuntimeException e) {
      throw new Unreadable(e);
    }
  }

  /**
   * Data rows in the sheet, counted in a pass of its own over the sheet's XML, independently of {@link #next}:
   * {@code row} elements with at least one cell holding a value (a text that is not blank, a number, an error),
   * less the header row. The rows-read side of the accounting for a workbook.
   */
  public long countDataRows() throws IOException {
    XSSFReader.SheetIterator sheets;
    try {
      sheets = reader.getSheetIterator();
    } catch (InvalidFormatException e) {
      throw new Unreadable(e);
    }
    InputStream sheet = null;
    while (sheet == null && sheets.hasNext()) {
      InputStream next = sheets.next();
      if (sheets.getSheetName().equals(sheetName)) {
        sheet = next;
      } else {
        next.close();
      }
    }
    long rows = 0;
    try (InputStream in = sheet) {
      XMLStreamReader x = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
      boolean rowHasValue = false;
      String type = null;
      StringBuilder text = new StringBuilder();
      boolean inValue = false;
      while (x.hasNext()) {
        int event = x.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (x.getLocalName()) {
            case "row" -> rowHasValue = false;
            case "c" -> type = x.getAttributeValue(null, "t");
            case "v", "t" -> {
              inValue = true;
              text.setLength(0);
            }
            default -> { }
          }
        } else if (event == XMLStreamConstants.CHARACTERS && inValue) {
          text.append(x.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (x.getLocalName()) {
            case "v", "t" -> {
              inValue = false;
              String value = "s".equals(type) ? sharedString(text.toString()) : text.toString();
              // A reference to no shared text is a damaged cell: a value, as the reader takes it.
              rowHasValue |= value == null || !WhiteSpace.trim(value).isEmpty();
            }
            case "row" -> rows += rowHasValue ? 1 : 0;
            default -> { }
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw new Unreadable(e);
    }
    return Math.max(0, rows - 1);
  }

  private Row pad(Row row) {
    if (row.cells().size() >= width) {
      return row;
    }
    List<String> cells = new ArrayList<>(row.cells());
    while (cells.size() < width) {
      cells.add("");
    }
    return new Row(row.line(), cells, row.numbers(), row.longNumbers(), row.errors());
  }

  /** Reads one {@code row} element (the parser is on its start); null when it holds no value. */
  private Row readRow() throws XMLStreamException {
    String r = xml.getAttributeValue(null, "r");
    long line = r == null ? previousRow + 1 : Long.parseLong(r);
    previousRow = line;
    List<String> cells = new ArrayList<>();
    BitSet numbers = new BitSet();
    BitSet longNumbers = new BitSet();
    BitSet errors = new BitSet();
    int column = -1;
    boolean content = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("c")) {
        continue;
      }
      String ref = xml.getAttributeValue(null, "r");
      column = ref == null ? column + 1 : new CellReference(ref).getCol();
      if (column < 0 || column >= MAX_COLUMNS) {
        throw new XMLStreamException("a cell outside the columns a sheet can have"); // a damaged or forged file
      }
      String type = xml.getAttributeValue(null, "t");
      String style = xml.getAttributeValue(null, "s");
      String value = cellContent();
      while (cells.size() <= column) {
        cells.add("");
      }
      String text;
      if (value == null) {
        text = "";
      } else if ("e".equals(type)) {
        errors.set(column);
        text = "";
        content = true;
      } else if ("s".equals(type)) {
        text = sharedString(value);
        if (text == null) {
          errors.set(column); // a reference to no shared text: a damaged cell, like an error
          text = "";
          content = true;
        }
      } else if ("inlineStr".equals(type) || "str".equals(type)) {
        text = value;
      } else if ("b".equals(type)) {
        text = value.trim().equals("1") ? "TRUE" : "FALSE";
      } else if ("d".equals(type)) {
        text = ISO_DATE_TIME.matcher(value.trim()).matches() ? value.trim().substring(0, 10) : value.trim();
      } else {
        text = number(value.trim(), style == null ? 0 : Integer.parseInt(style), column, numbers, longNumbers, errors);
        content |= longNumbers.get(column) || errors.get(column);
      }
      cells.set(column, text);
      content |= !WhiteSpace.trim(text).isEmpty();
    }
    if (!content) {
      return null;
    }
    // Cells right of the header's last column count only when they hold something (field_count then).
    int last = cells.size() - 1;
    while (width >= 0 && last >= width && cells.get(last).isEmpty() && !errors.get(last) && !longNumbers.get(last)) {
      last--;
    }
    if (width < 0) {
      while (last >= 0 && WhiteSpace.trim(cells.get(last)).isEmpty()) {
        last--;
      }
    }
    return new Row(line, cells.subList(0, last + 1), numbers, longNumbers, errors);
  }

  /** The text of the cell the parser is on ({@code v}, or the runs of an inline string), null when it has none. */
  private String cellContent() throws XMLStreamException {
    StringBuilder text = null;
    int depth = 0;
    boolean inText = false;
    boolean inPhonetic = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = xml.getLocalName();
        if (name.equals("rPh")) {
          inPhonetic = true;
        } else if ((name.equals("v") || name.equals("t")) && !inPhonetic) {
          inText = true;
          text = text == null ? new StringBuilder() : text;
        }
      } else if (event == XMLStreamConstants.CHARACTERS && inText) {
        text.append(xml.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == 0) {
          break; // the end of the c element
        }
        depth--;
        String name = xml.getLocalName();
        if (name.equals("rPh")) {
          inPhonetic = false;
        } else if (name.equals("v") || name.equals("t")) {
          inText = false;
        }
      }
    }
    return text == null ? null : text.toString();
  }

  /** A numeric cell as text: a date when its format is one, else plain digits; a number too long to be exact is blank. */
  private String number(String raw, int style, int column, BitSet numbers, BitSet longNumbers, BitSet errors) {
    if (raw.isEmpty()) {
      return "";
    }
    BigDecimal value;
    try {
      value = new BigDecimal(raw);
    } catch (NumberFormatException e) {
      errors.set(column); // a number cell holding no number: damaged, like an error
      return "";
    }
    XSSFCellStyle cellStyle = styles.getNumCellStyles() > style ? styles.getStyleAt(style) : null;
    int formatIndex = cellStyle == null ? 0 : cellStyle.getDataFormat();
    String format = cellStyle == null ? null : cellStyle.getDataFormatString();
    double number = value.doubleValue();
    if (format != null && DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(number)) {
      LocalDateTime at = DateUtil.getLocalDateTime(number, date1904);
      // A date with a time of day is read as its date: the contract's dates are days.
      return number < 1 ? at.toLocalTime().toString() : at.toLocalDate().toString();
    }
    numbers.set(column);
    if (value.abs().compareTo(LARGEST_EXACT) > 0) {
      longNumbers.set(column);
      return "";
    }
    String digits = value.stripTrailingZeros().toPlainString();
    // A format of zeros (00000) shows leading zeros Excel does not store: the text is what the officer sees.
    if (format != null && ZERO_PADDED.matcher(format).matches() && value.signum() >= 0
        && value.stripTrailingZeros().scale() <= 0) {
      StringBuilder padded = new StringBuilder(digits);
      while (padded.length() < format.length()) {
        padded.insert(0, '0');
      }
      return padded.toString();
    }
    return digits;
  }

  /** The shared text at the index {@code reference} holds, or null when it refers to none. */
  private String sharedString(String reference) {
    try {
      return strings.getItemAt(Integer.parseInt(reference.trim())).getString();
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  private static boolean date1904(XSSFReader reader) throws IOException, InvalidFormatException, XMLStreamException {
    try (InputStream in = reader.getWorkbookData()) {
      XMLStreamReader x = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("workbookPr")) {
          String value = x.getAttributeValue(null, "date1904");
          return value != null && (value.equals("1") || value.toLowerCase(Locale.ROOT).equals("true"));
        }
        if (x.isStartElement() && x.getLocalName().equals("sheets")) {
          return false;
        }
      }
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // Nothing to keep from a failed close of a read-only parser.
    }
    sheetData.close();
    workbook.revert(); // read only: closing without saving
  }
}
