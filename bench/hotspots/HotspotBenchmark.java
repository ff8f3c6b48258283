import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.hotspot.HotspotSettings;
import org.cseprofile.hotspot.HotspotTables;
import org.cseprofile.hotspot.Hotspots;
import org.cseprofile.period.Period;
import org.cseprofile.run.SparkSessions;
import org.cseprofile.run.SparkSettings;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.table.TableWriter;

/**
 * Times the hot spot step on synthetic points: half spread uniformly over a 200 km square, half
 * around 2,000 centres (sd about 150 m), recorded over 2015-2016, 10% online; analysed for 2016-Q4
 * with the default settings and written as the run writes them. Prints one line per repetition.
 * Arguments: points, output folder, repetitions, master (default local[*]), shuffle partitions (default 8).
 */
public class HotspotBenchmark {
  public static void main(String[] args) {
    long points = Long.parseLong(args[0]);
    String output = args[1];
    int repetitions = Integer.parseInt(args[2]);
    String master = args.length > 3 ? args[3] : "local[*]";
    int partitions = args.length > 4 ? Integer.parseInt(args[4]) : 8;
    SparkSession spark = SparkSessions.getOrCreate(new SparkSettings(master, partitions));
    Dataset<Row> incidents = spark.range(points).selectExpr(
        "cast(id as string) as incident_id",
        "date_add(date'2015-01-01', cast(rand(1) * 730 as int)) as recorded_date",
        "'E10000032' as la_code", "'crime' as incident_type", "'contact' as contact_type",
        "case when rand(2) < 0.1 then 'online' else 'hotel' end as place_type",
        "cast(case when rand(3) < 0.5 then 300000 + rand(4) * 200000"
            + " else 400000 + hash(id % 2000) % 100000 + randn(5) * 150 end as int) as easting",
        "cast(case when rand(6) < 0.5 then 200000 + rand(7) * 200000"
            + " else 300000 + hash(id % 2000 + 7) % 100000 + randn(8) * 150 end as int) as northing",
        "cast(null as string) as victim_id", "cast(null as string) as platform")
        .localCheckpoint();
    Dataset<Row> missing = spark.sql("select cast(null as string) child_id, cast(null as date) birth_month,"
        + " cast(null as string) missing_type, cast(null as date) start_date, cast(null as date) end_date,"
        + " cast(null as string) la_code, cast(null as date) rhi_offered_date, cast(null as boolean) rhi_accepted,"
        + " cast(null as int) found_easting, cast(null as int) found_northing").limit(0);
    System.out.printf(Locale.UK, "hotspot benchmark: %,d points, %s, %d shuffle partitions%n", incidents.count(),
        master, partitions);
    for (int i = 1; i <= repetitions; i++) {
      long start = System.nanoTime();
      HotspotTables tables = Hotspots.analyse(incidents, missing, Period.parseQuarter("2016-Q4"),
          HotspotSettings.DEFAULT);
      long analysed = System.nanoTime();
      TableWriter writer = new TableWriter(new OutputLayout(output));
      tables.tables().forEach(writer::writeRestricted);
      long written = System.nanoTime();
      long cells = spark.read().parquet(output + "/restricted/hotspot_cells").count();
      System.out.printf(Locale.UK, "run %d: analyse %.1f s, write %.1f s, total %.1f s, %,d cell rows%n", i,
          (analysed - start) / 1e9, (written - analysed) / 1e9, (written - start) / 1e9, cells);
    }
    spark.stop();
  }
}
