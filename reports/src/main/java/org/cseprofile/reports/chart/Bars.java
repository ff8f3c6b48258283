package org.cseprofile.reports.chart;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Objects;
import org.cseprofile.reports.published.PublishedCell;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryLineAnnotation;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal bar charts of published values, each bar labelled with its value; a withheld value
 * is drawn as no bar with its symbol ({@code c}), never as a number.
 */
public final class Bars {

  /** One bar: its label, its published value, the series (colour) it belongs to, and an optional interval. */
  public record Bar(String label, PublishedCell value, String series, PublishedCell lower, PublishedCell upper) {
    public Bar {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(series, "series");
    }

    public Bar(String label, PublishedCell value, String series) {
      this(label, value, series, null, null);
    }
  }

  /** How values are read: counts (whole numbers) or percentages (0 to 100). */
  public enum Scale { COUNT, PERCENT, RATE }

  private Bars() {}

  /** A horizontal bar chart, bars in the order given, coloured by series in {@link Palette#SERIES} order. */
  public static JFreeChart horizontal(String title, String subtitle, ChartNote note, String valueAxis, Scale scale,
      List<Bar> bars) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> series = bars.stream().map(Bar::series).distinct().toList();
    double largest = 1;
    for (Bar bar : bars) {
      data.addValue(bar.value().valueOrZero(), "values", bar.label());
      largest = Math.max(largest, bar.value().valueOrZero());
    }
    // One series, one bar per category, coloured by the bar's own series.
    BarRenderer renderer = new BarRenderer() {
      @Override
      public java.awt.Paint getItemPaint(int row, int column) {
        return Palette.SERIES[series.indexOf(bars.get(column).series()) % Palette.SERIES.length];
      }
    };
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis(valueAxis), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart(title, ReportFonts.bold(17f), plot, false);
    ChartStyle.apply(chart, subtitle, note);
    if (series.size() > 1) {
      org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
      for (int i = 0; i < series.size(); i++) {
        org.jfree.chart.LegendItem item = new org.jfree.chart.LegendItem(series.get(i),
            Palette.SERIES[i % Palette.SERIES.length]);
        item.setLabelFont(ReportFonts.regular(11f));
        items.add(item);
      }
      plot.setFixedLegendItems(items);
      org.jfree.chart.title.LegendTitle legend = new org.jfree.chart.title.LegendTitle(plot);
      legend.setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
      legend.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      chart.addSubtitle(1, legend);
    }
    plot.setDomainGridlinesVisible(false);
    plot.getDomainAxis().setCategoryMargin(0.25);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    for (Bar bar : bars) {
      if (bar.upper() != null && bar.upper().isShown()) {
        largest = Math.max(largest, bar.upper().value());
      }
    }
    double limit = scale == Scale.PERCENT ? 100 : AgeGenderPyramid.niceLimit(largest * 1.2);
    axis.setRange(0, limit);
    axis.setTickUnit(switch (scale) {
      case PERCENT -> new NumberTickUnit(20, new DecimalFormat("0'%'"));
      // A rate is not a count of children: its ticks may be small.
      case RATE -> new NumberTickUnit(AgeGenderPyramid.niceStep(limit), new DecimalFormat("#,##0.#"));
      case COUNT -> new NumberTickUnit(countStep(limit), new DecimalFormat("#,##0"));
    });
    DecimalFormat format = switch (scale) {
      case PERCENT -> new DecimalFormat("0.0'%'");
      case RATE -> new DecimalFormat("#,##0.0");
      case COUNT -> new DecimalFormat("#,##0");
    };
    for (Bar bar : bars) {
      double end = bar.value().valueOrZero();
      if (bar.upper() != null && bar.upper().isShown() && bar.lower() != null && bar.lower().isShown()) {
        CategoryLineAnnotation whisker = new CategoryLineAnnotation(bar.label(), bar.lower().value(), bar.label(),
            bar.upper().value(), Palette.TEXT, new BasicStroke(1.2f));
        plot.addAnnotation(whisker);
        end = Math.max(end, bar.upper().value());
      }
      String text = bar.value().isShown() ? format.format(bar.value().value()) : bar.value().status().symbol();
      CategoryTextAnnotation label = new CategoryTextAnnotation(text, bar.label(), end + limit * 0.01);
      label.setFont(ReportFonts.regular(10f));
      label.setPaint(Palette.TEXT);
      label.setTextAnchor(TextAnchor.CENTER_LEFT);
      plot.addAnnotation(label);
    }
    return chart;
  }

  /**
   * A tick step for a count axis: at least 10 and 1, 2 or 5 times a power of ten, so no tick
   * label is a number a reader could take for a small count.
   */
  static double countStep(double limit) {
    return Math.max(10, AgeGenderPyramid.niceStep(limit));
  }
}
