package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The data_quality rows, worked by hand from two files' accounting. */
class DataQualityTest {

  @Test
  void onePerFileMeasureAndRuleThenTheExtractsFilesTogether() {
    FileAccount a = new FileAccount("missing", "missing/a.csv", 100, 8, 5, 3, TextEncoding.UTF_8,
        List.of(new FileProblem("missing", "missing/a.csv", Rule.UNKNOWN_COLUMN, "SEX")),
        List.of(new RowProblem(Rule.INVALID_DATE, "MIS_START", 2, List.of(3L, 7L)),
            new RowProblem(Rule.DUPLICATE, "CHILD+MIS_START", 1, List.of(9L)),
            new RowProblem(Rule.OVERLAPPING_MISSING, "MIS_START+MIS_END", 2, List.of(2L, 4L))));
    FileAccount b = new FileAccount("missing", "missing/b.csv", 100, 2, 1, 1, TextEncoding.WINDOWS_1252,
        List.of(new FileProblem("missing", "missing/b.csv", Rule.WINDOWS_1252, null)),
        List.of(new RowProblem(Rule.INVALID_DATE, "MIS_START", 1, List.of(2L))));
    FileAccount c = new FileAccount("health", "health.csv", 10, 0, 0, 0, null,
        List.of(new FileProblem("health", "health.csv", Rule.MISSING_COLUMN, "service")), List.of());
    IngestResult result = new IngestResult(Map.of(), List.of(a, b, c), List.of(), List.of(), LocalDate.of(2017, 1, 15));

    assertThat(DataQuality.rows(result, "2016-Q4")).extracting(Row::toString).containsExactly(
        "[2016-Q4,missing,missing/a.csv,rows_read,null,null,null,8,1.0]",
        "[2016-Q4,missing,missing/a.csv,accepted,null,null,null,5,0.625]",
        "[2016-Q4,missing,missing/a.csv,quarantined,null,null,null,3,0.375]",
        "[2016-Q4,missing,missing/a.csv,quarantined,invalid_date,reject_row,MIS_START,2,0.25]",
        "[2016-Q4,missing,missing/a.csv,quarantined,duplicate,reject_row,CHILD+MIS_START,1,0.125]",
        "[2016-Q4,missing,missing/a.csv,warned,overlapping_missing,warning,MIS_START+MIS_END,2,0.25]",
        "[2016-Q4,missing,missing/a.csv,file_warning,unknown_column,warning,SEX,null,null]",
        "[2016-Q4,missing,missing/b.csv,rows_read,null,null,null,2,1.0]",
        "[2016-Q4,missing,missing/b.csv,accepted,null,null,null,1,0.5]",
        "[2016-Q4,missing,missing/b.csv,quarantined,null,null,null,1,0.5]",
        "[2016-Q4,missing,missing/b.csv,quarantined,invalid_date,reject_row,MIS_START,1,0.5]",
        "[2016-Q4,missing,missing/b.csv,file_warning,windows_1252,warning,null,null,null]",
        "[2016-Q4,health,health.csv,rows_read,null,null,null,0,null]",
        "[2016-Q4,health,health.csv,accepted,null,null,null,0,null]",
        "[2016-Q4,health,health.csv,quarantined,null,null,null,0,null]",
        "[2016-Q4,health,health.csv,file_rejected,missing_column,reject_file,service,null,null]",
        "[2016-Q4,missing,ALL,rows_read,null,null,null,10,1.0]",
        "[2016-Q4,missing,ALL,accepted,null,null,null,6,0.6]",
        "[2016-Q4,missing,ALL,quarantined,null,null,null,4,0.4]",
        "[2016-Q4,missing,ALL,quarantined,invalid_date,reject_row,MIS_START,3,0.3]",
        "[2016-Q4,missing,ALL,quarantined,duplicate,reject_row,CHILD+MIS_START,1,0.1]",
        "[2016-Q4,missing,ALL,warned,overlapping_missing,warning,MIS_START+MIS_END,2,0.2]",
        "[2016-Q4,health,ALL,rows_read,null,null,null,0,null]",
        "[2016-Q4,health,ALL,accepted,null,null,null,0,null]",
        "[2016-Q4,health,ALL,quarantined,null,null,null,0,null]");
  }

  @Test
  void aFileSummaryNamesTheRulesNeverAValue() {
    FileAccount a = new FileAccount("missing", "missing/a.csv", 100, 8, 5, 3, TextEncoding.UTF_8, List.of(),
        List.of(new RowProblem(Rule.INVALID_DATE, "MIS_START", 1, List.of(3L)),
            new RowProblem(Rule.INVALID_DATE, "MIS_END", 1, List.of(4L)),
            new RowProblem(Rule.DUPLICATE, "CHILD+MIS_START", 1, List.of(9L)),
            new RowProblem(Rule.OVERLAPPING_MISSING, "MIS_START+MIS_END", 2, List.of(2L, 4L))));

    assertThat(a.rowSummary()).isEqualTo("missing/a.csv: 3 of 8 rows quarantined (invalid_date 2, duplicate 1); "
        + "2 rows accepted with a warning (overlapping_missing 2)");
    assertThat(a.quarantined(Rule.INVALID_DATE)).isEqualTo(2);
    assertThat(a.balances()).isTrue();
  }
}
