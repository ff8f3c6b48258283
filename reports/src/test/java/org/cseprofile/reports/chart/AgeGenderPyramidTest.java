package org.cseprofile.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class AgeGenderPyramidTest {
  private static final ChartNote NOTE = new ChartNote("test", "2016-Q4", "partnership");

  @Test
  void boysAreDrawnLeftGirlsRightAndSuppressedCellsAsTheSymbol() {
    List<PublishedRow> rows = new ArrayList<>();
    rows.add(row("ALL", "M", 15, PublishedCell.shown(6)));
    rows.add(row("ALL", "F", 15, PublishedCell.shown(40)));
    rows.add(row("ALL", "M", 16, PublishedCell.withheld(Status.SUPPRESSED)));
    rows.add(row("ALL", "F", 16, PublishedCell.shown(9)));
    rows.add(row("ALL", "U", 16, PublishedCell.shown(7)));
    rows.add(row("E06000043", "F", 16, PublishedCell.shown(99)));

    JFreeChart chart = AgeGenderPyramid.create(table(rows), "ALL", "Partnership", NOTE);

    CategoryPlot plot = chart.getCategoryPlot();
    CategoryDataset data = plot.getDataset();
    assertThat(data.getRowKeys()).containsExactly("Boys", "Girls");
    assertThat(data.getColumnKeys()).containsExactly("17", "16", "15", "14", "13", "12", "11", "10");
    assertThat(data.getValue("Boys", "15")).isEqualTo(-6.0);
    assertThat(data.getValue("Girls", "15")).isEqualTo(40.0);
    assertThat(data.getValue("Boys", "16")).isEqualTo(-0.0);
    assertThat(data.getValue("Girls", "16")).isEqualTo(9.0);
    List<String> labels = plot.getAnnotations().stream().map(a -> ((CategoryTextAnnotation) a).getText()).toList();
    assertThat(labels).startsWith("0", "0", "c", "9", "6", "40");
    assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(50.0);
    assertThat(ChartStyle.png(chart)).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void axisLimitsAndStepsAreRoundNumbers() {
    assertThat(AgeGenderPyramid.niceLimit(47.2)).isEqualTo(50.0);
    assertThat(AgeGenderPyramid.niceLimit(8.3)).isEqualTo(10.0);
    assertThat(AgeGenderPyramid.niceLimit(118)).isEqualTo(150.0);
    assertThat(AgeGenderPyramid.niceStep(50)).isEqualTo(10.0);
    assertThat(AgeGenderPyramid.niceStep(150)).isEqualTo(50.0);
    assertThat(AgeGenderPyramid.niceStep(4)).isEqualTo(1.0);
  }

  @Test
  void publishedValuesCarryEitherANumberOrASymbol() {
    assertThatThrownBy(() -> new PublishedCell(3.0, Status.SUPPRESSED))
        .hasMessage("value must be present exactly when status is SHOWN, status was SUPPRESSED");
    assertThat(PublishedCell.withheld(Status.LOW).status().symbol()).isEqualTo("low");
    assertThatThrownBy(() -> new PublishedTable("t", "p", "x", List.of("a"), List.of("m"),
        List.of(new PublishedRow(List.of(), List.of())))).hasMessageStartingWith("rows must match");
  }

  private static PublishedRow row(String area, String gender, int age, PublishedCell cell) {
    return new PublishedRow(List.of(area, gender, Integer.toString(age)), List.of(cell));
  }

  private static PublishedTable table(List<PublishedRow> rows) {
    return new PublishedTable("age_by_gender", "2016-Q4", "partnership", List.of("la_code", "gender", "age"),
        List.of("children"), rows);
  }
}
