package org.cseprofile.reports.chart;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.reports.published.PublishedCell;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Quarterly trend lines of published counts; a withheld quarter is a gap in the line, marked with its symbol. */
public final class TrendLines {
  private TrendLines() {}

  /** One line per entry of {@code series} (name to one cell per quarter, in the order of {@code quarters}). */
  public static JFreeChart create(String title, String subtitle, ChartNote note, String valueAxis, List<String> quarters,
      Map<String, List<PublishedCell>> series) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double largest = 1;
    for (Map.Entry<String, List<PublishedCell>> line : new LinkedHashMap<>(series).entrySet()) {
      for (int q = 0; q < quarters.size(); q++) {
        PublishedCell cell = line.getValue().get(q);
        data.addValue(cell.isShown() ? cell.value() : null, line.getKey(), quarters.get(q));
        largest = Math.max(largest, cell.valueOrZero());
      }
    }
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Quarter"), new NumberAxis(valueAxis), renderer);
    JFreeChart chart = new JFreeChart(title, ReportFonts.bold(17f), plot, series.size() > 1);
    ChartStyle.apply(chart, subtitle, note);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, Palette.SERIES[i % Palette.SERIES.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2.5f));
    }
    plot.setDomainGridlinesVisible(false);
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    double limit = AgeGenderPyramid.niceLimit(largest * 1.2);
    axis.setRange(0, limit);
    axis.setTickUnit(new NumberTickUnit(Bars.countStep(limit), new DecimalFormat("#,##0")));
    DecimalFormat whole = new DecimalFormat("#,##0");
    for (Map.Entry<String, List<PublishedCell>> line : series.entrySet()) {
      for (int q = 0; q < quarters.size(); q++) {
        PublishedCell cell = line.getValue().get(q);
        String text = cell.isShown() ? whole.format(cell.value()) : cell.status().symbol();
        CategoryTextAnnotation label = new CategoryTextAnnotation(text, quarters.get(q),
            cell.isShown() ? cell.value() + limit * 0.03 : limit * 0.03);
        label.setFont(ReportFonts.regular(10f));
        label.setPaint(Palette.TEXT);
        label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
        plot.addAnnotation(label);
      }
    }
    return chart;
  }
}
