package org.cseprofile.hotspot;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.testing.Fixtures;

/** Builds incidents and missing extracts (contract CSV, through the real parser) from hand-placed points. */
final class PointPatterns {
  private final List<String> incidents = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();

  /** {@code count} incidents at {@code place} at the centre of the 250 m cell (column, row) of the grid. */
  PointPatterns incidentsInCell(int count, int column, int row, String date, String place) {
    for (int i = 0; i < count; i++) {
      incidentAt(column * 250 + 125, row * 250 + 125, date, place);
    }
    return this;
  }

  PointPatterns incidentAt(int easting, int northing, String date, String place) {
    incidents.add(String.join(",", "I" + incidents.size(), date, "E06000043", "crime", "contact", place,
        Integer.toString(easting), Integer.toString(northing)));
    return this;
  }

  PointPatterns onlineIncidents(int count, String date) {
    for (int i = 0; i < count; i++) {
      incidents.add(String.join(",", "I" + incidents.size(), date, "E06000043", "crime", "online", "online", "", ""));
    }
    return this;
  }

  PointPatterns unlocatedIncidents(int count, String date) {
    for (int i = 0; i < count; i++) {
      incidents.add(String.join(",", "I" + incidents.size(), date, "E06000043", "concern", "contact", "other", "", ""));
    }
    return this;
  }

  /** {@code count} incidents placed uniformly at random in the box [0, width) x [0, height) metres. */
  PointPatterns randomIncidents(int count, int width, int height, String date, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      incidentAt(rng.nextInt(width), rng.nextInt(height), date, "other");
    }
    return this;
  }

  /** A missing episode (dates dd/MM/yyyy as in SSDA903; blanks allowed) with an optional found location. */
  PointPatterns episode(String start, String end, Integer easting, Integer northing) {
    missing.add(String.join(",", "C" + missing.size(), "2003-05", "M", start, end == null ? "" : end,
        easting == null ? "" : easting.toString(), northing == null ? "" : northing.toString()));
    return this;
  }

  Dataset<Row> incidents(SparkSession spark) {
    return Fixtures.extract(spark, IncidentsExtract.SPEC,
        "incident_id,recorded_date,la_code,incident_type,contact_type,place_type,easting,northing\n"
            + String.join("\n", incidents));
  }

  Dataset<Row> missing(SparkSession spark) {
    return Fixtures.extract(spark, MissingExtract.SPEC,
        "CHILD,DOB,MISSING,MIS_START,MIS_END,FOUND_EASTING,FOUND_NORTHING\n" + String.join("\n", missing));
  }
}
