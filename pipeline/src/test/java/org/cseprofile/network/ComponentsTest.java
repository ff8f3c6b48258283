package org.cseprofile.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class ComponentsTest {

  @Test
  void aLongPathInShuffledOrderAPairAndANodeAloneAreThreeComponentsEachNamedByItsLeastKey(SparkSession spark) {
    // The path e-b-g-a-h-c-f zigzags across the key order, so no single round of either star step ends it.
    StructType schema = new StructType().add("from", DataTypes.StringType).add("to", DataTypes.StringType);
    Dataset<Row> edges = spark.createDataFrame(List.of(RowFactory.create("e", "b"), RowFactory.create("b", "g"),
        RowFactory.create("g", "a"), RowFactory.create("a", "h"), RowFactory.create("h", "c"),
        RowFactory.create("c", "f"), RowFactory.create("y", "x"), RowFactory.create("x", "y"),
        RowFactory.create("z", "z")), schema);

    // The same answer by Spark's star rounds (0 edges on the driver) and by union-find on the driver (9 edges).
    for (int driverEdges : new int[] {0, Components.DRIVER_EDGES}) {
      Dataset<Row> components = Components.of(edges, "from", "to", driverEdges);

      assertThat(components.orderBy(Components.NODE).collectAsList()).extracting(Row::toString).containsExactly(
          "[a,a]", "[b,a]", "[c,a]", "[e,a]", "[f,a]", "[g,a]", "[h,a]", "[x,x]", "[y,x]", "[z,z]");
      components.unpersist();
    }
  }

  @Test
  void theDriverNamesAComponentByItsLeastKeyInSparksByteOrderAsTheRoundsDo(SparkSession spark) {
    // "\uFF21" (fullwidth A, UTF-8 EF BC A1) sorts before "\uD83D\uDE00" (an emoji, UTF-8 F0 9F 98 80) in UTF-8
    // byte order, as Spark's min compares, but after it in Java's UTF-16 order: the component is named "\uFF21".
    StructType schema = new StructType().add("from", DataTypes.StringType).add("to", DataTypes.StringType);
    Dataset<Row> edges = spark.createDataFrame(List.of(RowFactory.create("\uD83D\uDE00", "\uFF21")), schema);
    for (int driverEdges : new int[] {0, Components.DRIVER_EDGES}) {
      Dataset<Row> components = Components.of(edges, "from", "to", driverEdges);

      assertThat(components.collectAsList()).extracting(r -> r.getString(1)).containsOnly("\uFF21");
      components.unpersist();
    }
  }

  @Test
  void starStepsKeepComponentsAndEndInStars(SparkSession spark) {
    StructType schema = new StructType().add(Components.HIGH, DataTypes.StringType)
        .add(Components.LOW, DataTypes.StringType);
    // A path c-b-a (as canonical edges c>b, b>a) is not a star: b is both a larger and a smaller end.
    Dataset<Row> path = spark.createDataFrame(List.of(RowFactory.create("c", "b"), RowFactory.create("b", "a")), schema);
    assertThat(Components.isStarForest(path)).isFalse();
    // Large star from b: c links to a (the least of b's neighbourhood); a's larger neighbour b links to a.
    assertThat(Components.largeStar(path).orderBy(Components.HIGH).collectAsList()).extracting(Row::toString)
        .containsExactly("[b,a]", "[c,a]");
    assertThat(Components.isStarForest(Components.largeStar(path))).isTrue();
    // A node with two smaller neighbours is not a star's leaf.
    Dataset<Row> fork = spark.createDataFrame(List.of(RowFactory.create("c", "a"), RowFactory.create("c", "b")), schema);
    assertThat(Components.isStarForest(fork)).isFalse();
    assertThat(Components.smallStar(fork).orderBy(Components.HIGH).collectAsList()).extracting(Row::toString)
        .containsExactly("[b,a]", "[c,a]");
  }
}
