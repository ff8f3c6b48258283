package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.cseprofile.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first sheet of a workbook as rows of cell text: Excel's traps, each read as the data officer typed it or flagged. */
class XlsxSheetTest {
  @TempDir
  Path folder;

  @Test
  void textKeepsLeadingZerosNumbersAreDigitsAndDateCellsAreIsoDates() throws IOException {
    Path file = folder.resolve("cells.xlsx");
    Workbooks.write(file, "Export", sheet -> {
      header(sheet, "id", "easting", "when", "latitude");
      Row r = sheet.createRow(1);
      r.createCell(0).setCellValue("00123");
      r.createCell(1).setCellValue(530000);
      dated(r.createCell(2), "dd/mm/yyyy").setCellValue(LocalDate.of(2016, 3, 5));
      r.createCell(3).setCellValue(51.50735);
      Row s = sheet.createRow(2);
      formatted(s.createCell(0), "00000").setCellValue(123);
      s.createCell(1).setCellValue(42370);
      dated(s.createCell(2), "d mmm yyyy hh:mm").setCellValue(LocalDateTime.of(2016, 3, 5, 14, 30));
      Cell formula = s.createCell(3);
      formula.setCellFormula("2.5*2");
      sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
    });

    try (XlsxSheet sheet = XlsxSheet.open(file.toFile())) {
      assertThat(sheet.sheetName()).isEqualTo("Export");
      assertThat(sheet.next().cells()).containsExactly("id", "easting", "when", "latitude");
      XlsxSheet.Row typed = sheet.next();
      assertThat(typed.line()).isEqualTo(2);
      assertThat(typed.cells()).containsExactly("00123", "530000", "2016-03-05", "51.50735");
      assertThat(typed.numbers()).isEqualTo(bits(1, 3));
      XlsxSheet.Row shown = sheet.next();
      // A number formatted 00000 shows its zeros, a serial number in General stays a number (a mapping's
      // "excel" date format reads it), a date with a time is its day, and a formula gives its cached value.
      assertThat(shown.cells()).containsExactly("00123", "42370", "2016-03-05", "5");
      assertThat(shown.numbers()).isEqualTo(bits(0, 1, 3));
      assertThat(sheet.next()).isNull();
    }
  }

  @Test
  void dateCellsOfA1904WorkbookAreTheirDates() throws IOException {
    Path file = folder.resolve("mac.xlsx");
    Workbooks.write(file, "Sheet1", sheet -> {
      org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = (org.apache.poi.xssf.usermodel.XSSFWorkbook) sheet.getWorkbook();
      (workbook.getCTWorkbook().isSetWorkbookPr() ? workbook.getCTWorkbook().getWorkbookPr()
          : workbook.getCTWorkbook().addNewWorkbookPr()).setDate1904(true);
      assertThat(workbook.isDate1904()).isTrue(); // the date below is stored as days since 1 January 1904
      header(sheet, "when");
      dated(sheet.createRow(1).createCell(0), "dd/mm/yyyy").setCellValue(LocalDate.of(2016, 3, 5));
    });

    try (XlsxSheet sheet = XlsxSheet.open(file.toFile())) {
      sheet.next();
      assertThat(sheet.next().cells()).containsExactly("2016-03-05");
    }
  }

  @Test
  void aSheetNamedByTheMappingIsReadAndItsRowsCounted() throws IOException {
    Path file = folder.resolve("two sheets.xlsx");
    Workbooks.write(file, "Notes", sheet -> {
      header(sheet, "not the extract");
      Sheet register = sheet.getWorkbook().createSheet("CSE Register");
      header(register, "child_id");
      header(register, 1, "c1");
      header(register, 2, "c2");
    });

    try (XlsxSheet sheet = XlsxSheet.open(file.toFile(), "cse register")) {
      assertThat(sheet.sheetName()).isEqualTo("CSE Register");
      assertThat(sheet.next().cells()).containsExactly("child_id");
      assertThat(sheet.next().cells()).containsExactly("c1");
      assertThat(sheet.countDataRows()).isEqualTo(2);
    }
    assertThatThrownBy(() -> XlsxSheet.open(file.toFile(), "Register")).isInstanceOf(XlsxSheet.NoSuchSheet.class);
  }

  @Test
  void longNumbersAndErrorsAreFlaggedWithoutTheirValue() throws IOException {
    Path file = folder.resolve("damaged.xlsx");
    Workbooks.write(file, "Sheet1", sheet -> {
      header(sheet, "child_id", "count", "lookup", "flag");
      Row r = sheet.createRow(1);
      r.createCell(0).setCellValue(12345678901234567d);
      r.createCell(1).setCellValue(999999999999999d);
      r.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
      r.createCell(3).setCellValue(true);
    });

    try (XlsxSheet sheet = XlsxSheet.open(file.toFile())) {
      sheet.next();
      XlsxSheet.Row row = sheet.next();
      assertThat(row.cells()).containsExactly("", "999999999999999", "", "TRUE");
      assertThat(row.longNumbers()).isEqualTo(bits(0));
      assertThat(row.errors()).isEqualTo(bits(2));
    }
  }

  @Test
  void blankRowsAreNotRowsAndAreNotCounted() throws IOException {
    Path file = folder.resolve("blank.xlsx");
    Workbooks.write(file, "Sheet1", sheet -> {
      CellStyle bold = sheet.getWorkbook().createCellStyle();
      bold.setFont(sheet.getWorkbook().createFont());
      header(sheet, "a", "b", "c");
      sheet.createRow(1).createCell(0).setCellValue("x");
      sheet.createRow(2).createCell(1).setCellStyle(bold); // formatted but empty
      Row wide = sheet.createRow(3);
      wide.createCell(1).setCellValue("y");
      wide.createCell(4).setCellValue("beyond the header");
      sheet.createRow(4).createCell(2).setCellValue("z");
      // Trailing rows a spreadsheet leaves: formatted cells, a space, an empty text.
      for (int r = 5; r < 40; r++) {
        Row blank = sheet.createRow(r);
        blank.createCell(0).setCellStyle(bold);
        blank.createCell(1).setCellValue(r % 2 == 0 ? " " : "");
      }
    });

    try (XlsxSheet sheet = XlsxSheet.open(file.toFile())) {
      List<XlsxSheet.Row> rows = new ArrayList<>();
      for (XlsxSheet.Row row = sheet.next(); row != null; row = sheet.next()) {
        rows.add(row);
      }
      assertThat(rows).extracting(XlsxSheet.Row::line).containsExactly(1L, 2L, 4L, 5L);
      assertThat(rows.get(1).cells()).containsExactly("x", "", "");
      // A value right of the header makes the row longer than the header (field_count, as in a CSV file).
      assertThat(rows.get(2).cells()).containsExactly("", "y", "", "", "beyond the header");
      assertThat(rows.get(3).cells()).containsExactly("", "", "z");
      assertThat(sheet.countDataRows()).isEqualTo(3);
    }
  }

  @Test
  void mergedCellsAcrossTheHeaderRowAreFoundAndOthersAreNot() throws IOException {
    Path file = folder.resolve("merged.xlsx");
    Workbooks.write(file, "Incidents Q4", sheet -> {
      sheet.createRow(0); // an empty first row: the header is row 2
      header(sheet, 1, "incident_id", "", "recorded_date");
      sheet.addMergedRegion(CellRangeAddress.valueOf("A2:B2"));
      sheet.createRow(2).createCell(0).setCellValue("I1");
      sheet.createRow(3).createCell(0).setCellValue("I2");
      sheet.addMergedRegion(CellRangeAddress.valueOf("C3:C4"));
    });

    try (XlsxSheet sheet = XlsxSheet.open(file.toFile())) {
      XlsxSheet.Row header = sheet.next();
      assertThat(header.line()).isEqualTo(2);
      assertThat(sheet.mergedAcross(header.line())).containsExactly("A2:B2");
    }
  }

  private static void header(Sheet sheet, String... names) {
    header(sheet, 0, names);
  }

  private static void header(Sheet sheet, int row, String... names) {
    Row r = sheet.createRow(row);
    for (int c = 0; c < names.length; c++) {
      r.createCell(c).setCellValue(names[c]);
    }
  }

  private static Cell dated(Cell cell, String format) {
    return formatted(cell, format);
  }

  private static Cell formatted(Cell cell, String format) {
    CellStyle style = cell.getSheet().getWorkbook().createCellStyle();
    style.setDataFormat(cell.getSheet().getWorkbook().createDataFormat().getFormat(format));
    cell.setCellStyle(style);
    return cell;
  }

  private static BitSet bits(int... positions) {
    BitSet bits = new BitSet();
    for (int p : positions) {
      bits.set(p);
    }
    return bits;
  }
}
