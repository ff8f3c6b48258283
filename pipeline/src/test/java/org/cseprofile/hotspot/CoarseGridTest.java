package org.cseprofile.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class CoarseGridTest {

  @Test
  void publishedCellsAreTheSmallestWholeMultipleOfAtLeastOneKilometre() {
    assertThat(CoarseGrid.publishedSize(250)).isEqualTo(1000);
    assertThat(CoarseGrid.publishedSize(300)).isEqualTo(1200);
    assertThat(CoarseGrid.publishedSize(1000)).isEqualTo(1000);
    assertThat(CoarseGrid.publishedSize(2000)).isEqualTo(2000);
  }

  @Test
  void onlyThePeriodsTwelveMonthsOfIncidentsAndFoundAreCoarsenedEmptyCellsLeftOut(SparkSession spark) {
    Dataset<Row> cells = spark.sql("""
        select * from values
          ('2016-Q4', '12_months', 'incidents', 'E0-N0-250m', 125, 125, 2),
          ('2016-Q4', '12_months', 'incidents', 'E250-N750-250m', 375, 875, 3),
          ('2016-Q4', '12_months', 'incidents', 'E1000-N0-250m', 1125, 125, 0),
          ('2016-Q4', '12_months', 'found', 'E0-N0-250m', 125, 125, 4),
          ('2016-Q4', '12_months', 'combined', 'E0-N0-250m', 125, 125, 6),
          ('2016-Q4', 'period', 'incidents', 'E0-N0-250m', 125, 125, 1),
          ('2016-Q3', '12_months', 'incidents', 'E0-N0-250m', 125, 125, 9)
        as t(period, time_window, layer, cell_id, cell_easting, cell_northing, events)""");

    List<String> coarse = CoarseGrid.of(cells, "2016-Q4", 250).orderBy("layer", "cell_id").collectAsList().stream()
        .map(Row::toString).toList();

    assertThat(coarse).containsExactly("[found,E0-N0-1000m,500,500,1000,4]", "[incidents,E0-N0-1000m,500,500,1000,5]");
  }

  @Test
  void cellsOfAKilometreOrMoreArePublishedAsTheyAre(SparkSession spark) {
    Dataset<Row> cells = spark.sql("""
        select * from values ('2016-Q4', '12_months', 'incidents', 'E0-N0-1000m', 500, 500, 7)
        as t(period, time_window, layer, cell_id, cell_easting, cell_northing, events)""");
    assertThat(CoarseGrid.of(cells, "2016-Q4", 1000).collectAsList().stream().map(Row::toString).toList())
        .containsExactly("[incidents,E0-N0-1000m,500,500,1000,7]");
  }
}
