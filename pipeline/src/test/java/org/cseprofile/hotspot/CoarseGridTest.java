package org.cseprofile.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
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
    // Without a region (an empty one), the same rule.
    assertThat(CoarseGrid.publishedSize(250, Optional.empty())).isEqualTo(1000);
    assertThat(CoarseGrid.publishedSize(300, Optional.empty())).isEqualTo(1200);
  }

  @Test
  void aCountyKeepsOneKilometreSquares() {
    // 120 x 45 km, on kilometre lines: 120 x 45 = 5,400 squares of 1 km, under 20,000.
    CoarseGrid.Extent county = new CoarseGrid.Extent(480_000, 90_000, 600_000, 135_000);
    assertThat(county.squares(1000)).isEqualTo(5_400);
    assertThat(CoarseGrid.publishedSize(250, Optional.of(county))).isEqualTo(1000);
    assertThat(CoarseGrid.publishedSize(300, Optional.of(county))).isEqualTo(1200);
  }

  @Test
  void aNationalExtentGoesToTheSmallestWholeMultipleThatHoldsAtMostTheLimit() {
    CoarseGrid.Extent nation = new CoarseGrid.Extent(0, 0, 650_000, 1_000_000);
    // 1 km: 650 x 1,000 = 650,000; 2 km: 325 x 500 = 162,500; 3 km: 217 x 334 = 72,478 (650/3 = 216.7 and
    // 1,000/3 = 333.3, rounded up: a part square is drawn whole); 4 km: 163 x 250 = 40,750; 5 km: 130 x 200 = 26,000,
    // still over 20,000; 6 km: 109 x 167 = 18,203 (108.3 and 166.7, rounded up).
    assertThat(nation.squares(3000)).isEqualTo(72_478);
    assertThat(nation.squares(4000)).isEqualTo(40_750);
    assertThat(nation.squares(5000)).isEqualTo(26_000);
    assertThat(nation.squares(6000)).isEqualTo(18_203);
    assertThat(CoarseGrid.publishedSize(250, Optional.of(nation))).isEqualTo(6000);
    // From 300 m cells the published squares are multiples of 1,200 m: 4,800 m gives 136 x 209 = 28,424 (650/4.8 =
    // 135.4, 1,000/4.8 = 208.3, rounded up), over; the next, 6,000 m (5 x 1,200), gives 18,203 as above.
    assertThat(nation.squares(4800)).isEqualTo(28_424);
    assertThat(CoarseGrid.publishedSize(300, Optional.of(nation))).isEqualTo(6000);
  }

  @Test
  void anExtentOfExactlyTheLimitKeepsItsSizeAndOneColumnMoreDoesNot() {
    // 200 x 100 km on kilometre lines: 20,000 squares, not more than the limit.
    CoarseGrid.Extent atLimit = new CoarseGrid.Extent(100_000, 100_000, 300_000, 200_000);
    assertThat(atLimit.squares(1000)).isEqualTo(CoarseGrid.MAXIMUM_SQUARES);
    assertThat(CoarseGrid.publishedSize(250, Optional.of(atLimit))).isEqualTo(1000);
    // The same 200 km shifted half a kilometre east overlaps 201 columns of squares: 201 x 100 = 20,100, over;
    // 2 km squares: columns 50 to 150 (100,500 / 2,000 = 50.25 down, 300,499 / 2,000 = 150.2 down), rows 50 to 99:
    // 101 x 50 = 5,050.
    CoarseGrid.Extent straddling = new CoarseGrid.Extent(100_500, 100_000, 300_500, 200_000);
    assertThat(straddling.squares(1000)).isEqualTo(20_100);
    assertThat(straddling.squares(2000)).isEqualTo(5_050);
    assertThat(CoarseGrid.publishedSize(250, Optional.of(straddling))).isEqualTo(2000);
  }

  @Test
  void anExtentMustBeARectangleOnTheGrid() {
    assertThatThrownBy(() -> new CoarseGrid.Extent(1000, 0, 1000, 5000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxEasting and maxNorthing must be greater");
    assertThatThrownBy(() -> new CoarseGrid.Extent(0, 5000, 1000, 4000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxEasting and maxNorthing must be greater");
    assertThatThrownBy(() -> new CoarseGrid.Extent(-250, 0, 1000, 1000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be at least 0 metres");
  }

  @Test
  void theExtentIsTheStudyRegionOfThePeriodFromTheSummaryAndNoneForAnEmptyRegion(SparkSession spark) {
    Dataset<Row> summary = spark.sql("""
        select * from values
          ('2016-Q3', 0, 0, 650000, 1000000),
          ('2016-Q4', 480000, 90000, 600000, 135000),
          ('2016-Q4', 480000, 90000, 600000, 135000),
          ('2017-Q1', cast(null as int), cast(null as int), cast(null as int), cast(null as int))
        as t(period, region_min_easting, region_min_northing, region_max_easting, region_max_northing)""");
    assertThat(CoarseGrid.extent(summary, "2016-Q4")).contains(new CoarseGrid.Extent(480_000, 90_000, 600_000, 135_000));
    assertThat(CoarseGrid.extent(summary, "2017-Q1")).isEmpty();
    assertThat(CoarseGrid.extent(summary, "2015-Q1")).isEmpty();
  }

  @Test
  void aWideRegionsCellsAreSummedOnTheCoarserSquares(SparkSession spark) {
    // 250 m cells over the straddling extent above: published on 2 km squares. The three incident cells in
    // the square E100000-N100000 (x 100,000 to 102,000) sum to 2 + 3 + 1 = 6; the cell at 102,125 is in the next.
    Dataset<Row> cells = spark.sql("""
        select * from values
          ('2016-Q4', '12_months', 'incidents', 'E100000-N100000-250m', 100125, 100125, 2),
          ('2016-Q4', '12_months', 'incidents', 'E101000-N101000-250m', 101125, 101125, 3),
          ('2016-Q4', '12_months', 'incidents', 'E101750-N101750-250m', 101875, 101875, 1),
          ('2016-Q4', '12_months', 'incidents', 'E102000-N100000-250m', 102125, 100125, 4)
        as t(period, time_window, layer, cell_id, cell_easting, cell_northing, events)""");
    CoarseGrid.Extent wide = new CoarseGrid.Extent(100_500, 100_000, 300_500, 200_000);

    List<String> coarse = CoarseGrid.of(cells, "2016-Q4", 250, Optional.of(wide)).orderBy("cell_id").collectAsList()
        .stream().map(Row::toString).toList();

    assertThat(coarse).containsExactly("[incidents,E100000-N100000-2000m,101000,101000,2000,6]",
        "[incidents,E102000-N100000-2000m,103000,101000,2000,4]");
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
