package org.cseprofile.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.disclosure.Publication;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.ExtractData;
import org.cseprofile.ingest.ExtractReader;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.ingest.FileProblem;
import org.cseprofile.ingest.IngestResult;
import org.cseprofile.ingest.InputCatalog;
import org.cseprofile.ingest.InputException;
import org.cseprofile.ingest.LocalAuthorities;
import org.cseprofile.period.Period;
import org.cseprofile.profile.Cohort;
import org.cseprofile.profile.Demographics;
import org.cseprofile.profile.Partnership;
import org.cseprofile.reports.chart.AgeGenderPyramid;
import org.cseprofile.reports.chart.ChartNote;
import org.cseprofile.reports.chart.ChartStyle;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.table.Columns;
import org.cseprofile.table.OutputFiles;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.table.StagedOutput;
import org.cseprofile.table.TableNames;
import org.cseprofile.table.TableWriter;

/** One profile run, in the order of the spec: ingest and validate, profile, write, disclose, report. */
public final class ProfileRun {
  /** Source line printed under every chart. */
  public static final String SOURCE = "cse-profile, partnership CSE problem profile (children's social care, police, "
      + "health, education extracts)";

  private final SparkSession spark;
  private final StageTimings timings;
  private final RunListener listener;

  public ProfileRun(SparkSession spark, RunListener listener) {
    this.spark = spark;
    this.timings = new StageTimings(listener);
    this.listener = timings;
  }

  /**
   * Runs the whole profile for {@code config}. Everything is written to a staging folder first and
   * published, with its manifest, only once complete and verified (see {@link StagedOutput}).
   */
  public RunResult run(RunConfig config) {
    timings.restart();
    Instant started = Instant.now();
    String runId = RunManifest.newRunId(started);
    OutputLayout target = new OutputLayout(config.outputRoot());
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    try (StagedOutput staged = StagedOutput.open(target, hadoop, runId, listener::warning)) {
      OutputLayout layout = staged.layout();
      listener.stage("ingest and validate");
      IngestResult ingested = ingest(config);
      IngestResult selected = config.filters().apply(ingested, config.period());
      listener.stage("profile");
      ProfileTables tables = profile(selected, config.period());
      listener.stage("write tables");
      WrittenTables written = write(tables, ingested, config.period(), layout);
      listener.stage("disclosure control");
      PublishedOutputs published = disclose(config, layout);
      listener.stage("charts");
      ReportOutputs report = report(published, config, layout);
      listener.stage("verify and publish");
      return verifyAndPublish(staged, target, new RunManifest.Facts(runId, started, config, spark, ingested, selected,
          layout.root(), report.files()), written, report);
    }
  }

  /** Checks the staged output, writes the manifest, publishes, and says where everything went. */
  private RunResult verifyAndPublish(StagedOutput staged, OutputLayout target, RunManifest.Facts facts,
      WrittenTables written, ReportOutputs report) {
    RunConfig config = facts.config();
    String period = config.period().label();
    Map<String, Long> rows = staged.verify(spark, written.rows(), period, report.files());
    RunManifest manifest = RunManifest.of(facts, rows, timings.seconds());
    Path manifestPath = staged.layout().manifest(period);
    OutputFiles.write(spark.sparkContext().hadoopConfiguration(), manifestPath, manifest.toJson());
    staged.publish(period);
    return new RunResult(config, facts.ingested().files(), childrenOpen(target, config.period()),
        new WrittenTables(target.restricted().toString(), written.tables(), written.rows()),
        new ReportOutputs(report.files().stream().map(staged::finalLocation).toList()), facts.runId(),
        staged.finalLocation(manifestPath.toString()));
  }

  /** Reads and validates every extract; fails when the cohort is unusable or a row is unaccounted for. */
  IngestResult ingest(RunConfig config) {
    InputCatalog catalog = InputCatalog.scan(config.input(), spark.sparkContext().hadoopConfiguration());
    if (catalog.filesOf(CohortExtract.NAME).isEmpty()) {
      throw new InputException("no " + CohortExtract.NAME + " extract in " + config.input()
          + ": expected " + CohortExtract.NAME + ".csv or a folder " + CohortExtract.NAME + "/ of CSV files");
    }
    IngestResult ingested = new ExtractReader(spark).read(catalog);
    for (String ignored : ingested.ignoredFiles()) {
      listener.warning(ignored + ": not an extract of the data contract; ignored");
    }
    for (FileAccount file : ingested.files()) {
      for (FileProblem problem : file.problems()) {
        listener.warning(problem.message());
      }
    }
    List<FileAccount> unbalanced = ingested.unbalanced();
    if (!unbalanced.isEmpty()) {
      throw new AccountingException("rows read do not equal rows accepted plus rows quarantined for "
          + unbalanced.stream().map(FileAccount::file).toList() + "; no output was written");
    }
    boolean cohortUsable = ingested.files().stream()
        .anyMatch(f -> f.extract().equals(CohortExtract.NAME) && !f.rejected());
    if (!cohortUsable) {
      throw new InputException("every " + CohortExtract.NAME + " file was rejected (see the problems above); "
          + "the profile needs the cohort");
    }
    return ingested;
  }

  /** Computes the restricted profile tables of the period. */
  static ProfileTables profile(IngestResult ingested, Period period) {
    Dataset<Row> episodes = ingested.extract(CohortExtract.NAME).accepted();
    Dataset<Row> areas = Partnership.areas(episodes);
    Dataset<Row> cohort = Cohort.childrenOpenInPeriod(episodes, period);
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(TableNames.COHORT, Cohort.childrenOpen(cohort, areas, period));
    tables.put(TableNames.AGE_BY_GENDER, Demographics.ageByGender(cohort, areas, period));
    return new ProfileTables(tables);
  }

  private WrittenTables write(ProfileTables tables, IngestResult ingested, Period period, OutputLayout layout) {
    TableWriter writer = new TableWriter(layout);
    List<String> names = new ArrayList<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    tables.tables().forEach((name, table) -> {
      rows.put(name, writer.writeRestricted(name, table));
      names.add(name);
    });
    Dataset<Row> quarantine = null;
    for (ExtractData data : ingested.extracts().values()) {
      quarantine = quarantine == null ? data.quarantined() : quarantine.unionByName(data.quarantined());
    }
    rows.put(TableNames.QUARANTINE,
        writer.writeRestricted(TableNames.QUARANTINE, quarantine.withColumn(Columns.PERIOD, lit(period.label()))));
    names.add(TableNames.QUARANTINE);
    return new WrittenTables(layout.restricted().toString(), names, rows);
  }

  /** Publishes the restricted tables just written (read back from disk, so published derives from restricted). */
  private PublishedOutputs disclose(RunConfig config, OutputLayout layout) {
    Dataset<Row> ageByGender = spark.read().parquet(layout.restrictedTable(TableNames.AGE_BY_GENDER).toString());
    PublishedTable published = Publication.counts(TableNames.AGE_BY_GENDER, ageByGender, config.period(),
        config.policy(), List.of(Columns.LA_CODE, Columns.GENDER, Columns.AGE), List.of(Columns.CHILDREN));
    return new PublishedOutputs(List.of(published));
  }

  private ReportOutputs report(PublishedOutputs published, RunConfig config, OutputLayout layout) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    ChartNote note = new ChartNote(SOURCE, periodNote(config), config.policy().name());
    byte[] pyramid = ChartStyle.png(AgeGenderPyramid.create(
        published.table(TableNames.AGE_BY_GENDER), Columns.PARTNERSHIP, "Partnership", note));
    Path chart = layout.chart(config.period().label(), "age-gender-pyramid.png");
    OutputFiles.write(hadoop, chart, pyramid);
    return new ReportOutputs(List.of(chart.toString()));
  }

  private Map<String, Long> childrenOpen(OutputLayout layout, Period period) {
    Map<String, Long> counts = new TreeMap<>();
    spark.read().parquet(layout.restrictedTable(TableNames.COHORT).toString())
        .filter(col(Columns.PERIOD).equalTo(period.label()))
        .collectAsList()
        .forEach(r -> counts.put(r.getAs(Columns.LA_CODE), r.<Long>getAs(Columns.CHILDREN_OPEN)));
    return counts;
  }

  /** The period as named under charts; a filtered run says so, so it is never taken for the standard profile. */
  static String periodNote(RunConfig config) {
    return config.filters().isEmpty() ? config.period().label()
        : config.period().label() + " (ad hoc, filtered: " + config.filters().description() + ")";
  }

  /** The name shown for an area code. */
  public static String areaName(String laCode) {
    return Columns.PARTNERSHIP.equals(laCode) ? "Partnership" : LocalAuthorities.name(laCode);
  }
}
