package org.cseprofile.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class GridTest {

  @Test
  void coarsenAddsUpTheCellsInsideEachCoarseCell(SparkSession spark) {
    // 250 m cells, centres given; the first two lie in the 1 km cell E0-N0, the third in E1000-N0.
    Dataset<Row> cells = spark.sql("""
        select * from values
          ('incidents', 125, 125, 2L, 1L), ('incidents', 375, 875, 3L, 0L), ('incidents', 1125, 125, 1L, 1L),
          ('found', 125, 125, 4L, 0L)
        as t(layer, cell_easting, cell_northing, events, incidents_hotel)""");

    List<String> coarse = Grid.coarsen(cells, 250, 1000, List.of("layer"), List.of("events", "incidents_hotel"))
        .orderBy("layer", "cell_id").collectAsList().stream().map(Row::toString).toList();

    assertThat(coarse).containsExactly(
        "[found,E0-N0-1000m,500,500,1000,4,0]",
        "[incidents,E0-N0-1000m,500,500,1000,5,1]",
        "[incidents,E1000-N0-1000m,1500,500,1000,1,1]");
  }

  @Test
  void coarseCellsMustHoldWholeCells(SparkSession spark) {
    Dataset<Row> cells = spark.sql("select 125 as cell_easting, 125 as cell_northing, 1L as events");
    assertThatThrownBy(() -> Grid.coarsen(cells, 250, 300, List.of(), List.of("events")))
        .hasMessage("coarseSizeMetres must be an even number of metres, a multiple of the cell size 250 m and greater than it, was 300");
    assertThatThrownBy(() -> Grid.coarsen(cells, 250, 250, List.of(), List.of("events")))
        .hasMessage("coarseSizeMetres must be an even number of metres, a multiple of the cell size 250 m and greater than it, was 250");
  }
}
