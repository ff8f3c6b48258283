package org.cseprofile.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.ingest.SuspectsExtract;
import org.cseprofile.period.Period;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.table.TableNames;
import org.cseprofile.testing.Fixtures;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny network worked by hand. The window of 2016-Q4 is 1 Jan to 31 Dec 2016. Authorities: BH = E06000043,
 * ES = E10000011, WS = E10000032. Groups, numbered by people, then incidents, then first date:
 * <ol>
 *   <li>children A, B, C and suspects S1, S2, S3: N1 (BH: A with S1 and S2), N2 (ES: B with S2), N3 (ES: C with
 *   S3 and S1), N8 (WS: A with S1); 3 authorities; places: N1's cell (also where A was found), N2's cell, and
 *   where B was found;</li>
 *   <li>child E and suspect S6: N9 (ES, 7 Jul);</li>
 *   <li>suspects S4 and S5 offending together, no identified victim: N5 (BH, 5 Dec);</li>
 *   <li>child D alone (no suspect identified): N4 (WS), in the same 250 m cell as N1: a shared place does not
 *   join D to group 1.</li>
 * </ol>
 * Left out: N6 (31 Dec 2015, would link C to S9), N7 (2017), N10 (no victim, no suspect), E's episode of 2015,
 * and Z's (Z has no incident). Cohort children of the period: A, C, D, F.
 */
@ExtendWith(SparkExtension.class)
class NetworkTest {
  static final Period Q4 = Period.parseQuarter("2016-Q4");

  static final String INCIDENTS = """
      incident_id,recorded_date,la_code,incident_type,contact_type,place_type,easting,northing,victim_id,platform
      N1,2016-03-01,E06000043,crime,contact,hotel,531250,104250,A,
      N2,2016-06-10,E10000011,crime,contact,hotel,581750,109250,B,
      N3,2016-09-01,E10000011,concern,online,online,,,C,
      N4,2016-11-20,E10000032,crime,contact,park_open_space,531300,104300,D,
      N5,2016-12-05,E06000043,intelligence,non_contact,taxi,,,,
      N6,2015-12-31,E06000043,crime,contact,hotel,,,C,
      N7,2017-01-02,E06000043,crime,contact,hotel,,,B,
      N8,2016-10-01,E10000032,concern,online,online,,,A,
      N9,2016-07-07,E10000011,crime,contact,hotel,561250,99250,E,
      N10,2016-08-08,E10000011,intelligence,online,online,,,,
      """;

  static final String SUSPECTS = """
      incident_id,suspect_id,gender,birth_year,status,disruption
      N1,S1,M,1990,arrested,
      N1,S2,M,1985,suspect,
      N2,S2,M,1985,charged,
      N3,S3,M,1995,suspect,
      N3,S1,M,1990,suspect,
      N5,S4,M,1970,suspect,
      N5,S5,F,1972,suspect,
      N6,S9,M,1960,suspect,
      N7,S1,M,1990,suspect,
      N8,S1,M,1990,suspect,
      N9,S6,M,2000,suspect,
      """;

  static final String MISSING = """
      CHILD,DOB,MISSING,MIS_START,MIS_END,LA,RHI_OFFERED,RHI_ACCEPTED,FOUND_EASTING,FOUND_NORTHING
      A,15/03/2001,M,01/05/2016,02/05/2016,E06000043,,,531400,104400
      B,15/03/2002,M,01/08/2016,02/08/2016,E10000011,,,600000,100000
      E,15/03/2003,M,01/06/2015,02/06/2015,E10000011,,,600000,100000
      Z,15/03/2003,M,01/06/2016,02/06/2016,E10000011,,,531250,104250
      """;

  static Network network;
  @TempDir
  static Path output;

  @BeforeAll
  static void build(SparkSession spark) {
    network = network(spark, INCIDENTS, SUSPECTS, MISSING, "A", "C", "D", "F");
  }

  /** The network of 2016-Q4 from inline extracts, with {@code cohort} the children open to CSE concern. */
  static Network network(SparkSession spark, String incidents, String suspects, String missing, String... cohort) {
    Dataset<Row> children = spark.createDataset(List.of(cohort), Encoders.STRING()).toDF("child_id");
    return new Network(Q4, Fixtures.extract(spark, IncidentsExtract.SPEC, incidents),
        Fixtures.extract(spark, SuspectsExtract.SPEC, suspects), Fixtures.extract(spark, MissingExtract.SPEC, missing),
        children);
  }

  @AfterAll
  static void release() {
    network.release();
  }

  @Test
  void groupsAreThePeopleLinkedByIncidentsNumberedBySize() {
    assertThat(network.groups().orderBy("group_id").collectAsList()).extracting(Row::toString).containsExactly(
        // The previous period's network (1 Oct 2015 to 30 Sep 2016) has N6, N1, N2, N3 and N9: A, B, C, S1, S2, S3
        // and S9 in one group, E and S6 in another. Group 1 lost S9 (N6 left the window): fewer people is not
        // growth. N5 and N4 are after 30 Sep 2016: groups 3 and 4 are new.
        "[2016-Q4,1,3,3,3,4,3,2,contact;online,2016-03-01,2016-10-01,not_grown]",
        "[2016-Q4,2,1,1,1,1,1,0,contact,2016-07-07,2016-07-07,not_grown]",
        "[2016-Q4,3,0,2,0,1,1,0,non_contact,2016-12-05,2016-12-05,new]",
        "[2016-Q4,4,1,0,1,1,1,1,contact,2016-11-20,2016-11-20,new]");
  }

  @Test
  void membersAreEachPersonOnceAndEachPlaceOncePerGroup() {
    assertThat(network.members().orderBy("group_id", "member_type", "member_id").collectAsList())
        .extracting(Row::toString).containsExactly(
            "[2016-Q4,1,child,A,2]", "[2016-Q4,1,child,B,1]", "[2016-Q4,1,child,C,1]",
            // N1 and A found there; N2; B found there.
            "[2016-Q4,1,place,E531250-N104250-250m,2]", "[2016-Q4,1,place,E581750-N109250-250m,1]",
            "[2016-Q4,1,place,E600000-N100000-250m,1]",
            "[2016-Q4,1,suspect,S1,3]", "[2016-Q4,1,suspect,S2,2]", "[2016-Q4,1,suspect,S3,1]",
            "[2016-Q4,2,child,E,1]", "[2016-Q4,2,place,E561250-N99250-250m,1]", "[2016-Q4,2,suspect,S6,1]",
            "[2016-Q4,3,suspect,S4,1]", "[2016-Q4,3,suspect,S5,1]",
            "[2016-Q4,4,child,D,1]", "[2016-Q4,4,place,E531250-N104250-250m,1]");
  }

  @Test
  void summaryCountsGroupsAndPeopleLinkedToSeveral() {
    // 4 groups; children A, B, C, E, D; suspects S1-S6. A (S1, S2) and C (S3, S1) have 2 suspects; S1 (A, C)
    // and S2 (A, B) have 2 children. Group 1 spans 3 authorities. Cohort A, C, D, F: A and C are in group 1,
    // which has 3 suspects: 2 of 4, 50%. Repeat victims: A (N1 and N8) in the 12 months; none in the quarter
    // (A's N8 only; B's N7 is in 2017). No group grew; groups 3 and 4 are new.
    assertThat(NetworkStatistics.summary(network).collectAsList()).extracting(Row::toString)
        .containsExactly("[2016-Q4,ALL,4,5,6,2,2,1,4,2,50.0,1,0,0,2]");
  }

  @Test
  void sizeBandsListEveryBand() {
    assertThat(NetworkStatistics.sizes(network).collectAsList()).extracting(Row::toString).containsExactlyInAnyOrder(
        "[2016-Q4,ALL,1,1,1,0]",
        "[2016-Q4,ALL,2,2,1,3]",
        "[2016-Q4,ALL,3_to_5,0,0,0]",
        "[2016-Q4,ALL,6_to_10,1,3,3]",
        "[2016-Q4,ALL,11_or_more,0,0,0]");
  }

  @Test
  void withoutTheIncidentsExtractEveryNetworkCountIsNotAvailableNotZero(SparkSession spark) {
    // No incidents file: nobody is linked, and a 0 would tell a board there are no groups. Only the cohort
    // (A, C, D, F: 4 children) is still counted; every other count is null (published x).
    Network none = network(spark, INCIDENTS.lines().findFirst().orElseThrow() + "\n",
        SUSPECTS.lines().findFirst().orElseThrow() + "\n", MISSING, "A", "C", "D", "F");
    try {
      assertThat(NetworkStatistics.summary(none, false, false).collectAsList()).extracting(Row::toString)
          .containsExactly("[2016-Q4,ALL,null,null,null,null,null,null,4,null,null,null,null,null,null]");
      assertThat(NetworkStatistics.sizes(none, false, false).collectAsList()).extracting(Row::toString)
          .containsExactlyInAnyOrder("[2016-Q4,ALL,1,null,null,null]", "[2016-Q4,ALL,2,null,null,null]",
              "[2016-Q4,ALL,3_to_5,null,null,null]", "[2016-Q4,ALL,6_to_10,null,null,null]",
              "[2016-Q4,ALL,11_or_more,null,null,null]");
    } finally {
      none.release();
    }
  }

  @Test
  void withoutTheSuspectsExtractOnlyTheVictimsAndRepeatVictimsAreCounted(SparkSession spark) {
    // The incidents alone: the children linked as victims in the 12 months are A, B, C, D, E (5); A is the victim of
    // N1 and N8 (a repeat victim of the 12 months), nobody of 2 in the quarter (0); cohort A, C, D, F (4). Who is
    // linked to whom needs the suspects: groups, suspects, the counts of several links, the groups across
    // authorities, the organised-exploitation indicator and growth are null (x), as is every size band.
    Network victims = network(spark, INCIDENTS, SUSPECTS.lines().findFirst().orElseThrow() + "\n", MISSING,
        "A", "C", "D", "F");
    try {
      assertThat(NetworkStatistics.summary(victims, true, false).collectAsList()).extracting(Row::toString)
          .containsExactly("[2016-Q4,ALL,null,5,null,null,null,null,4,null,null,1,0,null,null]");
      assertThat(NetworkStatistics.sizes(victims, true, false).collectAsList()).extracting(Row::toString)
          .allMatch(r -> r.endsWith(",null,null,null]")).hasSize(5);
    } finally {
      victims.release();
    }
    // Both supplied: the counts are those of the summary above.
    assertThat(NetworkStatistics.summary(network, true, true).collectAsList()).extracting(Row::toString)
        .containsExactly("[2016-Q4,ALL,4,5,6,2,2,1,4,2,50.0,1,0,0,2]");
  }

  @Test
  void theGroupOfOneChildWithEveryLinkAsGraphMlAndForI2(SparkSession spark) {
    OutputLayout layout = new OutputLayout(output.toString());
    network.members().write().partitionBy("period").parquet(layout.restrictedTable(TableNames.NETWORK_MEMBERS).toString());
    network.linksTable().write().partitionBy("period").parquet(layout.restrictedTable(TableNames.NETWORK_LINKS).toString());

    Investigation group = Investigation.find(spark, layout, Network.CHILD, "B", null).orElseThrow();

    assertThat(group.period()).isEqualTo("2016-Q4");
    assertThat(group.groupId()).isEqualTo(1);
    assertThat(group.members()).extracting(m -> m.type() + ":" + m.id() + ":" + m.links()).containsExactly(
        "child:A:2", "child:B:1", "child:C:1", "place:E531250-N104250-250m:2", "place:E581750-N109250-250m:1",
        "place:E600000-N100000-250m:1", "suspect:S1:3", "suspect:S2:2", "suspect:S3:1");
    assertThat(group.links()).extracting(l -> l.eventDate() + " " + l.linkType() + " " + l.eventId() + " "
        + l.memberType() + ":" + l.memberId() + " " + l.place() + " " + l.laCode()).containsExactly(
        "2016-03-01 incident N1 child:A E531250-N104250-250m E06000043",
        "2016-03-01 incident N1 suspect:S1 E531250-N104250-250m E06000043",
        "2016-03-01 incident N1 suspect:S2 E531250-N104250-250m E06000043",
        "2016-05-01 found null child:A E531250-N104250-250m E06000043",
        "2016-06-10 incident N2 child:B E581750-N109250-250m E10000011",
        "2016-06-10 incident N2 suspect:S2 E581750-N109250-250m E10000011",
        "2016-08-01 found null child:B E600000-N100000-250m E10000011",
        "2016-09-01 incident N3 child:C null E10000011",
        "2016-09-01 incident N3 suspect:S1 null E10000011",
        "2016-09-01 incident N3 suspect:S3 null E10000011",
        "2016-10-01 incident N8 child:A null E10000032",
        "2016-10-01 incident N8 suspect:S1 null E10000032");
    // 9 members and the incidents N1, N2, N3, N8; N1: A, S1, S2 and its place; A found; N2: B, S2, place; B found;
    // N3: C, S1, S3; N8: A, S1.
    String xml = group.graphMl();
    assertThat(xml.split("<node ", -1)).hasSize(13 + 1);
    assertThat(xml.split("<edge ", -1)).hasSize(14 + 1);
    assertThat(xml).contains("<edge source=\"child:A\" target=\"place:E531250-N104250-250m\"><data key=\"link_type\">"
        + "found</data><data key=\"date\">2016-05-01</data><data key=\"la_code\">E06000043</data></edge>");

    // i2: A and S1 share N1 (1 Mar, BH) and N8 (1 Oct, WS); every other pair one incident. Places: N1's cell
    // (A, S1, S2), N2's (B, S2); A found in N1's cell on 1 May, B elsewhere on 1 Aug. N3 and N8 have no place.
    assertThat(group.i2Csv()).isEqualTo("""
        end1_type,end1_identity,end1_label,end2_type,end2_identity,end2_label,link_type,first_date,last_date,count,\
        authorities,incidents
        child,child:A,A,suspect,suspect:S1,S1,victim_suspect,2016-03-01,2016-10-01,2,E06000043;E10000032,N1;N8
        child,child:A,A,suspect,suspect:S2,S2,victim_suspect,2016-03-01,2016-03-01,1,E06000043,N1
        child,child:B,B,suspect,suspect:S2,S2,victim_suspect,2016-06-10,2016-06-10,1,E10000011,N2
        child,child:C,C,suspect,suspect:S1,S1,victim_suspect,2016-09-01,2016-09-01,1,E10000011,N3
        child,child:C,C,suspect,suspect:S3,S3,victim_suspect,2016-09-01,2016-09-01,1,E10000011,N3
        suspect,suspect:S1,S1,suspect,suspect:S2,S2,co_offenders,2016-03-01,2016-03-01,1,E06000043,N1
        suspect,suspect:S1,S1,suspect,suspect:S3,S3,co_offenders,2016-09-01,2016-09-01,1,E10000011,N3
        child,child:A,A,place,place:E531250-N104250-250m,E531250-N104250-250m,at_place,2016-03-01,2016-03-01,1,\
        E06000043,N1
        child,child:B,B,place,place:E581750-N109250-250m,E581750-N109250-250m,at_place,2016-06-10,2016-06-10,1,\
        E10000011,N2
        suspect,suspect:S1,S1,place,place:E531250-N104250-250m,E531250-N104250-250m,at_place,2016-03-01,2016-03-01,\
        1,E06000043,N1
        suspect,suspect:S2,S2,place,place:E531250-N104250-250m,E531250-N104250-250m,at_place,2016-03-01,2016-03-01,\
        1,E06000043,N1
        suspect,suspect:S2,S2,place,place:E581750-N109250-250m,E581750-N109250-250m,at_place,2016-06-10,2016-06-10,\
        1,E10000011,N2
        child,child:A,A,place,place:E531250-N104250-250m,E531250-N104250-250m,found_at,2016-05-01,2016-05-01,1,\
        E06000043,
        child,child:B,B,place,place:E600000-N100000-250m,E600000-N100000-250m,found_at,2016-08-01,2016-08-01,1,\
        E10000011,
        """);

    assertThat(Investigation.find(spark, layout, Network.SUSPECT, "S9", null)).isEqualTo(Optional.empty());
  }
}
