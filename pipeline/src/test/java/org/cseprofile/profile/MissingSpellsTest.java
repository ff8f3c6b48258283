package org.cseprofile.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.testing.Fixtures;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Overlapping missing episodes of one child, merged into spells or kept, on hand-worked episodes. */
@ExtendWith(SparkExtension.class)
class MissingSpellsTest {

  /**
   * n: nested (02/11-22/12 holds 20/11-04/12, which was M) -> one spell 02/11-22/12, M, the outer part's
   * interview (it ends last). c: chained (01/10-10/10, 05/10-20/10, 15/10-25/10) -> one spell 01/10-25/10, A.
   * t: touching (01/10-05/10, 05/10-08/10) -> two spells. o: open-ended (01/11-, 10/11-15/11) -> one spell
   * 01/11 still missing. s: a single episode stays as it is.
   */
  static final String EPISODES = """
      CHILD,DOB,MISSING,MIS_START,MIS_END,LA,RHI_OFFERED,RHI_ACCEPTED
      n,01/01/2002,A,02/11/2016,22/12/2016,E10000011,23/12/2016,Y
      n,01/01/2002,M,20/11/2016,04/12/2016,E10000011,05/12/2016,N
      c,01/01/2002,A,01/10/2016,10/10/2016,E10000011,11/10/2016,N
      c,01/01/2002,A,05/10/2016,20/10/2016,E10000011,,
      c,01/01/2002,A,15/10/2016,25/10/2016,E10000011,30/10/2016,Y
      t,01/01/2002,M,01/10/2016,05/10/2016,E10000011,,
      t,01/01/2002,A,05/10/2016,08/10/2016,E10000011,,
      o,01/01/2002,A,01/11/2016,,E10000011,,
      o,01/01/2002,A,10/11/2016,15/11/2016,E10000011,16/11/2016,Y
      s,01/01/2002,M,03/11/2016,04/11/2016,E06000043,,
      """;

  @Test
  void mergeGivesOneSpellPerOverlappingGroup(SparkSession spark) {
    List<String> spells = rows(spark, MissingOverlaps.MERGE);

    assertThat(spells).containsExactly(
        "c 2016-10-01 2016-10-25 A 2016-10-30 true E10000011",
        "n 2016-11-02 2016-12-22 M 2016-12-23 true E10000011",
        "o 2016-11-01 null A null null E10000011",
        "s 2016-11-03 2016-11-04 M null null E06000043",
        "t 2016-10-01 2016-10-05 M null null E10000011",
        "t 2016-10-05 2016-10-08 A null null E10000011");
  }

  @Test
  void keepCountsEveryEpisodeAsRecorded(SparkSession spark) {
    assertThat(rows(spark, MissingOverlaps.KEEP)).hasSize(10);
  }

  @Test
  void theChoiceIsNamedKeepOrMerge() {
    assertThat(MissingOverlaps.of(" Merge ")).isEqualTo(MissingOverlaps.MERGE);
    assertThat(MissingOverlaps.of("keep")).isEqualTo(MissingOverlaps.KEEP);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MissingOverlaps.of("drop"))
        .hasMessage("missing overlaps must be keep or merge, was drop");
  }

  private static List<String> rows(SparkSession spark, MissingOverlaps overlaps) {
    return MissingSpells.of(Fixtures.extract(spark, MissingExtract.SPEC, EPISODES), overlaps)
        .orderBy(MissingExtract.CHILD_ID, MissingExtract.START_DATE).collectAsList().stream()
        .map(MissingSpellsTest::describe).toList();
  }

  private static String describe(Row r) {
    return r.getAs(MissingExtract.CHILD_ID) + " " + r.getAs(MissingExtract.START_DATE) + " "
        + r.getAs(MissingExtract.END_DATE) + " " + r.getAs(MissingExtract.MISSING_TYPE) + " "
        + r.getAs(MissingExtract.RHI_OFFERED_DATE) + " " + r.getAs(MissingExtract.RHI_ACCEPTED) + " "
        + r.getAs(MissingExtract.LA_CODE);
  }
}
