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
 * </pre>
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

  /** A published chart of one period. */
  public Path chart(String period, String fileName) {
    return new Path(new Path(published(period), "charts"), fileName);
  }
}
