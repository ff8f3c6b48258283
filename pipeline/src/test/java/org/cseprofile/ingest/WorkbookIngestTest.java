package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.testing.SparkExtension;
import org.cseprofile.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cohort kept as an Excel workbook (on the sheet its mapping file names), read through ingest with every one of
 * Excel's traps on its own row: rules name the column and Excel's row number, never a value, and rows read =
 * accepted + quarantined.
 */
@ExtendWith(SparkExtension.class)
class WorkbookIngestTest {
  static final LocalDate RUN_DATE = LocalDate.of(2017, 1, 15);

  @TempDir
  Path input;

  @Test
  void excelsTrapsAreReadQuarantinedOrWarnedRowByRow(SparkSession spark) throws IOException {
    Workbooks.write(input.resolve("cse_cohort.xlsx"), "Read me", notes -> {
      text(notes, 0, "This workbook holds the CSE register on its second sheet");
      Sheet sheet = notes.getWorkbook().createSheet("Register");
      CellStyle date = sheet.getWorkbook().createCellStyle();
      date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
      text(sheet, 0, "child_id", "la_code", "birth_month", "gender", "identified_date", "notes");
      text(sheet, 1, "00123", "E10000011", "2002-03", "F", "05.10.2016");
      Row numericId = text(sheet, 2, "", "E10000011", "2002-03", "M", "06.10.2016");
      numericId.createCell(0).setCellValue(4567);
      Row longId = text(sheet, 3, "", "E10000011", "2002-03", "F", "07.10.2016");
      longId.createCell(0).setCellValue(12345678901234567d);
      Row error = text(sheet, 4, "c4", "E10000011", "2002-03", "", "08.10.2016");
      error.createCell(3).setCellErrorValue(FormulaError.NA.getCode());
      Row dated = text(sheet, 5, "c5", "E10000011", "2002-03", "F", "");
      dated.createCell(4).setCellValue(LocalDate.of(2016, 10, 9));
      dated.getCell(4).setCellStyle(date);
      // An error in a column the contract does not read does not cost the row.
      text(sheet, 6, "c6", "E10000011", "2002-03", "F", "10.10.2016").createCell(5)
          .setCellErrorValue(FormulaError.REF.getCode());
      for (int r = 7; r < 30; r++) {
        sheet.createRow(r).createCell(0).setCellValue(""); // blank trailing rows
      }
    });
    InputCatalog catalog = InputCatalog.scan(input.toString(), spark.sparkContext().hadoopConfiguration())
        .withMapping(MappingFile.parse("cohort.yaml", """
            extract: cse_cohort
            sheet: register
            dates:
              identified_date: dd.MM.yyyy
            """.getBytes(StandardCharsets.UTF_8)));

    IngestResult ingested = new ExtractReader(spark).read(catalog, RUN_DATE);

    FileAccount account = ingested.files().get(0);
    assertThat(account.file()).isEqualTo("cse_cohort.xlsx");
    assertThat(List.of(account.rowsRead(), account.accepted(), account.quarantined())).containsExactly(6L, 4L, 2L);
    assertThat(account.balances()).isTrue();
    assertThat(account.problems()).extracting(FileProblem::rule).containsExactly(Rule.UNKNOWN_COLUMN);
    assertThat(account.rowProblems()).extracting(p -> p.rule().id() + " " + p.column() + " " + p.firstLines())
        .containsExactlyInAnyOrder("excel_long_number child_id [4]", "excel_error gender [5]",
            "numeric_identifier child_id [3]");
    // Text keeps its zeros; a number cell gives its digits; a date cell is its date whatever the mapping's format.
    assertThat(ingested.extract(CohortExtract.NAME).accepted()
        .selectExpr("concat(child_id, ' ', identified_date, ' ', line_number)").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList())
        .containsExactlyInAnyOrder("00123 2016-10-05 2", "4567 2016-10-06 3", "c5 2016-10-09 6", "c6 2016-10-10 7");
  }

  private static Row text(Sheet sheet, int row, String... cells) {
    Row r = sheet.createRow(row);
    for (int c = 0; c < cells.length; c++) {
      if (!cells[c].isEmpty()) {
        r.createCell(c).setCellValue(cells[c]);
      }
    }
    return r;
  }
}
