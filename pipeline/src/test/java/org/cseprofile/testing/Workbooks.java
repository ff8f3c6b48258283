package org.cseprofile.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small Excel workbooks for tests, written with Apache POI as Excel would save them. */
public final class Workbooks {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern UK_DATE = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[1-9]\\d{0,14}");

  private Workbooks() {}

  /** Writes a workbook whose first sheet, named {@code sheetName}, {@code fill} fills. */
  public static void write(Path file, String sheetName, Consumer<Sheet> fill) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      fill.accept(workbook.createSheet(sheetName));
      workbook.write(out);
    }
  }

  /**
   * The workbook a data officer would keep of a small CSV file (no quoted commas): dates become date cells
   * ({@code dd/mm/yyyy}), whole numbers without leading zeros in the {@code numeric} columns become number cells,
   * and every other cell is text.
   */
  public static void fromCsv(Path file, String csv, List<String> numeric) throws IOException {
    write(file, "Sheet1", sheet -> {
      CellStyle date = sheet.getWorkbook().createCellStyle();
      date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
      String[] lines = csv.strip().split("\n");
      List<String> header = List.of(lines[0].split(",", -1));
      for (int r = 0; r < lines.length; r++) {
        Row row = sheet.createRow(r);
        String[] cells = lines[r].split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          String text = cells[c];
          if (text.isEmpty()) {
            continue;
          }
          java.util.regex.Matcher uk = UK_DATE.matcher(text);
          if (r > 0 && ISO_DATE.matcher(text).matches()) {
            row.createCell(c).setCellValue(LocalDate.parse(text));
            row.getCell(c).setCellStyle(date);
          } else if (r > 0 && uk.matches()) {
            row.createCell(c).setCellValue(LocalDate.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)),
                Integer.parseInt(uk.group(1))));
            row.getCell(c).setCellStyle(date);
          } else if (r > 0 && numeric.contains(header.get(c)) && WHOLE_NUMBER.matcher(text).matches()) {
            row.createCell(c).setCellValue(Long.parseLong(text));
          } else {
            row.createCell(c).setCellValue(text);
          }
        }
      }
    });
  }
}
