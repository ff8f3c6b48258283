package org.cseprofile.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundaryFileTest {
  @TempDir
  Path dir;

  @Test
  void readsGeoJsonFeaturesWithOnsFieldNames() throws IOException {
    BoundaryFile file = BoundaryFile.read(Fixtures.write(dir, "a.geojson", Fixtures.GEOJSON).toString(), List.of(),
        Fixtures.HADOOP);
    assertThat(file.convertedFromWgs84()).isFalse();
    assertThat(file.synthetic()).isFalse();
    assertThat(file.boundaries()).extracting(Boundary::level, Boundary::code, Boundary::name).containsExactly(
        org.assertj.core.groups.Tuple.tuple(BoundaryLevel.AUTHORITY, "E0000000A", "Aville"),
        org.assertj.core.groups.Tuple.tuple(BoundaryLevel.AUTHORITY, "E0000000B", "Beeton"),
        // The ward file's LAD23CD does not make the first ward an authority: the finest code wins.
        org.assertj.core.groups.Tuple.tuple(BoundaryLevel.WARD, "W01", "West"),
        org.assertj.core.groups.Tuple.tuple(BoundaryLevel.WARD, "W02", "East"),
        org.assertj.core.groups.Tuple.tuple(BoundaryLevel.WARD, "W03", "Lakeside"));
    // 10 km x 10 km less the 2 km x 2 km lake.
    assertThat(file.boundaries().get(4).geometry().getArea()).isEqualTo(100_000_000.0 - 4_000_000.0);
  }

  /** A square of 0.01 degrees at Brighton, in WGS84 as ONS's GeoJSON downloads come: converted to grid metres. */
  @Test
  void convertsWgs84ToTheNationalGrid() throws IOException {
    String json = """
        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"LSOA21CD": "E01000001"},
         "geometry": {"type": "Polygon", "coordinates": [[[-0.14,50.82],[-0.13,50.82],[-0.13,50.83],[-0.14,50.83],[-0.14,50.82]]]}}]}
        """;
    BoundaryFile file = BoundaryFile.read(Fixtures.write(dir, "lsoa.json", json).toString(), List.of(), Fixtures.HADOOP);
    assertThat(file.convertedFromWgs84()).isTrue();
    Boundary lsoa = file.boundaries().get(0);
    assertThat(lsoa.level()).isEqualTo(BoundaryLevel.LSOA);
    assertThat(lsoa.name()).isEqualTo("E01000001"); // no name field: the code stands for it
    double[] corner = BritishNationalGrid.fromWgs84(-0.14, 50.82);
    assertThat(lsoa.geometry().getCoordinates()[0].x).isCloseTo(corner[0], within(0.001));
    assertThat(lsoa.geometry().getCoordinates()[0].y).isCloseTo(corner[1], within(0.001));
    // 0.01 degree of latitude is about 1,112 m; of longitude at 50.8 N about 704 m.
    assertThat(lsoa.geometry().getArea()).isCloseTo(1112 * 704, within(20_000.0));
  }

  @Test
  void namedFieldsReplaceOnsNamesForTheirLevel() throws IOException {
    String json = """
        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"WARD_ID": "X1", "WARD": "Harbour"},
         "geometry": {"type": "Polygon", "coordinates": [[[500000,100000],[501000,100000],[501000,101000],[500000,100000]]]}}]}
        """;
    Path file = Fixtures.write(dir, "w.geojson", json);
    assertThatThrownBy(() -> BoundaryFile.read(file.toString(), List.of(), Fixtures.HADOOP))
        .isInstanceOf(GeographyException.class)
        .hasMessage("w.geojson, feature 1: no code field ONS uses (for example CTYUA23CD, LAD23CD, WD23CD or LSOA21CD) "
            + "and none named by --boundary-fields");
    BoundaryFile read = BoundaryFile.read(file.toString(), List.of(BoundaryFields.parse("ward:WARD_ID:WARD")),
        Fixtures.HADOOP);
    assertThat(read.boundaries()).extracting(Boundary::code, Boundary::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("X1", "Harbour"));
  }

  @Test
  void refusesWhatIsNotABoundaryFile() throws IOException {
    assertThatThrownBy(() -> BoundaryFile.read(dir.resolve("none.geojson").toString(), List.of(), Fixtures.HADOOP))
        .isInstanceOf(GeographyException.class).hasMessageEndingWith("none.geojson: no such boundary file");
    Path csv = Fixtures.write(dir, "areas.csv", "code\n");
    assertThatThrownBy(() -> BoundaryFile.read(csv.toString(), List.of(), Fixtures.HADOOP))
        .isInstanceOf(GeographyException.class).hasMessageContaining("must be GeoJSON");
    Path broken = Fixtures.write(dir, "broken.geojson", "{\"type\": \"FeatureCollection\", \"features\": [");
    assertThatThrownBy(() -> BoundaryFile.read(broken.toString(), List.of(), Fixtures.HADOOP))
        .isInstanceOf(GeographyException.class).hasMessage("broken.geojson: not valid JSON (line 1)");
    Path mercator = Fixtures.write(dir, "m.geojson", """
        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"LAD23CD": "E1"},
         "geometry": {"type": "Polygon", "coordinates": [[[-15000,6600000],[-14000,6600000],[-14000,6601000],[-15000,6600000]]]}}]}
        """);
    assertThatThrownBy(() -> BoundaryFile.read(mercator.toString(), List.of(), Fixtures.HADOOP))
        .isInstanceOf(GeographyException.class)
        .hasMessage("m.geojson: its coordinates are neither British National Grid metres nor WGS84 degrees");
    Path shpAlone = dir.resolve("alone.shp");
    Files.write(shpAlone, new byte[100]);
    assertThatThrownBy(() -> BoundaryFile.read(shpAlone.toString(), List.of(), Fixtures.HADOOP))
        .isInstanceOf(GeographyException.class).hasMessageContaining("needs its .shp and .dbf");
  }

  /**
   * A shapefile written byte by byte from the ESRI technical description: one polygon with a hole (outer
   * ring clockwise, hole anticlockwise) and one null shape, with a .dbf of two fields and a .prj of the
   * National Grid; read from the loose files and from a zip.
   */
  @Test
  void readsAShapefileLooseOrZipped() throws IOException {
    double[][] outer = {{500000, 100000}, {500000, 110000}, {510000, 110000}, {510000, 100000}, {500000, 100000}};
    double[][] hole = {{504000, 104000}, {506000, 104000}, {506000, 106000}, {504000, 106000}, {504000, 104000}};
    byte[] shp = shp(List.of(outer, hole));
    byte[] dbf = dbf(List.of(new String[] {"E0000000A", "Aville"}, new String[] {"E0000000Z", "Nothing"}));
    byte[] prj = "PROJCS[\"British_National_Grid\",GEOGCS[\"GCS_OSGB_1936\"]]".getBytes(StandardCharsets.US_ASCII);
    Files.write(dir.resolve("lad.shp"), shp);
    Files.write(dir.resolve("lad.dbf"), dbf);
    Files.write(dir.resolve("lad.prj"), prj);
    BoundaryFile loose = BoundaryFile.read(dir.resolve("lad.shp").toString(), List.of(), Fixtures.HADOOP);
    Path zip = dir.resolve("lad.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String name : List.of("lad.shp", "lad.dbf", "lad.prj")) {
        out.putNextEntry(new ZipEntry("Local_Authority_Districts/" + name));
        out.write(Files.readAllBytes(dir.resolve(name)));
      }
    }
    BoundaryFile zipped = BoundaryFile.read(zip.toString(), List.of(), Fixtures.HADOOP);
    for (BoundaryFile file : List.of(loose, zipped)) {
      assertThat(file.boundaries()).hasSize(1); // the null shape has no outline
      Boundary a = file.boundaries().get(0);
      assertThat(a.code()).isEqualTo("E0000000A");
      assertThat(a.name()).isEqualTo("Aville");
      assertThat(a.geometry().getArea()).isEqualTo(100_000_000.0 - 4_000_000.0);
    }
  }

  /**
   * Independent cross-check: the fixture's GeoJSON converted to a shapefile by GDAL's ogr2ogr (GDAL 3.6, Debian;
   * the zip is a test resource, made once with {@code ogr2ogr -f "ESRI Shapefile" -nlt MULTIPOLYGON}): the same
   * areas, codes and names as read from the GeoJSON.
   */
  @Test
  void readsTheSameAreasFromAShapefileGdalWrote() throws Exception {
    Path zip = Path.of(getClass().getResource("areas-ogr2ogr.zip").toURI());
    BoundaryFile fromShapefile = BoundaryFile.read(zip.toString(), List.of(), Fixtures.HADOOP);
    BoundaryFile fromGeoJson = BoundaryFile.read(Fixtures.write(dir, "a.geojson", Fixtures.GEOJSON).toString(), List.of(),
        Fixtures.HADOOP);
    assertThat(fromShapefile.boundaries()).hasSameSizeAs(fromGeoJson.boundaries());
    for (int i = 0; i < fromGeoJson.boundaries().size(); i++) {
      Boundary expected = fromGeoJson.boundaries().get(i);
      Boundary actual = fromShapefile.boundaries().get(i);
      assertThat(actual.level()).isEqualTo(expected.level());
      assertThat(actual.code()).isEqualTo(expected.code());
      assertThat(actual.name()).isEqualTo(expected.name());
      assertThat(actual.geometry().symDifference(expected.geometry()).getArea()).as(expected.code()).isZero();
    }
  }

  /** The main file: header, one polygon record of two rings, one null record. */
  static byte[] shp(List<double[][]> rings) {
    int points = rings.stream().mapToInt(r -> r.length).sum();
    int polygonBytes = 4 + 32 + 4 + 4 + 4 * rings.size() + 16 * points;
    int nullBytes = 4;
    int total = 100 + 8 + polygonBytes + 8 + nullBytes;
    ByteBuffer b = ByteBuffer.allocate(total);
    b.order(ByteOrder.BIG_ENDIAN).putInt(0, Shapefile.FILE_CODE).putInt(24, total / 2);
    b.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, Shapefile.POLYGON);
    b.putDouble(36, 500000).putDouble(44, 100000).putDouble(52, 510000).putDouble(60, 110000);
    int at = 100;
    b.order(ByteOrder.BIG_ENDIAN).putInt(at, 1).putInt(at + 4, polygonBytes / 2);
    b.order(ByteOrder.LITTLE_ENDIAN).putInt(at + 8, Shapefile.POLYGON);
    b.putInt(at + 8 + 36, rings.size()).putInt(at + 8 + 40, points);
    int start = 0;
    for (int r = 0; r < rings.size(); r++) {
      b.putInt(at + 8 + 44 + 4 * r, start);
      start += rings.get(r).length;
    }
    int p = at + 8 + 44 + 4 * rings.size();
    for (double[][] ring : rings) {
      for (double[] xy : ring) {
        b.putDouble(p, xy[0]).putDouble(p + 8, xy[1]);
        p += 16;
      }
    }
    b.order(ByteOrder.BIG_ENDIAN).putInt(p, 2).putInt(p + 4, 2);
    b.order(ByteOrder.LITTLE_ENDIAN).putInt(p + 8, Shapefile.NULL_SHAPE);
    return b.array();
  }

  /** A dBASE III table with character fields LAD23CD (9) and LAD23NM (20). */
  static byte[] dbf(List<String[]> rows) {
    int[] widths = {9, 20};
    String[] names = {"LAD23CD", "LAD23NM"};
    int header = 32 + 32 * names.length + 1;
    int record = 1 + widths[0] + widths[1];
    ByteBuffer b = ByteBuffer.allocate(header + record * rows.size() + 1).order(ByteOrder.LITTLE_ENDIAN);
    b.put(0, (byte) 3).putInt(4, rows.size()).putShort(8, (short) header).putShort(10, (short) record);
    for (int f = 0; f < names.length; f++) {
      byte[] name = names[f].getBytes(StandardCharsets.US_ASCII);
      b.put(32 + 32 * f, name);
      b.put(32 + 32 * f + 11, (byte) 'C');
      b.put(32 + 32 * f + 16, (byte) widths[f]);
    }
    b.put(header - 1, (byte) 0x0D);
    for (int r = 0; r < rows.size(); r++) {
      int at = header + r * record;
      b.put(at, (byte) ' ');
      int field = at + 1;
      for (int f = 0; f < names.length; f++) {
        byte[] value = String.format("%-" + widths[f] + "s", rows.get(r)[f]).getBytes(StandardCharsets.UTF_8);
        b.put(field, value);
        field += widths[f];
      }
    }
    b.put(b.capacity() - 1, (byte) 0x1A);
    return b.array();
  }
}
