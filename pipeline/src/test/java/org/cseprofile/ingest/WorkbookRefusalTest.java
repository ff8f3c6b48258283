package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Excel workbook named after an extract is refused by name, never passed over as if it were not there. */
class WorkbookRefusalTest {
  @TempDir
  Path input;

  @Test
  void workbooksOfAnExtractAreListedAndRefusedWithTheirOwnRule() throws IOException {
    Files.writeString(input.resolve("cse_cohort.csv"), "child_id,la_code,birth_month,gender,identified_date\n");
    Files.write(input.resolve("incidents.xlsx"), new byte[] {'P', 'K', 3, 4});
    Files.createDirectories(input.resolve("missing"));
    Files.write(input.resolve("missing/E10000032.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    Files.write(input.resolve("budget.xlsx"), new byte[] {'P', 'K', 3, 4});
    Configuration hadoop = new Configuration();

    InputCatalog catalog = InputCatalog.scan(input.toString(), hadoop);
    assertThat(catalog.filesOf(IncidentsExtract.NAME)).extracting(InputFile::displayName)
        .containsExactly("incidents.xlsx");
    assertThat(catalog.filesOf(MissingExtract.NAME)).extracting(InputFile::displayName)
        .containsExactly("missing/E10000032.xls");
    assertThat(catalog.ignored()).isEmpty();

    FileCheck check = FileCheck.of(catalog.filesOf(IncidentsExtract.NAME).get(0), IncidentsExtract.SPEC, hadoop);
    assertThat(check.usable()).isFalse();
    assertThat(check.problems()).extracting(FileProblem::message).containsExactly("incidents.xlsx: the file is an "
        + "Excel workbook (.xlsx, .xlsm or .xls), which cse-profile does not read: nothing in it was used "
        + "[excel_workbook]; save the sheet as CSV UTF-8 (in Excel: Save As, 'CSV UTF-8 (Comma delimited)'), after "
        + "formatting identifier columns as Text so that leading zeros and long numbers survive, then remove the "
        + "workbook from the folder");
    assertThat(FileCheck.of(catalog.filesOf(MissingExtract.NAME).get(0), MissingExtract.SPEC, hadoop).problems())
        .extracting(p -> p.rule()).containsExactly(Rule.EXCEL_WORKBOOK);
  }
}
