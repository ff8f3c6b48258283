package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The authority of an SSDA903 file: its LA column, else the ONS code in its name, else not recorded. */
class FileAuthorityTest {

  @Test
  void theCodeStandingAloneInTheFileNameIsTheAuthority() {
    assertThat(FileAuthority.inFileName("missing/E10000011.csv")).contains("E10000011");
    assertThat(FileAuthority.inFileName("E10000011_missing.csv")).contains("E10000011");
    assertThat(FileAuthority.inFileName("missing/SSDA903 e06000043 2016-17.csv")).contains("E06000043");
    assertThat(FileAuthority.inFileName("missing/missing-W06000015.csv")).contains("W06000015");
  }

  @Test
  void noCodeTwoCodesOrACodeInsideAWordIsNoAuthority() {
    assertThat(FileAuthority.inFileName("missing/episodes.csv")).isEmpty();
    assertThat(FileAuthority.inFileName("missing/E10000011_E06000043.csv")).isEmpty();
    assertThat(FileAuthority.inFileName("missing/XE10000011.csv")).isEmpty();
    assertThat(FileAuthority.inFileName("missing/E100000111.csv")).isEmpty();
    // The folder is not the file's name.
    assertThat(FileAuthority.inFileName("E10000011/episodes.csv")).isEmpty();
  }

  @Test
  void aTopLevelFileNamedByAuthorityAndExtractBelongsToTheExtract() {
    assertThat(FileAuthority.extractBesideCode("e10000011_missing")).contains("missing");
    assertThat(FileAuthority.extractBesideCode("missing-e10000011")).contains("missing");
    assertThat(FileAuthority.extractBesideCode("e10000011 cse_cohort")).contains("cse_cohort");
    assertThat(FileAuthority.extractBesideCode("e10000011_episodes")).isEmpty();
    assertThat(FileAuthority.extractBesideCode("missing")).isEmpty();
  }

  @Test
  void theLaColumnComesFirstThenTheFileNameThenNotRecorded() {
    HeaderMapping withLa = HeaderMapping.of(MissingExtract.SPEC, List.of("CHILD", "DOB", "MISSING", "MIS_START", "LA"));
    HeaderMapping withoutLa = HeaderMapping.of(MissingExtract.SPEC, List.of("CHILD", "DOB", "MISSING", "MIS_START"));
    InputFile named = new InputFile("missing", "file:/in/missing/E10000011.csv", "missing/E10000011.csv", 10);
    InputFile unnamed = new InputFile("missing", "file:/in/missing.csv", "missing.csv", 10);

    assertThat(FileAuthority.of(named, withLa)).isEqualTo(new FileAuthority(FileAuthority.Source.LA_COLUMN, null));
    assertThat(FileAuthority.of(named, withoutLa))
        .isEqualTo(new FileAuthority(FileAuthority.Source.FILE_NAME, "E10000011"));
    assertThat(FileAuthority.of(unnamed, withoutLa))
        .isEqualTo(new FileAuthority(FileAuthority.Source.NOT_RECORDED, null));
  }

  @Test
  void aFileNamedByItsAuthorityGivesItsRowsThatAuthority() {
    HeaderMapping withoutLa = HeaderMapping.of(MissingExtract.SPEC, List.of("CHILD", "DOB", "MISSING", "MIS_START"));
    RecordParser parser = new RecordParser(withoutLa, java.time.LocalDate.of(2017, 1, 15),
        java.util.Map.of(MissingExtract.LA_CODE, "E10000011"));
    ParsedRecord parsed = parser.parse(List.of("c1", "15/03/2002", "M", "01/11/2016"));
    int la = MissingExtract.SPEC.fields().indexOf(MissingExtract.SPEC.fieldOf(MissingExtract.LA_CODE));
    assertThat(parsed.values()[la]).isEqualTo("E10000011");
  }
}
