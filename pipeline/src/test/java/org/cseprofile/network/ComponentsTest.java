package org.cseprofile.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
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

    // The same answer by Spark's star rounds and by union-find on the driver, over keys or over numbered nodes.
    for (Components.Method method : Components.Method.values()) {
      Dataset<Row> components = Components.of(edges, "from", "to", method);

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
    for (Components.Method method : Components.Method.values()) {
      Dataset<Row> components = Components.of(edges, "from", "to", method);

      assertThat(components.collectAsList()).extracting(r -> r.getString(1)).containsOnly("\uFF21");
      components.unpersist();
    }
  }

  @Test
  void everyMethodFindsTheSameComponentsOfARandomGraphAsAPlainSearchDoes(SparkSession spark) {
    // 400 random edges among 300 keys (some with letters beyond ASCII, so Java's and Spark's orders differ), and
    // self-loops: each method's answer must equal a breadth-first search's, each component named by its least key
    // in UTF-8 byte order.
    Random random = new Random(19);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      keys.add((i % 7 == 0 ? "\uFF21" : i % 11 == 0 ? "\uD83D\uDE00" : "k") + Integer.toString(i, 36));
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Set<String>> neighbours = new TreeMap<>();
    for (int e = 0; e < 400; e++) {
      String a = keys.get(random.nextInt(keys.size()));
      String b = e % 50 == 0 ? a : keys.get(random.nextInt(keys.size()));
      rows.add(RowFactory.create(a, b));
      neighbours.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
      neighbours.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
    }
    Map<String, String> expected = new TreeMap<>();
    for (String start : neighbours.keySet()) {
      if (expected.containsKey(start)) {
        continue;
      }
      List<String> component = new ArrayList<>(List.of(start));
      for (int i = 0; i < component.size(); i++) {
        for (String next : neighbours.get(component.get(i))) {
          if (!component.contains(next)) {
            component.add(next);
          }
        }
      }
      String least = component.stream().min(Comparator.comparing(k -> UTF8String.fromString(k))).orElseThrow();
      component.forEach(k -> expected.put(k, least));
    }
    StructType schema = new StructType().add("from", DataTypes.StringType).add("to", DataTypes.StringType);
    Dataset<Row> edges = spark.createDataFrame(rows, schema);
    for (Components.Method method : Components.Method.values()) {
      Dataset<Row> components = Components.of(edges, "from", "to", method);

      Map<String, String> found = new TreeMap<>();
      components.collectAsList().forEach(r -> found.put(r.getString(0), r.getString(1)));
      assertThat(found).as(method.name()).isEqualTo(expected);
      components.unpersist();
    }
    assertThat(new TreeSet<>(expected.values())).hasSizeGreaterThan(1);
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
