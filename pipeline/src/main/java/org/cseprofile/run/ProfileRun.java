package org.cseprofile.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

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
import org.cseprofile.hotspot.HotspotSettings;
import org.cseprofile.hotspot.HotspotTables;
import org.cseprofile.hotspot.Hotspots;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.ExtractData;
import org.cseprofile.ingest.ExtractReader;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.ingest.FileProblem;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.IngestResult;
import org.cseprofile.ingest.InputCatalog;
import org.cseprofile.ingest.InputException;
import org.cseprofile.ingest.LocalAuthorities;
import org.cseprofile.ingest.MissingExtract;
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
import org.cseprofile.table.TableNames;
import org.cseprofile.table.TableWriter;

/** One profile run, in the order of the spec: ingest and validate, profile, hot spots, write, disclose, report. */
public final class ProfileRun {
  /** Source line printed under every chart. */
  public static final String SOURCE = "cse-profile, partnership CSE problem profile (children's social care, police, "
      + "health, education extracts)";

  private final SparkSession spark;
  private final RunListener listener;

  public ProfileRun(SparkSession spark, RunListener listener) {
    this.spark = spark;
    this.listener = listener;
  }

  /** Runs the whole profile for {@code config}. */
  public RunResult run(RunConfig config) {
    OutputLayout layout = new OutputLayout(config.output());
    listener.stage("ingest and validate");
    IngestResult ingested = ingest(config);
    listener.stage("profile");
    ProfileTables tables = profile(ingested, config.period());
    listener.stage("hotspots");
    HotspotTables hotspots = hotspots(ingested, config.period(), HotspotSettings.DEFAULT);
    listener.stage("write tables");
    WrittenTables written = write(tables, hotspots, ingested, config.period(), layout);
    listener.stage("disclosure control");
    PublishedOutputs published = disclose(config, layout);
    listener.stage("charts");
    ReportOutputs report = report(published, config, layout);
    return new RunResult(config, ingested.files(), childrenOpen(layout, config.period()), written, report);
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

  /** Finds the hot spots of located incidents and found locations (restricted tables). */
  static HotspotTables hotspots(IngestResult ingested, Period period, HotspotSettings settings) {
    return Hotspots.analyse(ingested.extract(IncidentsExtract.NAME).accepted(),
        ingested.extract(MissingExtract.NAME).accepted(), period, settings);
  }

  private WrittenTables write(
      ProfileTables tables, HotspotTables hotspots, IngestResult ingested, Period period, OutputLayout layout) {
    TableWriter writer = new TableWriter(layout);
    List<String> names = new ArrayList<>();
    tables.tables().forEach((name, table) -> {
      writer.writeRestricted(name, table);
      names.add(name);
    });
    Dataset<Row> quarantine = null;
    for (ExtractData data : ingested.extracts().values()) {
      quarantine = quarantine == null ? data.quarantined() : quarantine.unionByName(data.quarantined());
    }
    writer.writeRestricted(TableNames.QUARANTINE, quarantine.withColumn(Columns.PERIOD, lit(period.label())));
    names.add(TableNames.QUARANTINE);
    hotspots.tables().forEach((name, table) -> {
      writer.writeRestricted(name, table);
      names.add(name);
    });
    return new WrittenTables(layout.restricted().toString(), names);
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
    ChartNote note = new ChartNote(SOURCE, config.period().label(), config.policy().name());
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

  /** The name shown for an area code. */
  public static String areaName(String laCode) {
    return Columns.PARTNERSHIP.equals(laCode) ? "Partnership" : LocalAuthorities.name(laCode);
  }
}
