package org.cseprofile.run;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.table.Scratch;

/**
 * A process that starts Spark as {@code run} does for the output folder {@code args[0]}, shuffles values holding a
 * canary, says so and waits to be killed (for {@link ScratchTest}).
 */
public final class ScratchProbe {
  private ScratchProbe() {}

  public static void main(String[] args) throws InterruptedException {
    SparkSettings settings = new SparkSettings("local[1]", 2);
    SparkSession spark = SparkSessions.getOrCreate(settings, Scratch.forOutput(args[0], args[0], new Configuration()));
    long groups = spark.range(2000).selectExpr("concat('CANARY-', id % 7) AS child").repartition(2)
        .groupBy("child").count().count();
    System.out.println("shuffled " + groups + " " + spark.conf().get("spark.local.dir"));
    System.out.flush();
    Thread.sleep(600_000);
  }
}
