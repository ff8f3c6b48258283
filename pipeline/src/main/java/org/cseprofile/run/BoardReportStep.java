package org.cseprofile.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.geography.MapAreas;
import org.cseprofile.ingest.InputException;
import org.cseprofile.ingest.LocalAuthorities;
import org.cseprofile.period.Period;
import org.cseprofile.ingest.EducationExtract;
import org.cseprofile.ingest.HealthExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.SuspectsExtract;
import org.cseprofile.profile.MissingOverlaps;
import org.cseprofile.profile.ProfileSettings;
import org.cseprofile.reports.chart.AgeGenderPyramid;
import org.cseprofile.reports.chart.ChartNote;
import org.cseprofile.reports.chart.ChartStyle;
import org.cseprofile.reports.chart.MapBackground;
import org.cseprofile.reports.chart.ProfileCharts;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.BoardReport;
import org.cseprofile.reports.report.ChartPdf;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.table.Columns;
import org.cseprofile.table.OutputFiles;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.table.PublishedFiles;
import org.cseprofile.table.TableNames;
import org.jfree.chart.JFreeChart;

/**
 * Renders the charts (PNG and vector PDF) and the board report (PDF and HTML) of a period from its published
 * tables, and nothing else: the run calls it after disclosure control, and {@code cse-profile
 * report} calls it on the published tables already on disk. No Spark.
 */
public final class BoardReportStep {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** Each published chart: its file name (without extension) and how it is drawn. */
  private record ChartSpec(String file, String table, Function<PublishedTable, JFreeChart> draw) {}

  private BoardReportStep() {}

  /**
   * Writes the charts, {@code report.pdf} and {@code report.html} of {@code period} under {@code layout}, and leaves
   * no bookkeeping file in its published folder; returns the files written.
   */
  public static List<String> write(Configuration hadoop, OutputLayout layout, Period period, List<PublishedTable> tables,
      ReportFacts facts) {
    return write(hadoop, layout, period, tables, facts, maps(hadoop, layout, period));
  }

  /** The same, with the maps drawn on {@code maps} (the boundaries a run wrote, perhaps in another folder). */
  public static List<String> write(Configuration hadoop, OutputLayout layout, Period period, List<PublishedTable> tables,
      ReportFacts facts, MapBackground maps) {
    Map<String, PublishedTable> byName = new LinkedHashMap<>();
    tables.forEach(t -> byName.put(t.name(), t));
    ReportContent content = content(period, byName, facts, maps);
    ChartNote note = content.note();
    List<ChartSpec> charts = List.of(
        new ChartSpec("age-gender-pyramid", TableNames.AGE_BY_GENDER,
            t -> AgeGenderPyramid.create(t, Columns.PARTNERSHIP, "Partnership", note)),
        new ChartSpec("cohort-trend", TableNames.COHORT_TREND, t -> ProfileCharts.cohortTrend(t, note)),
        new ChartSpec("vulnerabilities", TableNames.VULNERABILITIES, t -> ProfileCharts.vulnerabilities(t, note)),
        new ChartSpec("missing-duration", TableNames.MISSING_BREAKDOWN, t -> ProfileCharts.missingDuration(t, note)),
        new ChartSpec("repeat-missing-trend", TableNames.MISSING_TREND, t -> ProfileCharts.repeatMissingTrend(t, note)),
        new ChartSpec("incidents-by-contact", TableNames.INCIDENTS_BREAKDOWN,
            t -> ProfileCharts.incidents(t, "contact_type", note)),
        new ChartSpec("incidents-by-place", TableNames.INCIDENTS_BREAKDOWN,
            t -> ProfileCharts.incidents(t, "place_type", note)),
        new ChartSpec("suspects-by-age-gender", TableNames.PERPETRATORS_BREAKDOWN,
            t -> ProfileCharts.perpetrators(t, note)),
        new ChartSpec("map-incidents", TableNames.HOTSPOT_GRID, t -> ProfileCharts.incidentMap(t, note, maps)),
        new ChartSpec("map-found", TableNames.HOTSPOT_GRID, t -> ProfileCharts.foundMap(t, note, maps)),
        new ChartSpec("rates", TableNames.RATES, t -> ProfileCharts.rates(t, content.areaNames(), note)));
    List<String> files = new ArrayList<>();
    for (ChartSpec spec : charts) {
      PublishedTable table = byName.get(spec.table());
      if (table == null) {
        continue;
      }
      JFreeChart chart = spec.draw().apply(table);
      if (chart == null) {
        continue; // nothing to draw, for example no located incident
      }
      Path png = layout.chart(period.label(), spec.file() + ".png");
      Path pdf = layout.chart(period.label(), spec.file() + ".pdf");
      OutputFiles.write(hadoop, png, ChartStyle.png(chart));
      OutputFiles.write(hadoop, pdf, ChartPdf.pdf(spec.draw().apply(table), content));
      files.add(png.toString());
      files.add(pdf.toString());
    }
    Path report = layout.report(period.label());
    Path html = new Path(report.getParent(), "report.html");
    BoardReport.Outputs outputs = BoardReport.outputs(content);
    OutputFiles.write(hadoop, report, outputs.pdf());
    OutputFiles.write(hadoop, html, outputs.html().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    files.add(report.toString());
    files.add(html.toString());
    PublishedFiles.removeBookkeeping(hadoop, layout.published(period.label()));
    return files;
  }

  /** The published tables of a period as written by a run (every {@code tables/*.parquet}). */
  public static List<PublishedTable> read(Configuration hadoop, OutputLayout layout, Period period) {
    Path folder = layout.publishedTables(period.label());
    try {
      FileSystem fs = folder.getFileSystem(hadoop);
      if (!fs.exists(folder)) {
        throw new InputException("no published tables for " + period.label() + " in " + layout.root()
            + " (expected " + folder + "); run cse-profile run for that period first");
      }
      List<PublishedTable> tables = new ArrayList<>();
      for (FileStatus file : fs.listStatus(folder)) {
        if (file.getPath().getName().endsWith(".parquet")) {
          tables.add(PublishedFiles.readParquet(hadoop, file.getPath()));
        }
      }
      if (tables.isEmpty()) {
        throw new InputException("no published tables in " + folder);
      }
      return tables;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + folder, e);
    }
  }

  /**
   * What the run that wrote the published tables of {@code period} recorded in its manifest: its ad hoc
   * filters and repeat-missing rule, so a report redrawn later says the same as the run's own. Without
   * the manifest the report is not drawn: it could present a filtered profile as the standard one.
   */
  public static ReportFacts facts(Configuration hadoop, OutputLayout layout, Period period, LocalDate produced) {
    Path manifest = layout.manifest(period.label());
    JsonNode m;
    try {
      FileSystem fs = manifest.getFileSystem(hadoop);
      if (!fs.exists(manifest)) {
        throw new InputException("no manifest for " + period.label() + " in " + layout.root() + " (expected "
            + manifest + "): the report says which filters and settings its run used, so it is drawn only from "
            + "the output of a complete run; run cse-profile run for that period first");
      }
      try (InputStream in = fs.open(manifest)) {
        m = new ObjectMapper().readTree(in);
      }
    } catch (IOException e) {
      throw new InputException("cannot read the manifest " + manifest + ": it is not valid JSON");
    }
    JsonNode description = m.at("/filters/description");
    JsonNode episodes = m.at("/settings/repeat_missing/episodes");
    JsonNode days = m.at("/settings/repeat_missing/days");
    for (JsonNode field : List.of(description, episodes, days)) {
      if (field.isMissingNode()) {
        throw new InputException("the manifest " + manifest + " has no filters/description or settings/repeat_missing "
            + "(written by an older version?): run cse-profile run for " + period.label() + " again");
      }
    }
    String filters = description.asText().equals(RunFilters.NONE.description()) ? null : description.asText();
    JsonNode overlaps = m.at("/settings/missing_overlaps");
    // A manifest written before the choice existed: its run kept every episode as recorded.
    MissingOverlaps merged = overlaps.isMissingNode() ? MissingOverlaps.KEEP : MissingOverlaps.of(overlaps.asText());
    return new ReportFacts(produced, filters, new ProfileSettings(episodes.asInt(), days.asInt(), merged));
  }

  /**
   * The boundaries and study region the run wrote beside its tables ({@link MapAreas#FILE}); none when the run had no
   * such file (an earlier version), then the maps say so.
   */
  public static MapBackground maps(Configuration hadoop, OutputLayout layout, Period period) {
    Path file = new Path(layout.published(period.label()), MapAreas.FILE);
    try {
      FileSystem fs = file.getFileSystem(hadoop);
      if (!fs.exists(file)) {
        return MapBackground.NONE;
      }
      try (InputStream in = fs.open(file)) {
        return MapAreas.fromGeoJson(in.readAllBytes(), file.toString());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file, e);
    }
  }

  /** What {@code policy} does to counts, in the report's words: "counts 1 to 4 withheld, others exact". */
  static String wording(DisclosurePolicy policy) {
    String withheld = policy.largestSuppressed() == 0 ? "no count withheld"
        : "counts 1 to " + policy.largestSuppressed() + " withheld";
    return withheld + (policy.roundingBase() == 1 ? ", others exact" : ", others rounded to the nearest "
        + policy.roundingBase());
  }

  static ReportContent content(Period period, Map<String, PublishedTable> tables, ReportFacts facts) {
    return content(period, tables, facts, MapBackground.NONE);
  }

  static ReportContent content(Period period, Map<String, PublishedTable> tables, ReportFacts facts,
      MapBackground maps) {
    PublishedTable any = tables.values().iterator().next();
    Map<String, String> areas = new LinkedHashMap<>();
    areas.put(Columns.PARTNERSHIP, "Partnership");
    PublishedTable cohort = tables.get(TableNames.COHORT);
    if (cohort != null) {
      for (var row : cohort.rows()) {
        String code = row.dimensions().get(cohort.dimension(Columns.LA_CODE));
        if (!code.equals(Columns.PARTNERSHIP)) {
          areas.put(code, LocalAuthorities.known(code) ? LocalAuthorities.name(code) : code);
        }
      }
    }
    DisclosurePolicy policy = DisclosurePolicy.named(any.policy());
    String dates = period.start().format(DAY) + " to " + period.end().format(DAY);
    return new ReportContent(period.label(), dates, areas, any.policy(), policy.protectiveMarking(), wording(policy),
        facts.filters(),
        facts.profile().repeatEpisodes(), facts.profile().repeatDays(), facts.profile().missingOverlaps().id(),
        facts.produced().format(DAY),
        source(tables.get(TableNames.INPUT_FILES)), tables, maps, facts.analyst());
  }

  /**
   * The source line under every chart, naming only the agencies whose extracts the run read rows from (a file
   * with rows read, shown or withheld, in {@code input_files}); all of them when the table is not there.
   */
  static String source(PublishedTable inputFiles) {
    if (inputFiles == null) {
      return ProfileRun.SOURCE;
    }
    java.util.Set<String> read = new java.util.HashSet<>();
    int rowsRead = inputFiles.measure(Columns.ROWS_READ);
    int extract = inputFiles.dimension(Columns.EXTRACT);
    for (var row : inputFiles.rows()) {
      var cell = row.cells().get(rowsRead);
      if (!cell.isShown() || cell.valueOrZero() > 0) {
        read.add(row.dimensions().get(extract));
      }
    }
    List<String> agencies = new ArrayList<>(List.of("children's social care"));
    if (read.contains(IncidentsExtract.NAME) || read.contains(SuspectsExtract.NAME)) {
      agencies.add("police");
    }
    if (read.contains(HealthExtract.NAME)) {
      agencies.add("health");
    }
    if (read.contains(EducationExtract.NAME)) {
      agencies.add("education");
    }
    return "cse-profile, partnership CSE problem profile (" + String.join(", ", agencies)
        + (agencies.size() == 1 ? " extract" : " extracts") + ")";
  }
}
