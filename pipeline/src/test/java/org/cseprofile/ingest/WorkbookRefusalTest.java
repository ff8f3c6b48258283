package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.apache.hadoop.conf.Configuration;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.cseprofile.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Excel workbook named after an extract is read, or refused by name with what to do: an old {@code .xls}, a
 * password-protected or damaged workbook ({@code excel_workbook}), a header with merged cells ({@code merged_header}).
 * Never passed over as if it were not there.
 */
class WorkbookRefusalTest {
  static final String COHORT_HEADER = "child_id,la_code,birth_month,gender,identified_date";

  @TempDir
  Path input;

  final Configuration hadoop = new Configuration();

  @Test
  void workbooksOfAnExtractAreListedAndTheOnesThatCannotBeReadAreRefusedWithWhatToDo() throws IOException {
    Files.writeString(input.resolve("cse_cohort.csv"), COHORT_HEADER + "\n");
    Files.write(input.resolve("incidents.xlsx"), new byte[] {'P', 'K', 3, 4});
    Files.createDirectories(input.resolve("missing"));
    Files.write(input.resolve("missing/E10000032.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
    Files.write(input.resolve("budget.xlsx"), new byte[] {'P', 'K', 3, 4});
    Path binary = input.resolve("health.xlsb");
    Workbooks.fromCsv(binary, "child_id,contact_date,service\nc1,2016-10-10,sexual_health\n", java.util.List.of());

    InputCatalog catalog = InputCatalog.scan(input.toString(), hadoop);
    assertThat(catalog.filesOf(IncidentsExtract.NAME)).extracting(InputFile::displayName)
        .containsExactly("incidents.xlsx");
    assertThat(catalog.filesOf(MissingExtract.NAME)).extracting(InputFile::displayName)
        .containsExactly("missing/E10000032.xls");
    assertThat(catalog.ignored()).isEmpty();

    FileCheck check = FileCheck.of(catalog.filesOf(IncidentsExtract.NAME).get(0), IncidentsExtract.SPEC, hadoop);
    assertThat(check.usable()).isFalse();
    assertThat(check.problems()).extracting(FileProblem::message).containsExactly("incidents.xlsx: the workbook "
        + "cannot be read: it is a binary Excel workbook (.xls, or .xlsb), or protected by a password, or not a "
        + "valid .xlsx (damaged, or expanding to far more than its size); nothing in it was used [excel_workbook]; open it "
        + "in Excel, remove any password (File > Info > Protect Workbook), and save it as 'Excel Workbook (.xlsx)'; "
        + "or save the sheet as CSV UTF-8 after formatting identifier columns as Text");
    assertThat(FileCheck.of(catalog.filesOf(MissingExtract.NAME).get(0), MissingExtract.SPEC, hadoop).problems())
        .extracting(FileProblem::rule).containsExactly(Rule.EXCEL_WORKBOOK);
    // An .xlsb is a zip file too (here one holding .xlsx parts): refused by its name, never half read.
    assertThat(FileCheck.of(catalog.filesOf(HealthExtract.NAME).get(0), HealthExtract.SPEC, hadoop).problems())
        .extracting(FileProblem::rule).containsExactly(Rule.EXCEL_WORKBOOK);
  }

  @Test
  void aPasswordProtectedWorkbookIsRefused() throws IOException, GeneralSecurityException {
    Path plain = input.resolve("plain.xlsx");
    Workbooks.fromCsv(plain, COHORT_HEADER + "\nc1,E10000011,2002-03,F,2016-10-05\n", java.util.List.of());
    Path locked = input.resolve("cse_cohort.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        Files.copy(plain, out);
      }
      try (OutputStream out = Files.newOutputStream(locked)) {
        fs.writeFilesystem(out);
      }
    }

    assertThat(FileCheck.of(file(CohortExtract.NAME, locked), CohortExtract.SPEC, hadoop).problems())
        .extracting(FileProblem::rule).containsExactly(Rule.EXCEL_WORKBOOK);
    FileCheck readable = FileCheck.of(file(CohortExtract.NAME, plain), CohortExtract.SPEC, hadoop);
    assertThat(readable.usable()).isTrue();
    assertThat(readable.problems()).isEmpty();
  }

  @Test
  void mergedHeaderCellsAreRefusedNamingTheSheetAndTheCells() throws IOException {
    Path file = input.resolve("cse_cohort.xlsx");
    Workbooks.write(file, "CSE register", sheet -> {
      Row title = sheet.createRow(0);
      title.createCell(0).setCellValue("CSE register, quarter 4");
      sheet.addMergedRegion(CellRangeAddress.valueOf("A1:E1"));
      Row header = sheet.createRow(1);
      String[] names = COHORT_HEADER.split(",");
      for (int c = 0; c < names.length; c++) {
        header.createCell(c).setCellValue(names[c]);
      }
    });

    FileCheck check = FileCheck.of(file(CohortExtract.NAME, file), CohortExtract.SPEC, hadoop);

    assertThat(check.usable()).isFalse();
    assertThat(check.problems()).extracting(FileProblem::message).containsExactly("cse_cohort.xlsx, row 1, sheet "
        + "CSE register, cells A1:E1: the header row of the workbook's sheet has merged cells, so its columns cannot "
        + "be told apart [merged_header]; unmerge the cells (Home > Merge & Center > Unmerge Cells), remove any title "
        + "rows above the header, and give each column its own name in one header row");
  }

  @Test
  void aWorkbookThatExpandsLikeAZipBombIsRefused() throws IOException {
    Path plain = input.resolve("plain.xlsx");
    Workbooks.fromCsv(plain, COHORT_HEADER + "\nc1,E10000011,2002-03,F,2016-10-05\n", java.util.List.of());
    Path bomb = input.resolve("cse_cohort.xlsx");
    // The same workbook with 20 MB of spaces after the sheet's XML (allowed by XML): it deflates over 1,000 times.
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        in.transferTo(out);
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          byte[] spaces = new byte[1 << 20];
          java.util.Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < 20; i++) {
            out.write(spaces);
          }
        }
        out.closeEntry();
      }
    }

    assertThat(FileCheck.of(file(CohortExtract.NAME, bomb), CohortExtract.SPEC, hadoop).problems())
        .extracting(FileProblem::rule).containsExactly(Rule.EXCEL_WORKBOOK);
    assertThat(FileCheck.of(file(CohortExtract.NAME, plain), CohortExtract.SPEC, hadoop).usable()).isTrue();
  }

  @Test
  void aSheetTheMappingNamesButTheWorkbookLacksIsRefusedNamingIt() throws IOException {
    Path file = input.resolve("cse_cohort.xlsx");
    Workbooks.fromCsv(file, COHORT_HEADER + "\nc1,E10000011,2002-03,F,2016-10-05\n", java.util.List.of());
    MappingFile mapping = MappingFile.parse("mappings/cse_cohort.yaml",
        "extract: cse_cohort\nsheet: Register\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    FileCheck check = FileCheck.of(file(CohortExtract.NAME, file), CohortExtract.SPEC, hadoop, mapping);

    assertThat(check.usable()).isFalse();
    assertThat(check.problems()).extracting(FileProblem::message).containsExactly("cse_cohort.xlsx, sheet Register: "
        + "the workbook has no sheet of the name the extract's mapping file gives (sheet:) [sheet_not_found]; correct "
        + "the sheet's name in the mapping file (it is matched ignoring case), or rename the workbook's tab");
  }

  private static InputFile file(String extract, Path path) throws IOException {
    return new InputFile(extract, path.toUri().toString(), path.getFileName().toString(), Files.size(path));
  }
}
