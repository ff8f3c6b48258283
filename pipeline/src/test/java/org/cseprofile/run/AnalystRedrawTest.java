package org.cseprofile.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.InputException;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.testing.SampleRun;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --narrative}: the sample's narrative redrawn into the sample run's report without rerunning. */
@ExtendWith(SparkExtension.class)
class AnalystRedrawTest {
  static final Path NARRATIVE = SampleRun.SAMPLE.resolve("reference/narrative.md");
  static final Path COMPARATORS = SampleRun.SAMPLE.resolve("reference/comparators-synthetic.csv");

  @TempDir
  Path root;

  final Configuration hadoop = new Configuration();

  @Test
  void theSampleNarrativesNumbersAreThePublishedTablesAndItsDigestIsInTheManifest(SparkSession spark)
      throws IOException {
    Path out = copyOfTheSampleRun(spark);
    List<String> notices = new ArrayList<>();
    ReportRedraw.redraw(hadoop, new OutputLayout(out.toString()), SampleRun.PERIOD, LocalDate.of(2017, 3, 1),
        new AnalystFiles(NARRATIVE.toString(), COMPARATORS.toString(), AnalystFiles.TypedNumbers.REFUSE), notices::add);

    Map<String, PublishedTable> tables = BoardReportStep.read(hadoop, new OutputLayout(out.toString()),
        SampleRun.PERIOD).stream().collect(Collectors.toMap(PublishedTable::name, t -> t));
    String html = Files.readString(out.resolve("published/2016-Q4/report.html"));
    assertThat(html).contains("The partnership had " + printed(tables, "cohort", "children_open", "ALL")
        + " children open to CSE concern this quarter, against "
        + printed(tables, "cohort_trend", "children_open", "2015-Q1", "ALL") + " two years earlier.");
    assertThat(html).contains("Girls (" + printed(tables, "cohort_breakdown", "children", "ALL", "gender", "F")
        + ", with the few children whose gender is not known) far outnumber boys ("
        + printed(tables, "cohort_breakdown", "children", "ALL", "gender", "M") + ").");
    // Shown since issue 21 (the cheapest other table): 213 girls and 42 boys in the sample's 2016-Q4.
    assertThat(printed(tables, "cohort_breakdown", "children", "ALL", "gender", "M")).isEqualTo("42");
    assertThat(html).contains("<h2 id=\"recommendations\">Recommendations</h2>");
    assertThat(html).contains("<h2 id=\"comparison-with-other-areas\">Comparison with other areas</h2>");
    assertThat(html).contains("England (SYNTHETIC)");
    JsonNode analyst = new ObjectMapper().readTree(out.resolve("runs/2016-Q4/manifest.json").toFile()).path("analyst");
    assertThat(analyst.at("/narrative/sha256").asText())
        .isEqualTo(RunManifest.sha256(new org.apache.hadoop.fs.Path(NARRATIVE.toString()), hadoop));
    assertThat(analyst.at("/comparators/path").asText()).isEqualTo(COMPARATORS.toString());
    assertThat(notices).isEmpty();
  }

  @Test
  void aTypedSmallNumberIsAWarningOrUnderStrictARefusal(SparkSession spark) throws IOException {
    Path out = copyOfTheSampleRun(spark);
    Path narrative = root.resolve("typed.md");
    Files.writeString(narrative, "## Conclusions\nOnly 3 boys.\n");
    List<String> notices = new ArrayList<>();
    ReportRedraw.redraw(hadoop, new OutputLayout(out.toString()), SampleRun.PERIOD, LocalDate.of(2017, 3, 1),
        new AnalystFiles(narrative.toString(), null, AnalystFiles.TypedNumbers.WARN), notices::add);
    assertThat(notices).containsExactly("the narrative " + narrative + ", line 2, column 6: a number from 1 to 4 is "
        + "typed in the narrative; write a reference to a published figure instead, so that disclosure control "
        + "decides whether it is shown");
    byte[] before = Files.readAllBytes(out.resolve("published/2016-Q4/report.pdf"));
    assertThatThrownBy(() -> ReportRedraw.redraw(hadoop, new OutputLayout(out.toString()), SampleRun.PERIOD,
        LocalDate.of(2017, 3, 1), new AnalystFiles(narrative.toString(), null, AnalystFiles.TypedNumbers.REFUSE),
        n -> {})).isInstanceOf(InputException.class).hasMessageEndingWith("(refused under --strict)");
    assertThat(Files.readAllBytes(out.resolve("published/2016-Q4/report.pdf"))).isEqualTo(before);
  }

  @Test
  void anUnknownReferenceIsRefusedNamingFileLineAndReference(SparkSession spark) throws IOException {
    Path out = copyOfTheSampleRun(spark);
    Path narrative = root.resolve("unknown.md");
    Files.writeString(narrative, "## Conclusions\n\nSee {cohort.children_open:E99999999}.\n");
    assertThatThrownBy(() -> ReportRedraw.redraw(hadoop, new OutputLayout(out.toString()), SampleRun.PERIOD,
        LocalDate.of(2017, 3, 1), new AnalystFiles(narrative.toString(), null, AnalystFiles.TypedNumbers.WARN),
        n -> {})).isInstanceOf(InputException.class).hasMessage("the narrative " + narrative + ", line 3: reference "
            + "{cohort.children_open:E99999999}: table cohort has no such row (its key is la_code)");
  }

  private static String printed(Map<String, PublishedTable> tables, String table, String measure, String... key) {
    PublishedTable t = tables.get(table);
    return ReportTables.format(t.cell(measure, key), t.kind(measure));
  }

  private Path copyOfTheSampleRun(SparkSession spark) throws IOException {
    Path out = Files.createTempDirectory(root, "out");
    Path sample = SampleRun.output(spark);
    try (Stream<Path> all = Files.walk(sample)) {
      for (Path p : all.filter(p -> !p.equals(sample) && !p.getFileName().toString().equals(".cse-profile-lock"))
          .toList()) {
        Files.copy(p, out.resolve(sample.relativize(p).toString()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return out;
  }
}
