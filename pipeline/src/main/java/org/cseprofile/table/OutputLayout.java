package org.cseprofile.table;

import java.util.Objects;
import org.apache.hadoop.fs.Path;

/**
 * Where a run's outputs go under the output folder. Restricted (analyst) tables and published
 * (disclosure-controlled) outputs are kept in separate trees:
 * <pre>
 *   restricted/&lt;table&gt;/period=&lt;P&gt;/part-*.parquet
 *   published/&lt;P&gt;/tables/&lt;table&gt;.csv and .parquet
 *   published/&lt;P&gt;/charts/&lt;chart&gt;.png and .pdf
 *   published/&lt;P&gt;/report.pdf
 *   runs/&lt;P&gt;/manifest.json
 *   _staging/                       work in progress (see StagedOutput); never read
 * </pre>
 * The <em>units</em> of a period are the folders that hold its output: one per restricted table,
 * its published folder and its run folder. A run replaces them together (see StagedOutput).
 */
public record OutputLayout(String root) {

  public OutputLayout {
    Objects.requireNonNull(root, "root");
    if (root.isBlank()) {
      throw new IllegalArgumentException("root must not be blank");
    }
  }

  /** Folder of all restricted tables. */
  public Path restricted() {
    return new Path(root, "restricted");
  }

  /** Folder of a restricted table (all periods). */
  public Path restrictedTable(String table) {
    return new Path(restricted(), table);
  }

  /** Folder of the published artifacts of one period. */
  public Path published(String period) {
    return new Path(new Path(root, "published"), period);
  }

  /** Folder of the published tables of one period. */
  public Path publishedTables(String period) {
    return new Path(published(period), "tables");
  }

  /** A published table file of one period ({@code <table>.csv} or {@code <table>.parquet}). */
  public Path publishedTable(String period, String fileName) {
    return new Path(publishedTables(period), fileName);
  }

  /** The board report of one period. */
  public Path report(String period) {
    return new Path(published(period), "report.pdf");
  }

  /** Folder describing the run that produced a period's output. */
  public Path runs(String period) {
    return new Path(new Path(root, "runs"), period);
  }

  /** The manifest of the run that produced a period's output. */
  public Path manifest(String period) {
    return new Path(runs(period), "manifest.json");
  }

  /** Folder of work in progress: staging folders, publish journals and the output lock. */
  public Path staging() {
    return new Path(root, "_staging");
  }

  /** A restricted table's folder of one period (Hive-style partition). */
  public Path restrictedPartition(String table, String period) {
    return new Path(restrictedTable(table), Columns.PERIOD + "=" + period);
  }

  /** A published chart of one period. */
  public Path chart(String period, String fileName) {
    return new Path(new Path(published(period), "charts"), fileName);
  }
}
