package org.cseprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.testing.SampleRun;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code cse-profile network} over the bundled sample's run: one child's group, as sample-data/ground-truth.json lists it. */
@ExtendWith(SparkExtension.class)
class NetworkCommandTest {
  @TempDir
  static Path work;

  @Test
  void printsTheGroupOfAChildAndWritesItAsGraphMl(SparkSession spark) throws IOException {
    String output = SampleRun.output(spark).toString();
    Path graphml = work.resolve("group.graphml");

    // Group 2 of 2016-Q4 in the ground truth: children 3ebda7514b7951cb and 94255e3d543b6a26, suspects
    // S1cbb835fdbecc03f and Sa77d6d015a5611f6, 6 incidents.
    CliTest.Result run = CliTest.cli("network", "--output", output, "--child", "94255e3d543b6a26", "--graphml",
        graphml.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("Group 2 of 2016-Q4: 2 children, 2 suspects, ")
        .contains("child    3ebda7514b7951cb", "suspect  S1cbb835fdbecc03f", "suspect  Sa77d6d015a5611f6");
    assertThat(run.err()).contains("RESTRICTED");
    assertThat(Files.readString(graphml)).startsWith("<?xml").contains("<node id=\"suspect:Sa77d6d015a5611f6\">");
  }

  @Test
  void exportsTheGroupForI2OwnerOnly(SparkSession spark) throws IOException {
    Path csv = work.resolve("group-i2.csv");

    CliTest.Result run = CliTest.cli("network", "--output", SampleRun.output(spark).toString(), "--child",
        "94255e3d543b6a26", "--export", "i2", "--to", csv.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("i2 CSV: " + csv);
    assertThat(Files.readString(csv)).startsWith("end1_type,end1_identity,end1_label,end2_type,end2_identity,"
        + "end2_label,link_type,first_date,last_date,count,authorities,incidents\n")
        .contains("child,child:94255e3d543b6a26,94255e3d543b6a26,suspect,suspect:");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo("rw-------");
  }

  @Test
  void refusesAnExportIntoThePublishedFolderOrWithoutAFile(SparkSession spark) {
    String output = SampleRun.output(spark).toString();
    Path published = Path.of(output, "published", "2016-Q4", "group.csv");

    CliTest.Result intoPublished = CliTest.cli("network", "--output", output, "--child", "94255e3d543b6a26",
        "--export", "i2", "--to", published.toString());
    CliTest.Result noFile = CliTest.cli("network", "--output", output, "--child", "94255e3d543b6a26", "--export", "i2");

    assertThat(intoPublished.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(intoPublished.err()).contains("published/").doesNotContain("94255e3d543b6a26");
    assertThat(published).doesNotExist();
    assertThat(noFile.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(noFile.err()).contains("--export and --to go together");
  }

  @Test
  void saysSoWithoutRepeatingTheIdWhenNoGroupHoldsThePerson(SparkSession spark) {
    CliTest.Result run = CliTest.cli("network", "--output", SampleRun.output(spark).toString(), "--suspect",
        "Snot-a-suspect");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
    assertThat(run.err()).contains("no group of the network holds the suspect given").doesNotContain("Snot-a-suspect");
  }
}
