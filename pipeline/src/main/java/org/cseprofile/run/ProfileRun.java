package org.cseprofile.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.cseprofile.catalogue.PlaceTables;
import org.cseprofile.catalogue.ProfileCatalogue;
import org.cseprofile.catalogue.RateTable;
import org.cseprofile.catalogue.ProfileTable;
import org.cseprofile.disclosure.CellInterval;
import org.cseprofile.disclosure.CellRef;
import org.cseprofile.disclosure.DisclosureSummary;
import org.cseprofile.disclosure.CompletenessPublication;
import org.cseprofile.disclosure.HotspotPublication;
import org.cseprofile.geography.GridReference;
import org.cseprofile.geography.MapAreas;
import org.cseprofile.geography.ReferenceGeography;
import org.cseprofile.reports.analyst.Analyst;
import org.cseprofile.reports.chart.MapBackground;
import org.cseprofile.disclosure.InputFilesPublication;
import org.cseprofile.disclosure.ProfilePublication;
import org.cseprofile.disclosure.Protection;
import org.cseprofile.disclosure.Publication;
import org.cseprofile.disclosure.PublishedSpec;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.hotspot.CoarseGrid;
import org.cseprofile.hotspot.HotspotSettings;
import org.cseprofile.hotspot.HotspotTables;
import org.cseprofile.hotspot.Hotspots;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.EducationExtract;
import org.cseprofile.ingest.HealthExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.ingest.SuspectsExtract;
import org.cseprofile.ingest.Completeness;
import org.cseprofile.ingest.DataQuality;
import org.cseprofile.ingest.ExtractData;
import org.cseprofile.ingest.ExtractReader;
import org.cseprofile.ingest.Extracts;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.ingest.FileProblem;
import org.cseprofile.ingest.IngestResult;
import org.cseprofile.ingest.InputCatalog;
import org.cseprofile.ingest.InputException;
import org.cseprofile.ingest.LocalAuthorities;
import org.cseprofile.period.Period;
import org.cseprofile.linkage.ProfileInputs;
import org.cseprofile.profile.ProfileData;
import org.cseprofile.profile.ProfileSettings;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.table.CollectedTable;
import org.cseprofile.table.Columns;
import org.cseprofile.table.OutputFiles;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.table.OutputMarker;
import org.cseprofile.table.PublishedFiles;
import org.cseprofile.table.RestrictedTables;
import org.cseprofile.table.StagedOutput;
import org.cseprofile.table.TableNames;
import org.cseprofile.table.TableWriter;

/** One profile run, in the order of the spec: ingest and validate, profile, hot spots, write, disclose, report. */
public final class ProfileRun {
  /** Source line printed under every chart. */
  public static final String SOURCE = "cse-profile, partnership CSE problem profile (children's social care, police, "
      + "health, education extracts)";

  /**
   * Tables written at once: most are small, and one table's planning and code generation (one driver
   * thread) then overlaps another's tasks (docs/performance.md).
   */
  static final int CONCURRENT_TABLE_WRITES = 3;

  /** Said by every filtered run. */
  public static final String RESTRICTED_ONLY = "a filtered run is restricted: it publishes nothing (no published "
      + "tables, charts or report), because its counts subtracted from the standard profile's would reveal counts "
      + "the standard tables withhold; its exact tables are for the analyst (cse-profile query)";

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
    try (SparkJobs jobs = SparkJobs.attach(spark.sparkContext())) {
      timings.restart(jobs::started);
      return runCounted(config);
    }
  }

  private RunResult runCounted(RunConfig config) {
    Instant started = Instant.now();
    String runId = RunManifest.newRunId(started);
    OutputLayout target = new OutputLayout(config.outputRoot());
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    // The analyst's files are checked before the output folder is claimed: a refused narrative costs no work.
    Analyst analyst = config.analyst().read(hadoop, config.policy().largestSuppressed(), listener::warning);
    // A filtered run writes inside the output folder: that folder must be an output too (OutputMarker).
    OutputMarker.claim(hadoop, config.output());
    try (StagedOutput staged = StagedOutput.open(target, hadoop, runId, listener::warning)) {
      OutputLayout layout = staged.layout();
      listener.stage("ingest and validate");
      // Reference files are read first: an unusable one stops the run before any Spark work.
      ReferenceGeography geography = ReferenceGeography.read(config.geography(), hadoop);
      InputCatalog catalog = catalog(config.input(), config.mappingFiles(), hadoop);
      InputSize size = new InputSize(catalog.files().values().stream().flatMap(List::stream)
          .mapToLong(org.cseprofile.ingest.InputFile::bytes).sum());
      try (InputSize.Settings settings = size.apply(spark)) {
        IngestResult ingested = ingest(config, catalog);
        IngestResult selected = config.filters().apply(ingested, config.period());
        listener.stage("network");
        // The network's groups (this period's and the previous one's) are found here, so the bench times them.
        ProfileData data = ProfileData.prepare(inputs(selected), config.period(), config.profile());
        data.network().compute();
        listener.stage("profile");
        ProfileTables tables = profile(data);
        listener.stage("hotspots");
        List<String> partnership = partnership(selected);
        HotspotTables hotspots = hotspots(selected, config.period(), config.hotspots(), geography, partnership);
        warnAboutPlaces(hotspots.region(), geography, partnership);
        listener.stage("write tables");
        Restricted written = write(tables, hotspots, ingested, config.period(), layout, size.small());
        tables.release();
        ReportOutputs report;
        if (config.filters().isEmpty()) {
          listener.stage("disclosure control");
          PublishedOutputs published = disclose(config, written, ingested, geography, partnership);
          listener.stage("charts and report");
          report = report(published, config, layout, MapAreas.of(geography, partnership, hotspots.region().description()),
              analyst);
        } else {
          // A filtered run is restricted-only: its counts, subtracted from the standard profile's, would give
          // counts the standard tables withhold (docs/metrics.md, "Published outputs").
          listener.warning(RESTRICTED_ONLY);
          report = new ReportOutputs(List.of());
        }
        listener.stage("verify and publish");
        return verifyAndPublish(staged, target, new RunManifest.Facts(runId, started, config, spark, ingested, selected,
            layout.root(), report.files()), written, report);
      }
    }
  }

  /**
   * The restricted tables a run wrote, and how to read each again: from the rows still in memory when they were
   * written from the driver (no Spark job, no read-back), else from the files.
   */
  private final class Restricted {
    private final OutputLayout layout;
    private final WrittenTables written;
    private final Map<String, CollectedTable> collected;
    private final boolean fromDriver;

    Restricted(OutputLayout layout, WrittenTables written, Map<String, CollectedTable> collected) {
      this.layout = layout;
      this.written = written;
      this.collected = new LinkedHashMap<>(collected);
      this.fromDriver = !collected.isEmpty();
    }

    /** Every period of table {@code name} as written this run, with its period column. */
    Dataset<Row> table(String name) {
      CollectedTable table = collected.get(name);
      return table != null ? table.dataset(spark) : RestrictedTables.read(spark, layout.restrictedTable(name));
    }

    /** Whether table {@code name} was written this run. */
    boolean has(String name) {
      return written.rows().containsKey(name);
    }

    /** Writes another restricted table, the same way as the others. */
    void add(String name, Dataset<Row> table, Period period) {
      if (fromDriver) {
        collected.put(name, new TableWriter(layout).writeCollected(spark, name, table, period.label()));
      } else {
        new TableWriter(layout).writeRestricted(name, table);
      }
    }
  }

  /** Checks the staged output, writes the manifest, publishes, and says where everything went. */
  private RunResult verifyAndPublish(StagedOutput staged, OutputLayout target, RunManifest.Facts facts,
      Restricted restricted, ReportOutputs report) {
    WrittenTables written = restricted.written;
    RunConfig config = facts.config();
    String period = config.period().label();
    Map<String, Long> rows = staged.verify(written.rows(), period, report.files());
    RunManifest manifest = RunManifest.of(facts, rows, timings.seconds(), timings.jobs(), report.disclosure());
    Path manifestPath = staged.layout().manifest(period);
    OutputFiles.write(spark.sparkContext().hadoopConfiguration(), manifestPath, manifest.toJson());
    // Read before publishing: a table not kept on the driver (a large input) is read from the staging folder,
    // which publishing renames away.
    Map<String, Long> childrenOpen = childrenOpen(restricted, config.period());
    staged.publish(period);
    return new RunResult(config, facts.ingested().files(), childrenOpen,
        new WrittenTables(target.restricted().toString(), written.tables(), written.rows()),
        new ReportOutputs(report.files().stream().map(staged::finalLocation).toList(), report.disclosure()), facts.runId(),
        staged.finalLocation(manifestPath.toString()));
  }

  /**
   * The extracts of the folder {@code input}; fails (exit code 3) when the folder does not exist or holds no cohort
   * extract. The command calls it before it touches the output folder, so a refused run leaves nothing behind.
   */
  public static InputCatalog catalog(String input, Configuration hadoop) {
    return catalog(input, List.of(), hadoop);
  }

  /**
   * The same, with each extract named by one of {@code mappingFiles} read with that mapping file in place of the one in
   * the folder's {@code mappings/} (as {@code validate --mapping} reads it); an invalid mapping file fails here too.
   */
  public static InputCatalog catalog(String input, List<String> mappingFiles, Configuration hadoop) {
    InputCatalog catalog = InputCatalog.scan(input, hadoop).withMappingFiles(mappingFiles, hadoop);
    if (catalog.filesOf(CohortExtract.NAME).isEmpty()) {
      throw new InputException("no " + CohortExtract.NAME + " extract in " + input
          + ": expected " + CohortExtract.NAME + ".csv or a folder " + CohortExtract.NAME + "/ of CSV files");
    }
    return catalog;
  }

  /** Reads and validates every extract; fails when the cohort is unusable or a row is unaccounted for. */
  IngestResult ingest(RunConfig config) {
    return ingest(config, catalog(config.input(), config.mappingFiles(), spark.sparkContext().hadoopConfiguration()));
  }

  /** The same, for the extracts of {@code catalog} (checked by {@link #catalog}). */
  IngestResult ingest(RunConfig config, InputCatalog catalog) {
    IngestResult ingested = new ExtractReader(spark).read(catalog, config.runDate());
    for (String ignored : ingested.ignoredFiles()) {
      listener.warning(ignored + ": not an extract of the data contract; ignored");
    }
    for (FileAccount file : ingested.files()) {
      for (FileProblem problem : file.problems()) {
        listener.warning(problem.message());
      }
      if (!file.rowProblems().isEmpty()) {
        String tables = file.quarantined() == 0 ? "row_warnings table"
            : file.warnings().isEmpty() ? "quarantine table" : "quarantine and row_warnings tables";
        listener.warning(file.rowSummary() + "; lines in the " + tables + ", or run cse-profile validate");
      }
    }
    Validation.requireBalanced(ingested);
    Validation.profilable(ingested).ifPresent(reason -> {
      throw new InputException(reason);
    });
    return ingested;
  }

  /** The accepted rows of every extract, and which extracts had at least one usable file. */
  static ProfileInputs inputs(IngestResult ingested) {
    Set<String> supplied = new HashSet<>();
    Set<String> unattributed = new HashSet<>();
    for (FileAccount file : ingested.files()) {
      if (!file.rejected()) {
        supplied.add(file.extract());
        if (file.problems().stream().anyMatch(p -> p.rule() == org.cseprofile.ingest.Rule.AUTHORITY_NOT_RECORDED)) {
          unattributed.add(file.file());
        }
      }
    }
    return new ProfileInputs(
        ingested.extract(CohortExtract.NAME).accepted(), ingested.extract(EducationExtract.NAME).accepted(),
        ingested.extract(HealthExtract.NAME).accepted(), ingested.extract(MissingExtract.NAME).accepted(),
        ingested.extract(IncidentsExtract.NAME).accepted(), ingested.extract(SuspectsExtract.NAME).accepted(),
        supplied, unattributed, unfilled(ingested.completeness()));
  }

  /**
   * The optional columns (as {@code extract.column}) that no accepted row of their extract fills: absent from every
   * file, or blank throughout. A breakdown by one is not available (x), not all "not recorded".
   */
  static Set<String> unfilled(List<Completeness> completeness) {
    Set<String> unfilled = new HashSet<>();
    for (Completeness c : completeness) {
      if (c.file().equals(Completeness.ALL_FILES) && c.filled() == 0) {
        unfilled.add(ProfileInputs.qualified(c.extract(), Extracts.named(c.extract()).orElseThrow()
            .fields().stream().filter(f -> f.header().equals(c.column())).findFirst().orElseThrow().column()));
      }
    }
    return unfilled;
  }

  /** Computes the restricted profile tables of the period, every table of the catalogue (definitions: docs/metrics.md). */
  static ProfileTables profile(IngestResult ingested, Period period, ProfileSettings settings) {
    return profile(ProfileData.prepare(inputs(ingested), period, settings));
  }

  /** The same, from the period's prepared data. */
  static ProfileTables profile(ProfileData data) {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    for (ProfileTable table : ProfileCatalogue.TABLES) {
      tables.put(table.name(), table.compute(data));
    }
    Map<String, Dataset<Row>> restrictedOnly = new LinkedHashMap<>();
    restrictedOnly.put(TableNames.NETWORK_GROUPS, data.network().groups());
    restrictedOnly.put(TableNames.NETWORK_MEMBERS, data.network().members());
    restrictedOnly.put(TableNames.NETWORK_LINKS, data.network().linksTable());
    return new ProfileTables(tables, restrictedOnly, data.cached());
  }

  /** Finds the hot spots of located incidents and found locations (restricted tables). */
  static HotspotTables hotspots(IngestResult ingested, Period period, HotspotSettings settings) {
    return hotspots(ingested, period, settings, ReferenceGeography.NONE, List.of());
  }

  /** The same, with reference geography: the partnership's authorities as the region, places named. */
  static HotspotTables hotspots(IngestResult ingested, Period period, HotspotSettings settings,
      ReferenceGeography geography, List<String> partnership) {
    return Hotspots.analyse(ingested.extract(IncidentsExtract.NAME).accepted(),
        ingested.extract(MissingExtract.NAME).accepted(), period, settings, geography, partnership);
  }

  /** The partnership's authorities: those of the cohort's episodes (a handful of codes, collected). */
  static List<String> partnership(IngestResult ingested) {
    List<String> codes = new ArrayList<>(inputs(ingested).episodes().select(col(Columns.LA_CODE))
        .filter(col(Columns.LA_CODE).isNotNull()).distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    codes.sort(null);
    return codes;
  }

  /** Says how many located events the study region leaves out (never where) and what the boundaries lack. */
  private void warnAboutPlaces(HotspotTables.Region region, ReferenceGeography geography, List<String> partnership) {
    for (String la : region.unbounded()) {
      listener.warning("boundaries: no boundary of authority " + la + " in the files given; the study region and the "
          + "maps leave it out");
    }
    if (region.outsideEvents() > 0) {
      listener.warning(String.format(java.util.Locale.UK, "hot spots: %,d located event%s of the 12 months lie%s outside "
          + "the study region (%s) and %s left out of the maps and hot spots (outside_region in hotspot_summary)",
          region.outsideEvents(), region.outsideEvents() == 1 ? "" : "s", region.outsideEvents() == 1 ? "s" : "",
          region.rule().description(), region.outsideEvents() == 1 ? "is" : "are"));
    }
    geography.population().ifPresent(p -> partnership.stream().filter(la -> p.of(la).isEmpty()).forEach(la ->
        listener.warning("population: " + p.file() + " has no row for authority " + la + "; its rates are not available")));
  }

  /**
   * Writes every restricted table of the run: a small input's from the driver, its rows kept for disclosure control
   * ({@link TableWriter#writeCollected}); a larger input's by Spark, read back from the files when needed.
   */
  private Restricted write(ProfileTables tables, HotspotTables hotspots, IngestResult ingested, Period period,
      OutputLayout layout, boolean collect) {
    Map<String, Dataset<Row>> all = new LinkedHashMap<>(tables.tables());
    Dataset<Row> quarantine = null;
    for (ExtractData data : ingested.extracts().values()) {
      quarantine = quarantine == null ? data.quarantined() : quarantine.unionByName(data.quarantined());
    }
    all.put(TableNames.QUARANTINE, quarantine.withColumn(Columns.PERIOD, lit(period.label())));
    Dataset<Row> warnings = null;
    for (ExtractData data : ingested.extracts().values()) {
      warnings = warnings == null ? data.warnings() : warnings.unionByName(data.warnings());
    }
    all.put(TableNames.ROW_WARNINGS, warnings.withColumn(Columns.PERIOD, lit(period.label())));
    all.put(TableNames.DATA_QUALITY, DataQuality.table(spark, ingested, period.label()));
    all.put(TableNames.COMPLETENESS, DataQuality.completeness(spark, ingested, period.label()));
    all.putAll(hotspots.tables());
    // A ward's count whose extract was not supplied is null (not available), not the 0 the hot spot step counted.
    all.computeIfPresent(TableNames.PLACE_COUNTS, (name, wards) -> PlaceTables.available(wards, inputs(ingested)));
    all.putAll(tables.restrictedOnly());
    if (collect) {
      Map<String, CollectedTable> collected = new TableWriter(layout).writeCollected(spark, all, period.label(),
          CONCURRENT_TABLE_WRITES);
      Map<String, Long> rows = new LinkedHashMap<>();
      collected.forEach((name, table) -> rows.put(name, table.rows().stream()
          .filter(r -> period.label().equals(r.getAs(Columns.PERIOD))).count()));
      return new Restricted(layout, new WrittenTables(layout.restricted().toString(), new ArrayList<>(rows.keySet()),
          rows), collected);
    }
    Map<String, Long> rows = new TableWriter(layout).writeRestricted(all, CONCURRENT_TABLE_WRITES);
    rows.forEach((name, count) -> {
      if (count == 0) {
        writeEmpty(layout, name, all.get(name), period);
      }
    });
    return new Restricted(layout, new WrittenTables(layout.restricted().toString(), new ArrayList<>(rows.keySet()), rows),
        Map.of());
  }

  /**
   * Writes one empty Parquet file carrying {@code table}'s schema into the period's partition of a table with no
   * rows (a run with no located event has no hot spot cells): a partitioned write of no rows writes no file at
   * all, and the table could then not be read back, published or queried.
   */
  private void writeEmpty(OutputLayout layout, String name, Dataset<Row> table, Period period) {
    spark.createDataFrame(List.of(), table.drop(Columns.PERIOD).schema()).coalesce(1).write().mode(org.apache.spark.sql.SaveMode.Overwrite)
        .parquet(layout.restrictedPartition(name, period.label()).toString());
  }

  /**
   * Publishes the restricted tables just written (read back from disk, so published derives from
   * restricted): protects every count of the period at once, writes the published tables, and
   * records the audit of every withheld cell in the restricted {@code disclosure_audit} table.
   */
  private PublishedOutputs disclose(RunConfig config, Restricted written, IngestResult ingested,
      ReferenceGeography geography, List<String> partnership) {
    Map<String, RestrictedTable> restricted = new LinkedHashMap<>();
    for (PublishedSpec spec : ProfileCatalogue.specs()) {
      Dataset<Row> table = written.table(spec.table());
      restricted.put(spec.table(), Publication.collect(spec.table(), table, config.period(), spec.dimensions(),
          spec.measureColumns()));
    }
    String period = config.period().label();
    List<PublishedSpec> specs = new ArrayList<>(ProfileCatalogue.specs());
    if (geography.population().isPresent()) {
      // Rates share their counts with the profile's tables: published with them, so both are withheld together.
      List<String> areas = new ArrayList<>();
      areas.add(Columns.PARTNERSHIP);
      areas.addAll(partnership);
      restricted.put(TableNames.RATES, RateTable.of(restricted, geography.population().get(), areas));
      specs.add(PlaceTables.RATES);
    }
    ProfilePublication.Result result = ProfilePublication.publish(restricted, specs, period, config.policy());
    List<PublishedTable> tables = new ArrayList<>(result.tables());
    tables.add(InputFilesPublication.publish(ingested.files(), period, config.policy()));
    tables.add(InputFilesPublication.warnings(ingested.files(), period, config.policy()));
    tables.add(CompletenessPublication.publish(completeness(written, period), period, config.policy()));
    // The squares and the wards count the same events: published together, protected together.
    Map<String, RestrictedTable> placeTables = new LinkedHashMap<>();
    placeTables.put(TableNames.HOTSPOT_GRID, PlaceTables.grid(hotspotGrid(written, period,
        config.hotspots().cellSizeMetres(), geography)));
    List<PlaceTables.PlaceCount> wards = placeCounts(written, period);
    if (!wards.isEmpty()) {
      // A ward's count whose extract was not supplied is x, never the 0 the hot spot step counted.
      ProfileInputs supplied = inputs(ingested);
      placeTables.put(TableNames.PLACE_COUNTS, PlaceTables.places(wards, supplied.supplied(IncidentsExtract.NAME),
          supplied.supplied(MissingExtract.NAME)));
    }
    ProfilePublication.Result places = ProfilePublication.publish(placeTables, List.of(PlaceTables.HOTSPOT_GRID,
        PlaceTables.PLACE_COUNTS), period, config.policy());
    tables.addAll(places.tables());
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<String> files = new ArrayList<>();
    for (PublishedTable table : tables) {
      Path csv = written.layout.publishedTable(period, table.name() + ".csv");
      Path parquet = written.layout.publishedTable(period, table.name() + ".parquet");
      PublishedFiles.writeCsv(hadoop, csv, table);
      PublishedFiles.writeParquet(hadoop, parquet, table);
      files.add(csv.toString());
      files.add(parquet.toString());
    }
    List<Protection> protections = List.of(result.protection(), places.protection());
    written.add(TableNames.DISCLOSURE_AUDIT, auditTable(protections, period), config.period());
    return new PublishedOutputs(tables, files, DisclosureSummary.of(config.policy(), protections));
  }

  /**
   * One row per withheld cell: where it is, why it is withheld, what a reader could deduce of it, and its exact
   * value (restricted), so the information lost can be added up by table and kind.
   */
  private Dataset<Row> auditTable(List<Protection> protections, String period) {
    StructType schema = new StructType()
        .add(Columns.PERIOD, DataTypes.StringType, false)
        .add(Columns.TABLE_NAME, DataTypes.StringType, false)
        .add(Columns.ROW_KEY, DataTypes.StringType, false)
        .add(Columns.COLUMN_NAME, DataTypes.StringType, false)
        .add(Columns.SUPPRESSION, DataTypes.StringType, false)
        .add(Columns.LOWER, DataTypes.LongType, false)
        .add(Columns.UPPER, DataTypes.LongType, true)
        .add(Columns.EXACT, DataTypes.BooleanType, false)
        .add(Columns.VALUE, DataTypes.LongType, true);
    List<Row> rows = new ArrayList<>();
    for (Protection protection : protections) {
      for (CellInterval interval : protection.audit().intervals()) {
        CellRef cell = interval.cell();
        String why = interval.implied() ? "implied" : protection.primary().contains(cell) ? "primary" : "secondary";
        rows.add(RowFactory.create(period, cell.table(), String.join("|", cell.key()), cell.column(), why,
            interval.lower(), interval.upper(), interval.exact(), protection.withheldValues().get(cell)));
      }
    }
    return spark.createDataFrame(rows, schema);
  }

  /** Charts and the board report, from the published tables only. */
  /** The completeness of each optional column, all files of an extract together, as written this run. */
  private List<CompletenessPublication.Column> completeness(Restricted written, String period) {
    return written.table(TableNames.COMPLETENESS)
        .filter(col(Columns.PERIOD).equalTo(period).and(col(Columns.SOURCE_FILE).equalTo(DataQuality.ALL_FILES)))
        .select(Columns.EXTRACT, Columns.COLUMN_NAME, Columns.ROWS, Columns.FILLED)
        .orderBy(Columns.EXTRACT, Columns.COLUMN_NAME)
        .collectAsList().stream()
        .map(r -> new CompletenessPublication.Column(r.getAs(Columns.EXTRACT), r.getAs(Columns.COLUMN_NAME),
            r.<Long>getAs(Columns.ROWS), r.<Long>getAs(Columns.FILLED)))
        .toList();
  }

  /**
   * The coarse cells of the hot spot map (at most {@link CoarseGrid#MAXIMUM_SQUARES} a layer: squares of 1 km, or
   * coarser for a wide study region, holding events), each named by its grid reference and, with boundaries, the ward
   * holding most of it (looked up here, on the driver).
   */
  private List<HotspotPublication.Cell> hotspotGrid(Restricted written, String period, int cellSizeMetres,
      ReferenceGeography geography) {
    Dataset<Row> cells = written.table(TableNames.HOTSPOT_CELLS);
    java.util.Optional<CoarseGrid.Extent> extent = CoarseGrid.extent(written.table(TableNames.HOTSPOT_SUMMARY), period);
    List<HotspotPublication.Cell> named = new ArrayList<>();
    for (Row r : CoarseGrid.of(cells, period, cellSizeMetres, extent).collectAsList()) {
      long easting = r.<Number>getAs(Columns.CELL_EASTING).longValue();
      long northing = r.<Number>getAs(Columns.CELL_NORTHING).longValue();
      int size = r.<Number>getAs(Columns.CELL_SIZE_M).intValue();
      long minEasting = easting - size / 2;
      long minNorthing = northing - size / 2;
      String reference = minEasting >= 0 && minNorthing >= 0 && minEasting < 700_000 && minNorthing < 1_300_000
          ? GridReference.ofSquare(minEasting, minNorthing, size) : null;
      named.add(new HotspotPublication.Cell(r.getAs(Columns.LAYER), r.getAs(Columns.CELL_ID), easting, northing, size,
          r.<Number>getAs(Columns.EVENTS).longValue(), reference,
          geography.gazetteer().ofSquare(minEasting, minNorthing, size).orElse(null)));
    }
    return named;
  }

  /** The 12 months' counts by ward written this run; none without ward or LSOA boundaries. */
  private List<PlaceTables.PlaceCount> placeCounts(Restricted written, String period) {
    if (!written.has(TableNames.PLACE_COUNTS)) {
      return List.of();
    }
    return written.table(TableNames.PLACE_COUNTS).filter(col(Columns.PERIOD).equalTo(period)).collectAsList().stream()
        .map(r -> new PlaceTables.PlaceCount(r.getAs(Columns.LA_CODE), r.getAs(Columns.AUTHORITY_NAME),
            r.getAs(Columns.PLACE_CODE), r.getAs(Columns.PLACE_NAME), r.getAs(Columns.PLACE_TYPE),
            r.<Long>getAs(Columns.INCIDENTS), r.<Long>getAs(Columns.FOUND)))
        .toList();
  }

  private ReportOutputs report(PublishedOutputs published, RunConfig config, OutputLayout layout, MapBackground maps,
      Analyst analyst) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<String> files = new ArrayList<>(published.files());
    Path mapFile = new Path(layout.published(config.period().label()), MapAreas.FILE);
    OutputFiles.write(hadoop, mapFile, MapAreas.toGeoJson(maps));
    files.add(mapFile.toString());
    ReportFacts facts = new ReportFacts(config.runDate(), config.filters().isEmpty() ? null
        : config.filters().description(), config.profile()).withAnalyst(analyst);
    files.addAll(config.analyst().drawing(() -> BoardReportStep.write(hadoop, layout, config.period(),
        published.tables(), facts)));
    return new ReportOutputs(files, published.summary());
  }

  private Map<String, Long> childrenOpen(Restricted written, Period period) {
    Map<String, Long> counts = new TreeMap<>();
    written.table(TableNames.COHORT)
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
