package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.InputException;
import org.cseprofile.period.Period;
import org.cseprofile.profile.MissingOverlaps;
import org.cseprofile.profile.ProfileSettings;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.testing.SampleRun;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What a report redrawn from published tables says of its run: read from the run's manifest. */
@ExtendWith(SparkExtension.class)
class BoardReportStepTest {
  static final Period Q4 = Period.parseQuarter("2016-Q4");
  static final LocalDate DAY = LocalDate.of(2017, 3, 1);

  @TempDir
  Path root;

  final Configuration hadoop = new Configuration();

  @Test
  void thePolicyWordingComesFromTheDisclosurePolicy() {
    assertThat(BoardReportStep.wording(org.cseprofile.disclosure.DisclosurePolicy.PARTNERSHIP))
        .isEqualTo("counts 1 to 4 withheld, others exact");
    assertThat(BoardReportStep.wording(org.cseprofile.disclosure.DisclosurePolicy.PUBLIC))
        .isEqualTo("counts 1 to 7 withheld, others rounded to the nearest 5");
  }

  @Test
  void factsComeFromTheManifestOfTheRun() throws IOException {
    OutputLayout layout = manifest("""
        {"filters": {"description": "gender F", "gender": "F"},
         "settings": {"repeat_missing": {"episodes": 4, "days": 60}}}""");
    assertThat(BoardReportStep.facts(hadoop, layout, Q4, DAY))
        .isEqualTo(new ReportFacts(DAY, "gender F", new ProfileSettings(4, 60, MissingOverlaps.KEEP)));

    OutputLayout standard = manifest("""
        {"filters": {"description": "none (standard profile)"},
         "settings": {"repeat_missing": {"episodes": 3, "days": 90}}}""");
    // manifests written before the missing-overlaps choice existed: their runs kept every episode as recorded
    assertThat(BoardReportStep.facts(hadoop, standard, Q4, DAY))
        .isEqualTo(new ReportFacts(DAY, null, new ProfileSettings(3, 90, MissingOverlaps.KEEP)));
  }

  @Test
  void withoutAUsableManifestNoReportIsDrawn() throws IOException {
    OutputLayout none = new OutputLayout(root.resolve("none").toString());
    assertThatThrownBy(() -> BoardReportStep.facts(hadoop, none, Q4, DAY)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("no manifest for 2016-Q4 in " + root.resolve("none"))
        .hasMessageEndingWith("run cse-profile run for that period first");

    OutputLayout old = manifest("""
        {"filters": {"description": "none (standard profile)"}}""");
    assertThatThrownBy(() -> BoardReportStep.facts(hadoop, old, Q4, DAY)).isInstanceOf(InputException.class)
        .hasMessageContaining("has no filters/description or settings/repeat_missing");

    OutputLayout broken = manifest("{\"filters\": ");
    assertThatThrownBy(() -> BoardReportStep.facts(hadoop, broken, Q4, DAY)).isInstanceOf(InputException.class)
        .hasMessageEndingWith("it is not valid JSON");
  }

  @Test
  void theReportStatesTheRepeatMissingRuleTheRunUsed(SparkSession spark) throws IOException {
    SampleRun.result(spark);
    List<PublishedTable> tables = BoardReportStep.read(hadoop, new OutputLayout(SampleRun.output(spark).toString()), Q4);
    OutputLayout copy = new OutputLayout(root.resolve("copy").toString());
    BoardReportStep.write(hadoop, copy, Q4, tables, new ReportFacts(DAY, null, new ProfileSettings(4, 60)));

    try (PDDocument pdf = Loader.loadPDF(root.resolve("copy/published/2016-Q4/report.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("A child is repeatedly missing with 4 or more episodes starting within 60 days.")
          .doesNotContain("3 or more episodes").doesNotContain("Ad hoc run");
    }
  }

  private OutputLayout manifest(String json) throws IOException {
    Path folder = Files.createTempDirectory(root, "out");
    OutputLayout layout = new OutputLayout(folder.toString());
    Path file = Path.of(layout.manifest(Q4.label()).toString());
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
    return layout;
  }
}
