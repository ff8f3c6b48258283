package org.cseprofile.hotspot;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;

/**
 * The events hot spots are made of, from the accepted rows of two extracts: police incidents (dated
 * by recording) and the places missing children were found (dated by the end of the episode). Each
 * event is located, online (an incident with place type {@code online}: it has no place, whatever
 * coordinates it carries), or unlocated (no easting or no northing).
 */
final class HotspotEvents {
  static final String SOURCE = "_source";
  static final String DATE = "_date";
  static final String PLACE = "_place";
  static final String EASTING = "_easting";
  static final String NORTHING = "_northing";
  static final String STATUS = "_status";

  static final String LOCATED = "located";
  static final String ONLINE = "online";
  static final String UNLOCATED = "unlocated";
  /** The place type of online incidents in the incidents extract. */
  static final String ONLINE_PLACE = "online";

  private HotspotEvents() {}

  /**
   * One row per event: {@code _source} (layer of origin: incidents or found), {@code _date}, {@code _place}
   * (incidents only), {@code _easting}, {@code _northing}, {@code _status}. A missing episode is a found
   * event when it has an end date or a found location; it is dated by its end date, or by its start date
   * when the end date is blank. Episodes with neither are children still missing: not found events.
   */
  static Dataset<Row> of(Dataset<Row> incidents, Dataset<Row> missing) {
    Column online = col(IncidentsExtract.PLACE_TYPE).equalTo(lit(ONLINE_PLACE));
    Dataset<Row> incidentEvents = incidents.select(
        lit(Layer.INCIDENTS.label()).as(SOURCE),
        col(IncidentsExtract.RECORDED_DATE).as(DATE),
        col(IncidentsExtract.PLACE_TYPE).as(PLACE),
        col(IncidentsExtract.EASTING).as(EASTING),
        col(IncidentsExtract.NORTHING).as(NORTHING),
        status(online, col(IncidentsExtract.EASTING), col(IncidentsExtract.NORTHING)).as(STATUS));
    Column hasLocation = col(MissingExtract.FOUND_EASTING).isNotNull().and(col(MissingExtract.FOUND_NORTHING).isNotNull());
    Dataset<Row> foundEvents = missing
        .filter(col(MissingExtract.END_DATE).isNotNull().or(hasLocation))
        .select(
            lit(Layer.FOUND.label()).as(SOURCE),
            coalesce(col(MissingExtract.END_DATE), col(MissingExtract.START_DATE)).as(DATE),
            lit(null).cast("string").as(PLACE),
            col(MissingExtract.FOUND_EASTING).as(EASTING),
            col(MissingExtract.FOUND_NORTHING).as(NORTHING),
            status(lit(false), col(MissingExtract.FOUND_EASTING), col(MissingExtract.FOUND_NORTHING)).as(STATUS));
    return incidentEvents.unionByName(foundEvents);
  }

  private static Column status(Column online, Column easting, Column northing) {
    return when(online, lit(ONLINE))
        .when(easting.isNotNull().and(northing.isNotNull()), lit(LOCATED))
        .otherwise(lit(UNLOCATED));
  }
}
