package org.cseprofile.network;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Connected components of an undirected graph given as edges between text node keys, by the
 * alternating large-star and small-star rounds of Kiveris et al. ("Connected components in
 * MapReduce and beyond", SoCC 2014) on DataFrames: O(log^2 n) rounds whatever the graph's diameter,
 * each a few joins and aggregations. A node's component is the least node key in it.
 */
public final class Components {
  /** The node key column of the result. */
  public static final String NODE = "node";
  /** The component column of the result: the least node key of the component. */
  public static final String COMPONENT = "component";

  /** The larger and the smaller end of an edge (edges are kept once, larger end first). */
  static final String HIGH = "_high";
  static final String LOW = "_low";
  private static final String MIN = "_min";
  private static final String SELF = "_self";

  /** Far more rounds than any graph needs (each round at least halves what is left to merge); a guard, not a limit. */
  static final int MAX_ROUNDS = 200;

  /**
   * Up to this many edges the components are found on the driver (one Spark job to collect the edges instead of
   * two or three per round: a county's graph of a few thousand edges took 12 jobs, docs/performance.md).
   */
  static final int DRIVER_EDGES = 100_000;

  /**
   * Up to this many edges (and so at most twice as many nodes) the components are found by union-find on the
   * driver over the nodes' numbers, the edges streamed to it: two arrays of one int per node, at most 320 MB,
   * where the rounds cost minutes of processor time at national size (docs/performance.md, "The network step").
   */
  static final long INDEXED_EDGES = 20_000_000L;

  private static final String INDEX = "_index";
  private static final String HIGH_INDEX = "_high_index";
  private static final String LOW_INDEX = "_low_index";
  private static final String ROOT_INDEX = "_root_index";

  /** How the components are found; each gives the same result. */
  enum Method {
    /** Union-find on the driver over the collected edges (small graphs). */
    DRIVER,
    /** Union-find on the driver over numbered nodes, the edges streamed as pairs of numbers (large graphs). */
    INDEXED,
    /** Spark's large-star and small-star rounds (graphs too large for the driver). */
    ROUNDS
  }

  private Components() {}

  /**
   * The component of every node of {@code edges} (columns {@code from} and {@code to}, node keys as text; a
   * self-loop adds a node alone): one row per node with {@link #NODE} and {@link #COMPONENT}. Up to
   * {@link #DRIVER_EDGES} edges they are found on the driver from the collected edges, up to
   * {@link #INDEXED_EDGES} on the driver over numbered nodes, else by Spark's rounds (each round is materialised
   * and its plan cut, so plans do not grow); the result is persisted: unpersist it when done.
   */
  public static Dataset<Row> of(Dataset<Row> edges, String from, String to) {
    Dataset<Row> all = ends(edges, from, to);
    List<Row> few = all.limit(DRIVER_EDGES + 1).collectAsList();
    if (few.size() <= DRIVER_EDGES) {
      return onDriver(all, few);
    }
    return all.count() <= INDEXED_EDGES ? indexed(all) : rounds(all);
  }

  /** The same, found by {@code method} whatever the graph's size. */
  static Dataset<Row> of(Dataset<Row> edges, String from, String to, Method method) {
    Dataset<Row> all = ends(edges, from, to);
    return switch (method) {
      case DRIVER -> onDriver(all, all.collectAsList());
      case INDEXED -> indexed(all);
      case ROUNDS -> rounds(all);
    };
  }

  /** The edges with both ends known, as {@link #HIGH} and {@link #LOW} (not yet ordered). */
  private static Dataset<Row> ends(Dataset<Row> edges, String from, String to) {
    return edges.select(col(from).as(HIGH), col(to).as(LOW))
        .filter(col(HIGH).isNotNull().and(col(LOW).isNotNull()));
  }

  /** Every node of the edges once, as {@link #NODE}. */
  private static Dataset<Row> nodes(Dataset<Row> all) {
    return all.select(col(HIGH).as(NODE)).union(all.select(col(LOW).as(NODE))).distinct();
  }

  /** The components by Spark's large-star and small-star rounds. */
  private static Dataset<Row> rounds(Dataset<Row> all) {
    Dataset<Row> nodes = nodes(all);
    Dataset<Row> current = persist(canonical(all.filter(col(HIGH).notEqual(col(LOW)))));
    int round = 0;
    while (!isStarForest(current)) {
      if (++round > MAX_ROUNDS) {
        throw new IllegalStateException("connected components did not converge in " + MAX_ROUNDS + " rounds");
      }
      current = persist(smallStar(largeStar(current)));
    }
    // In a forest of stars each centre is the least node of its component; a node on no edge is alone.
    Dataset<Row> labelled = current.select(col(HIGH).as(NODE), col(LOW).as(COMPONENT))
        .union(current.select(col(LOW).as(NODE), col(LOW).as(COMPONENT))).distinct();
    Dataset<Row> result = nodes.join(labelled, new String[] {NODE}, "left")
        .select(col(NODE), coalesce(col(COMPONENT), col(NODE)).as(COMPONENT))
        .persist(StorageLevel.MEMORY_AND_DISK());
    result.count();
    return result;
  }

  /**
   * The components by union-find on the driver over the nodes numbered in Spark's order of their keys (UTF-8
   * bytes, as {@code min} compares text), so that the least number of a component is its least key: the driver
   * holds two ints per node, never a key, and reads the edges as pairs of numbers one partition at a time.
   */
  static Dataset<Row> indexed(Dataset<Row> all) {
    SparkSession spark = all.sparkSession();
    JavaRDD<Row> numbered = nodes(all)
        .orderBy(col(NODE)).javaRDD().zipWithIndex().map(n -> RowFactory.create(n._1().getString(0), n._2()));
    Dataset<Row> index = spark.createDataFrame(numbered, new StructType().add(NODE, DataTypes.StringType, false)
        .add(INDEX, DataTypes.LongType, false)).persist(StorageLevel.MEMORY_AND_DISK());
    long nodes = index.count();
    if (nodes > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("too many nodes to number on the driver: " + nodes);
    }
    int[] parent = new int[(int) nodes];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Iterator<Row> pairs = all
        .join(index.select(col(NODE).as(HIGH), col(INDEX).as(HIGH_INDEX)), HIGH)
        .join(index.select(col(NODE).as(LOW), col(INDEX).as(LOW_INDEX)), LOW)
        .select(col(HIGH_INDEX), col(LOW_INDEX)).toLocalIterator();
    while (pairs.hasNext()) {
      Row pair = pairs.next();
      union(parent, (int) pair.getLong(0), (int) pair.getLong(1));
    }
    int[] rootOf = new int[parent.length];
    for (int i = 0; i < parent.length; i++) {
      rootOf[i] = root(parent, i);
    }
    Broadcast<int[]> roots = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(rootOf);
    JavaRDD<Row> withRoot = index.javaRDD()
        .map(r -> RowFactory.create(r.getString(0), (long) roots.value()[(int) r.getLong(1)]));
    Dataset<Row> result = spark.createDataFrame(withRoot, new StructType().add(NODE, DataTypes.StringType, false)
            .add(ROOT_INDEX, DataTypes.LongType, false))
        .join(index.select(col(INDEX).as(ROOT_INDEX), col(NODE).as(COMPONENT)), ROOT_INDEX)
        .select(col(NODE), col(COMPONENT))
        .persist(StorageLevel.MEMORY_AND_DISK());
    result.count();
    index.unpersist();
    return result;
  }

  /**
   * The same components from the collected {@code edges} ({@link #HIGH}, {@link #LOW}), by union-find on the driver;
   * the least key is Spark's (UTF-8 byte order, as {@code min} and {@code least} compare text).
   */
  static Dataset<Row> onDriver(Dataset<Row> like, List<Row> edges) {
    Map<String, Integer> index = new HashMap<>();
    List<String> keys = new ArrayList<>();
    int[] parent = new int[2 * edges.size()];
    int[][] ends = new int[edges.size()][];
    for (int e = 0; e < edges.size(); e++) {
      int[] pair = new int[2];
      for (int side = 0; side < 2; side++) {
        String key = edges.get(e).getString(side);
        Integer i = index.get(key);
        if (i == null) {
          i = keys.size();
          index.put(key, i);
          keys.add(key);
          parent[i] = i;
        }
        pair[side] = i;
      }
      ends[e] = pair;
    }
    for (int[] pair : ends) {
      union(parent, pair[0], pair[1]);
    }
    UTF8String[] least = new UTF8String[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      int r = root(parent, i);
      UTF8String key = UTF8String.fromString(keys.get(i));
      if (least[r] == null || key.compareTo(least[r]) < 0) {
        least[r] = key;
      }
    }
    List<Row> rows = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      rows.add(RowFactory.create(keys.get(i), least[root(parent, i)].toString()));
    }
    StructType schema = new StructType().add(NODE, DataTypes.StringType, false)
        .add(COMPONENT, DataTypes.StringType, false);
    return like.sparkSession().createDataFrame(rows, schema);
  }

  /** Joins the trees of {@code i} and {@code j}; the smaller root stays a root, so every root is its tree's least. */
  private static void union(int[] parent, int i, int j) {
    int a = root(parent, i);
    int b = root(parent, j);
    if (a != b) {
      parent[Math.max(a, b)] = Math.min(a, b);
    }
  }

  /** The root of {@code i}'s tree, halving the path on the way. */
  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Each edge once, larger key first, no self-loop. */
  static Dataset<Row> canonical(Dataset<Row> edges) {
    return edges.select(greatest(col(HIGH), col(LOW)).as(HIGH), least(col(HIGH), col(LOW)).as(LOW))
        .filter(col(HIGH).notEqual(col(LOW))).distinct();
  }

  /**
   * Large star: every node links each larger neighbour to the least of itself and its neighbours.
   * Connectivity is unchanged; every node ends linked to a node no larger than any it could reach in one step.
   */
  static Dataset<Row> largeStar(Dataset<Row> edges) {
    Dataset<Row> both = edges.select(col(HIGH).as(SELF), col(LOW).as(NODE))
        .union(edges.select(col(LOW).as(SELF), col(HIGH).as(NODE)));
    Dataset<Row> mins = both.groupBy(col(SELF)).agg(min(col(NODE)).as(MIN))
        .select(col(SELF), least(col(SELF), col(MIN)).as(MIN));
    return canonical(both.join(mins, SELF).filter(col(NODE).gt(col(SELF)))
        .select(col(NODE).as(HIGH), col(MIN).as(LOW)));
  }

  /**
   * Small star: every node links itself and each smaller neighbour to the least of them. Connectivity is
   * unchanged; trees of small neighbourhoods become stars.
   */
  static Dataset<Row> smallStar(Dataset<Row> edges) {
    Dataset<Row> mins = edges.groupBy(col(HIGH)).agg(min(col(LOW)).as(MIN));
    Dataset<Row> withMin = edges.join(mins, HIGH);
    return canonical(withMin.select(col(LOW).as(HIGH), col(MIN).as(LOW))
        .union(mins.select(col(HIGH), col(MIN).as(LOW))));
  }

  /**
   * Whether the edges form stars, each centred on its least node: no node is both a larger and a smaller end,
   * and every larger end has one edge.
   */
  static boolean isStarForest(Dataset<Row> edges) {
    Dataset<Row> centres = edges.select(col(LOW).as(NODE)).distinct();
    long both = edges.select(col(HIGH).as(NODE)).distinct().join(centres, NODE).count();
    if (both > 0) {
      return false;
    }
    return edges.groupBy(col(HIGH)).agg(count(lit(1)).as(MIN)).filter(col(MIN).gt(1)).isEmpty();
  }

  /**
   * The edges computed and kept, their plan cut: each round's plan refers to the previous round's edges
   * several times, so without the cut plans (and recomputation) would grow exponentially with the rounds.
   */
  private static Dataset<Row> persist(Dataset<Row> edges) {
    return edges.localCheckpoint(true);
  }
}
