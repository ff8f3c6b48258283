package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.disclosure.InputFilesPublication;
import org.cseprofile.geography.BritishNationalGrid;
import org.cseprofile.hotspot.HotspotSettings;
import org.cseprofile.hotspot.HotspotTables;
import org.cseprofile.hotspot.Hotspots;
import org.cseprofile.period.Period;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Locations given as latitude and longitude, end to end through ingest: a police.uk street-level crime file read
 * with the shipped mapping (mappings/police-uk-street-crime/incidents.yaml), whose grid counts must equal the
 * counts of the positions the fixture planted; and files with latitude and longitude and no mapping, where no
 * location may be lost without a warning.
 */
@ExtendWith(SparkExtension.class)
class CoordinatesIngestTest {
  static final LocalDate RUN_DATE = LocalDate.of(2017, 1, 15);
  static final Period Q4 = Period.parseQuarter("2016-Q4");
  static final Path SHIPPED = Path.of("..", "mappings", "police-uk-street-crime", "incidents.yaml");
  static final String POLICE_UK = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
      + "LSOA name,Crime type,Last outcome category,Context";
  static final int CELL = HotspotSettings.DEFAULT_CELL_SIZE_METRES;
  /** South-west corner of the fixture's 250 m cells, in Crawley (West Sussex, E10000032). */
  static final int WEST = 527000;
  static final int SOUTH = 136000;
  /** Cells (column, row from the corner) and how many crimes with a Crime ID the fixture plants in each. */
  static final int[][] PLANTED = {{0, 0, 6}, {3, 1, 4}, {5, 5, 2}, {10, 0, 1}, {0, 10, 1}, {7, 3, 1}, {2, 8, 1}};

  @TempDir
  static Path policeUk;
  @TempDir
  static Path noMapping;
  static IngestResult police;
  static IngestResult plain;
  /** The planted position (easting, northing) of every crime with a Crime ID and a location. */
  static final Map<String, int[]> planted = new HashMap<>();

  @BeforeAll
  static void readBothFolders(SparkSession spark) throws IOException {
    StringBuilder csv = new StringBuilder(POLICE_UK).append('\n');
    int n = 0;
    for (int[] cell : PLANTED) {
      for (int i = 0; i < cell[2]; i++) {
        // Spread inside the cell, at least 60 m from its edges: more than the conversion's 5 m error.
        int e = WEST + cell[0] * CELL + 60 + (37 * n) % 130;
        int nn = SOUTH + cell[1] * CELL + 60 + (53 * n) % 130;
        String id = String.format(Locale.ROOT, "%064x", 0xC0FFEE00L + n);
        planted.put(id, new int[] {e, nn});
        csv.append(policeUkRow(id, "2016-" + (10 + n % 3), e, nn, "Violence and sexual offences")).append('\n');
        n++;
      }
    }
    // A crime with no location (police.uk leaves both blank), and three anti-social behaviour rows: no Crime ID.
    csv.append(String.format(Locale.ROOT, "%064x", 0xBADL)).append(",2016-11,Sussex Police,Sussex Police,,,"
        + "No location,,,Other crime,Under investigation,\n");
    for (int i = 0; i < 3; i++) {
      csv.append(policeUkRow("", "2016-12", WEST + 125, SOUTH + 125, "Anti-social behaviour")).append('\n');
    }
    Files.createDirectories(policeUk.resolve("incidents"));
    Files.writeString(policeUk.resolve("incidents/2016-10-sussex-street.csv"), csv);
    Files.createDirectories(policeUk.resolve(MappingFile.FOLDER));
    Files.copy(SHIPPED, policeUk.resolve(MappingFile.FOLDER).resolve("incidents.yaml"));
    police = read(spark, policeUk);

    String header = "incident_id,recorded_date,la_code,incident_type,contact_type,place_type,";
    double[] tp09 = {51.48936564950, -0.11992557180};
    Files.createDirectories(noMapping.resolve("incidents"));
    Files.writeString(noMapping.resolve("incidents/a-latlong.csv"), header + "latitude,longitude\n"
        + "A1,2016-10-03,E10000032,crime,contact,hotel," + tp09[0] + "," + tp09[1] + "\n"
        + "A2,2016-10-04,E10000032,crime,contact,hotel,,\n"
        + "A3,2016-10-05,E10000032,crime,contact,hotel,48.8566,2.3522\n");
    Files.writeString(noMapping.resolve("incidents/b-lat-lng.csv"), header + "lat,lng\n"
        + "B1,2016-10-03,E10000032,crime,contact,hotel,51.1,-0.2\n"
        + "B2,2016-10-04,E10000032,crime,contact,hotel,,\n"
        + "B3,2016-10-05,E10000032,crime,contact,hotel,51.2,-0.1\n");
    plain = read(spark, noMapping);
  }

  static IngestResult read(SparkSession spark, Path input) {
    return new ExtractReader(spark).read(InputCatalog.scan(input.toString(), spark.sparkContext().hadoopConfiguration()),
        RUN_DATE);
  }

  static String policeUkRow(String id, String month, int easting, int northing, String type) {
    double[] lonLat = BritishNationalGrid.toWgs84(easting, northing);
    return String.format(Locale.ROOT, "%s,%s,Sussex Police,Sussex Police,%.6f,%.6f,On or near Example Street,"
        + "E01031234,Crawley 001A,%s,Under investigation,", id, month, lonLat[0], lonLat[1], type);
  }

  @Test
  void everyCrimeWithACrimeIdIsAcceptedAndRowsWithoutOneAreSkippedAndCounted() {
    FileAccount f = police.files().get(0);
    assertThat(f.file()).isEqualTo("incidents/2016-10-sussex-street.csv");
    assertThat(List.of(f.rowsRead(), f.accepted(), f.quarantined(), f.skipped())).containsExactly(20L, 17L, 0L, 3L);
    assertThat(f.balances()).isTrue();
    assertThat(f.problems()).extracting(p -> p.rule().id() + " " + p.column())
        .containsExactly("dates_as_months recorded_date");
    assertThat(f.rowProblems()).extracting(p -> p.rule().id() + " " + p.column() + " " + p.rows() + " " + p.firstLines())
        .containsExactly("skipped_by_mapping incident_id 3 [19, 20, 21]");
    assertThat(police.mappings()).extracting(MappingFile::file).containsExactly("mappings/incidents.yaml");
    assertThat(f.rowSummary()).isEqualTo("incidents/2016-10-sussex-street.csv: 3 rows skipped by the mapping file");
  }

  @Test
  void everyLocatedCrimeIsPlacedWithinFiveMetresOfWhereItWasPlanted() {
    List<Row> rows = police.extract(IncidentsExtract.NAME).accepted().collectAsList();
    assertThat(rows).hasSize(17);
    int placed = 0;
    for (Row r : rows) {
      int[] at = planted.get(r.<String>getAs(IncidentsExtract.INCIDENT_ID));
      if (at == null) {
        assertThat(r.<Object>getAs(IncidentsExtract.EASTING)).isNull();
        continue;
      }
      placed++;
      // Planted with the reverse shift: a round trip is exact to the metre the grid columns keep.
      assertThat((double) r.<Integer>getAs(IncidentsExtract.EASTING)).isCloseTo(at[0], within(1.0));
      assertThat((double) r.<Integer>getAs(IncidentsExtract.NORTHING)).isCloseTo(at[1], within(1.0));
      assertThat(r.<LocalDate>getAs(IncidentsExtract.RECORDED_DATE).getDayOfMonth()).isEqualTo(1);
      assertThat(r.<String>getAs(IncidentsExtract.LA_CODE)).isEqualTo("E10000032");
    }
    assertThat(placed).isEqualTo(16);
  }

  /** The hot spot step's cell counts against a count of the planted positions by cell, made here by hand. */
  @Test
  void theRunsGridCountsEqualTheCountOfThePlantedPositions() {
    Map<String, Long> expected = new TreeMap<>();
    for (int[] cell : PLANTED) {
      int e = WEST + cell[0] * CELL;
      int n = SOUTH + cell[1] * CELL;
      expected.put("E" + e + "-N" + n + "-" + CELL + "m", (long) cell[2]);
    }
    HotspotTables tables = Hotspots.analyse(police.extract(IncidentsExtract.NAME).accepted(),
        police.extract(MissingExtract.NAME).accepted(), Q4, HotspotSettings.DEFAULT);
    Row summary = tables.summary().filter("time_window = 'period' and layer = 'incidents'").first();
    assertThat(((Number) summary.getAs("located_events")).longValue()).isEqualTo(16);
    assertThat(((Number) summary.getAs("unlocated_events")).longValue()).isEqualTo(1);
    Map<String, Long> counted = new TreeMap<>();
    tables.cells().filter("time_window = 'period' and layer = 'incidents'").collectAsList()
        .forEach(r -> counted.put(r.getAs("cell_id"), ((Number) r.getAs("events")).longValue()));
    assertThat(counted).isNotEmpty();
    counted.forEach((cell, events) -> assertThat(events).as(cell).isEqualTo(expected.getOrDefault(cell, 0L)));
    assertThat(counted.keySet()).containsAll(List.of("E527000-N136000-250m", "E527750-N136250-250m"));
  }

  @Test
  void latitudeAndLongitudeWithoutAMappingArePlacedAndUnusableOnesWarnPerRow() {
    Map<String, FileAccount> byFile = new HashMap<>();
    plain.files().forEach(f -> byFile.put(f.file(), f));
    FileAccount latLong = byFile.get("incidents/a-latlong.csv");
    assertThat(List.of(latLong.rowsRead(), latLong.accepted(), latLong.quarantined())).containsExactly(3L, 2L, 1L);
    assertThat(latLong.problems()).isEmpty();
    assertThat(latLong.rowProblems()).extracting(p -> p.rule().id() + " " + p.column() + " " + p.firstLines())
        .containsExactly("outside_grid latitude [4]");
    List<Row> a = plain.extract(IncidentsExtract.NAME).accepted().filter("incident_id = 'A1'").collectAsList();
    assertThat(Math.hypot(a.get(0).<Integer>getAs("easting") - 530624.974, a.get(0).<Integer>getAs("northing")
        - 178388.464)).isLessThan(5);

    FileAccount lost = byFile.get("incidents/b-lat-lng.csv");
    assertThat(List.of(lost.rowsRead(), lost.accepted(), lost.quarantined())).containsExactly(3L, 3L, 0L);
    assertThat(lost.problems()).extracting(p -> p.rule().id() + " " + p.column())
        .containsExactly("unknown_column lat", "unknown_column lng");
    assertThat(lost.warnings()).extracting(p -> p.rule().id() + " " + p.column() + " " + p.rows() + " " + p.firstLines())
        .containsExactly("location_lost lat 2 [2, 4]");
    assertThat(lost.rowSummary()).isEqualTo("incidents/b-lat-lng.csv: 2 rows accepted with a warning (location_lost 2)");

    // The published input_warnings table (the report's data-quality annex) carries the rows that lost their place.
    List<String> published = new ArrayList<>();
    for (PublishedRow r : InputFilesPublication.warnings(plain.files(), "2016-Q4", DisclosurePolicy.PARTNERSHIP)
        .rows()) {
      published.add(String.join(" ", r.dimensions()) + " " + r.cells().get(0));
    }
    assertThat(published).anyMatch(s -> s.startsWith("incidents incidents/b-lat-lng.csv location_lost "));
    assertThat(published).anyMatch(s -> s.startsWith("incidents incidents/b-lat-lng.csv unknown_column "));
  }
}
