package org.cseprofile.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class WilsonIntervalTest {

  @Test
  void matchesPublishedWilsonIntervals() {
    // Newcombe (1998), Table I: 81/263 -> 0.2553 to 0.3662; 15/148 -> 0.0624 to 0.1605; 0/10 -> 0 to 0.2775.
    assertThat(WilsonInterval.percent(81, 263)).containsExactly(new double[] {25.53, 36.62}, within(0.005));
    assertThat(WilsonInterval.percent(15, 148)).containsExactly(new double[] {6.24, 16.05}, within(0.005));
    assertThat(WilsonInterval.percent(0, 10)).containsExactly(new double[] {0.0, 27.75}, within(0.005));
    assertThat(WilsonInterval.percent(10, 10)).containsExactly(new double[] {72.25, 100.0}, within(0.005));
    assertThat(WilsonInterval.percent(2, 6)).containsExactly(new double[] {9.68, 70.00}, within(0.005));
    assertThat(WilsonInterval.percent(1, 0)).isNull();
  }

  @Test
  void sparkColumnsAgreeWithTheJavaFormula(SparkSession spark) {
    List<Row> rows = spark.range(1).select(
            WilsonInterval.percent(functions.lit(81L), functions.lit(263L)),
            WilsonInterval.lower(functions.lit(81L), functions.lit(263L)),
            WilsonInterval.upper(functions.lit(81L), functions.lit(263L)),
            WilsonInterval.lower(functions.lit(0L), functions.lit(0L)))
        .collectAsList();
    double[] expected = WilsonInterval.percent(81, 263);

    assertThat(rows.get(0).getDouble(0)).isCloseTo(100.0 * 81 / 263, within(1e-12));
    assertThat(rows.get(0).getDouble(1)).isCloseTo(expected[0], within(1e-9));
    assertThat(rows.get(0).getDouble(2)).isCloseTo(expected[1], within(1e-9));
    assertThat(rows.get(0).isNullAt(3)).isTrue();
  }
}
