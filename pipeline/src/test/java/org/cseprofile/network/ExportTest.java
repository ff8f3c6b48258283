package org.cseprofile.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A group's i2 CSV in the cases the Spark fixture lacks, and the export file: owner-only, replaced, never published. */
class ExportTest {
  @TempDir
  Path work;

  static Investigation.Link incident(String id, String date, String type, String member, String place) {
    return new Investigation.Link(Network.INCIDENT, id, LocalDate.parse(date), "E06000043", type, member, place);
  }

  @Test
  void aPersonWithNoOtherLinkIsARowOfTheirOwnAndFieldsWithCommasAreQuoted() {
    // X is the victim of I1 and I3, with no suspect and no place: one "alone" row for both incidents. Y and S
    // share incident "I,2" (a comma in an id: quoted).
    Investigation group = new Investigation("2016-Q4", 7, List.of(
        new Investigation.Member(Network.CHILD, "X", 2), new Investigation.Member(Network.CHILD, "Y", 1),
        new Investigation.Member(Network.SUSPECT, "S", 1)), List.of(
        incident("I1", "2016-10-02", Network.CHILD, "X", null),
        incident("I3", "2016-11-05", Network.CHILD, "X", null),
        incident("I,2", "2016-10-03", Network.CHILD, "Y", null),
        incident("I,2", "2016-10-03", Network.SUSPECT, "S", null)));

    assertThat(group.i2Csv()).isEqualTo("""
        end1_type,end1_identity,end1_label,end2_type,end2_identity,end2_label,link_type,first_date,last_date,count,\
        authorities,incidents
        child,child:Y,Y,suspect,suspect:S,S,victim_suspect,2016-10-03,2016-10-03,1,E06000043,"I,2"
        child,child:X,X,,,,alone,2016-10-02,2016-11-05,2,E06000043,I1;I3
        """);
  }

  @Test
  void theFileIsOwnerOnlyAndReplacedWhole() throws IOException {
    Path file = work.resolve("group.csv");
    Files.writeString(file, "an older, longer export\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    ExportFile.write(file, "a,b\n");

    assertThat(Files.readString(file)).isEqualTo("a,b\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    try (var files = Files.list(work)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aFileUnderTheOutputFoldersPublishedIsRecognised() throws IOException {
    Path output = Files.createDirectories(work.resolve("out"));
    Files.createDirectories(output.resolve("published/2016-Q4"));
    Files.createSymbolicLink(work.resolve("shortcut"), output.resolve("published"));

    assertThat(ExportFile.isPublished(output.resolve("published/2016-Q4/group.csv"), output.toString())).isTrue();
    assertThat(ExportFile.isPublished(output.resolve("published/2017-Q1/new/group.csv"), output.toString())).isTrue();
    assertThat(ExportFile.isPublished(output.resolve("restricted/../published/group.csv"), output.toString())).isTrue();
    assertThat(ExportFile.isPublished(work.resolve("shortcut/group.csv"), output.toString())).isTrue();
    assertThat(ExportFile.isPublished(output.resolve("restricted/group.csv"), output.toString())).isFalse();
    assertThat(ExportFile.isPublished(work.resolve("group.csv"), output.toString())).isFalse();
  }
}
