package org.cseprofile.hotspot;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.cseprofile.geography.Gazetteer;
import org.cseprofile.geography.GridReference;
import org.cseprofile.geography.Place;
import org.cseprofile.table.Columns;

/**
 * Names places in Spark: the gazetteer is broadcast once to every executor (its STRtree and the
 * polygons), and each row is looked up in it locally, so assigning millions of events to thousands
 * of wards is a map over the events, never a join of events with polygons.
 */
final class PlaceColumns {
  static final String PLACE = "_place";
  static final StructType PLACE_TYPE = new StructType()
      .add(Columns.AUTHORITY_CODE, DataTypes.StringType)
      .add(Columns.AUTHORITY_NAME, DataTypes.StringType)
      .add(Columns.PLACE_CODE, DataTypes.StringType)
      .add(Columns.PLACE_NAME, DataTypes.StringType)
      .add(Columns.PLACE_TYPE, DataTypes.StringType);

  private final Broadcast<Gazetteer> gazetteer;

  PlaceColumns(SparkSession spark, Gazetteer gazetteer) {
    this.gazetteer = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(gazetteer);
  }

  /** The OS grid reference of a square from its south-west corner and size (metres). */
  static Column gridReference(Column minEasting, Column minNorthing, int size) {
    return udf((UDF2<Long, Long, String>) (e, n) -> e == null || n == null || e < 0 || n < 0 || e >= 700_000
            || n >= 1_300_000 ? null : GridReference.ofSquare(e, n, size), DataTypes.StringType)
        .apply(minEasting.cast("long"), minNorthing.cast("long"));
  }

  /** The place (a struct of {@link #PLACE_TYPE}) holding most of each square; null where no area touches it. */
  Column ofSquare(Column minEasting, Column minNorthing, int size) {
    Broadcast<Gazetteer> g = gazetteer;
    return udf((UDF3<Double, Double, Integer, Row>) (e, n, s) -> e == null || n == null ? null
            : row(g.value().ofSquare(e, n, s)), PLACE_TYPE)
        .apply(minEasting.cast("double"), minNorthing.cast("double"), lit(size));
  }

  /** The place (a struct of {@link #PLACE_TYPE}) holding each point; null where no area holds it. */
  Column ofPoint(Column easting, Column northing) {
    Broadcast<Gazetteer> g = gazetteer;
    return udf((UDF2<Double, Double, Row>) (e, n) -> e == null || n == null ? null : row(g.value().locate(e, n)),
        PLACE_TYPE).apply(easting.cast("double"), northing.cast("double"));
  }

  /** The five place columns, from a struct column {@code place}. */
  static Column[] expand(String place) {
    return new Column[] {col(place + "." + Columns.AUTHORITY_CODE).as(Columns.AUTHORITY_CODE),
        col(place + "." + Columns.AUTHORITY_NAME).as(Columns.AUTHORITY_NAME),
        col(place + "." + Columns.PLACE_CODE).as(Columns.PLACE_CODE),
        col(place + "." + Columns.PLACE_NAME).as(Columns.PLACE_NAME),
        col(place + "." + Columns.PLACE_TYPE).as(Columns.PLACE_TYPE)};
  }

  /** The five place columns, all null: no boundaries were given. */
  static Column[] none() {
    return new Column[] {lit(null).cast("string").as(Columns.AUTHORITY_CODE),
        lit(null).cast("string").as(Columns.AUTHORITY_NAME), lit(null).cast("string").as(Columns.PLACE_CODE),
        lit(null).cast("string").as(Columns.PLACE_NAME), lit(null).cast("string").as(Columns.PLACE_TYPE)};
  }

  private static Row row(Optional<Place> place) {
    return place.map(p -> RowFactory.create(p.authorityCode(), p.authorityName(), p.placeCode(), p.placeName(),
        p.placeType())).orElse(null);
  }
}
