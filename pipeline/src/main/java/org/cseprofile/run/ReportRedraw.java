package org.cseprofile.run;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.period.Period;
import org.cseprofile.reports.chart.MapBackground;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.table.StagedOutput;

/**
 * {@code cse-profile report}: redraws a period's charts and board report from its published tables as a run
 * publishes, under the output folder's lock, staged and renamed into place with its manifest updated, owner-only.
 */
public final class ReportRedraw {
  private ReportRedraw() {}

  /** What was redrawn: the published tables it was drawn from and the files written (final locations). */
  public record Result(List<PublishedTable> tables, List<String> files) {
    public Result {
      tables = List.copyOf(tables);
      files = List.copyOf(files);
    }
  }

  /** Redraws the charts and report of {@code period} in {@code target}; {@code notices} hears what was cleaned up. */
  public static Result redraw(Configuration hadoop, OutputLayout target, Period period, LocalDate produced,
      Consumer<String> notices) {
    return redraw(hadoop, target, period, produced, AnalystFiles.NONE, notices);
  }

  /**
   * The same with the analyst's narrative and comparators ({@code analyst}); a typed small number in the narrative
   * is a warning to {@code notices} (or a refusal under {@code --strict}), and the manifest records the files used.
   */
  public static Result redraw(Configuration hadoop, OutputLayout target, Period period, LocalDate produced,
      AnalystFiles analyst, Consumer<String> notices) {
    String label = period.label();
    try (StagedOutput staged = StagedOutput.open(target, hadoop, RunManifest.newRunId(Instant.now()), notices)) {
      // Read under the lock: a run cannot publish new tables while the report is drawn from the old ones.
      List<PublishedTable> tables = BoardReportStep.read(hadoop, target, period);
      int largestSuppressed = DisclosurePolicy.named(tables.get(0).policy()).largestSuppressed();
      ReportFacts facts = BoardReportStep.facts(hadoop, target, period, produced)
          .withAnalyst(analyst.read(hadoop, largestSuppressed, notices));
      MapBackground maps = BoardReportStep.maps(hadoop, target, period);
      String published = "published/" + label;
      List<String> files = new ArrayList<>(staged.stageCopy(published,
          f -> f.startsWith(published + "/charts/") || f.startsWith(published + "/report.")));
      List<String> drawn = analyst.drawing(() -> BoardReportStep.write(hadoop, staged.layout(), period, tables, facts,
          maps));
      files.addAll(drawn);
      staged.stageCopy("runs/" + label, f -> false);
      RunManifest.refreshFiles(hadoop, staged.layout().manifest(label), staged.layout().root(), files);
      RunManifest.recordAnalyst(hadoop, staged.layout().manifest(label), analyst.manifest(hadoop));
      staged.publishStagedUnits(label);
      return new Result(tables, drawn.stream().map(staged::finalLocation).toList());
    }
  }
}
