package org.cseprofile.reports.chart;

import java.text.DecimalFormat;
import java.util.Map;
import java.util.TreeMap;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Population pyramid of children by single year of age: boys to the left, girls to the right.
 * Suppressed counts are drawn as no bar with the symbol {@code c}; children whose gender is not
 * recorded are not drawn (the footnote says so).
 */
public final class AgeGenderPyramid {
  /** Youngest age always shown, so quarters with no young children look the same. */
  public static final int YOUNGEST_SHOWN = 10;
  /** Oldest age always shown. */
  public static final int OLDEST_SHOWN = 17;

  private static final String BOYS = "Boys";
  private static final String GIRLS = "Girls";

  private AgeGenderPyramid() {}

  /**
   * The pyramid for one area of a published age-by-gender table with dimensions
   * {@code la_code}, {@code gender} (M, F, U), {@code age} and measure {@code children}.
   */
  public static JFreeChart create(PublishedTable table, String laCode, String areaName, ChartNote note) {
    int gender = table.dimension("gender");
    int age = table.dimension("age");
    int children = table.measure("children");
    Map<Integer, PublishedCell> boys = new TreeMap<>();
    Map<Integer, PublishedCell> girls = new TreeMap<>();
    int youngest = YOUNGEST_SHOWN;
    int oldest = OLDEST_SHOWN;
    for (PublishedRow row : table.rowsWhere("la_code", laCode)) {
      int a = Integer.parseInt(row.dimensions().get(age));
      PublishedCell cell = row.cells().get(children);
      String g = row.dimensions().get(gender);
      if (!"M".equals(g) && !"F".equals(g)) {
        continue;
      }
      ("M".equals(g) ? boys : girls).put(a, cell);
      if (!cell.isShown() || cell.value() > 0) {
        youngest = Math.min(youngest, a);
        oldest = Math.max(oldest, a);
      }
    }

    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double largest = 1;
    for (int a = oldest; a >= youngest; a--) {
      String category = Integer.toString(a);
      PublishedCell b = boys.getOrDefault(a, PublishedCell.shown(0));
      PublishedCell g = girls.getOrDefault(a, PublishedCell.shown(0));
      data.addValue(-b.valueOrZero(), BOYS, category);
      data.addValue(g.valueOrZero(), GIRLS, category);
      largest = Math.max(largest, Math.max(b.valueOrZero(), g.valueOrZero()));
    }

    StackedBarRenderer renderer = new StackedBarRenderer();
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Age (completed years)"), new NumberAxis("Children"),
        renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart("Children open to CSE concern by age and gender",
        ReportFonts.bold(17f), plot, true);
    ChartStyle.apply(chart, areaName + ", " + table.period() + ". Boys left, girls right; c = suppressed small number.",
        new ChartNote(note.source(), note.period(), note.policy(), unknownGenderWords(table)));

    renderer.setSeriesPaint(0, Palette.BOYS);
    renderer.setSeriesPaint(1, Palette.GIRLS);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.getDomainAxis().setCategoryMargin(0.12);
    NumberAxis counts = (NumberAxis) plot.getRangeAxis();
    double limit = niceLimit(largest * 1.18);
    // A negative subpattern equal to the positive one is ignored by DecimalFormat: clear the prefix instead.
    DecimalFormat unsigned = new DecimalFormat("#,##0");
    unsigned.setNegativePrefix("");
    counts.setRange(-limit, limit);
    counts.setTickUnit(new NumberTickUnit(niceStep(limit), unsigned));

    DecimalFormat whole = new DecimalFormat("#,##0");
    double pad = limit * 0.015;
    for (int a = oldest; a >= youngest; a--) {
      String category = Integer.toString(a);
      PublishedCell b = boys.getOrDefault(a, PublishedCell.shown(0));
      PublishedCell g = girls.getOrDefault(a, PublishedCell.shown(0));
      plot.addAnnotation(label(b, whole, category, -b.valueOrZero() - pad, TextAnchor.CENTER_RIGHT));
      plot.addAnnotation(label(g, whole, category, g.valueOrZero() + pad, TextAnchor.CENTER_LEFT));
    }
    return chart;
  }

  private static CategoryTextAnnotation label(
      PublishedCell cell, DecimalFormat format, String category, double at, TextAnchor anchor) {
    String text = cell.isShown() ? format.format(cell.value()) : cell.status().symbol();
    CategoryTextAnnotation annotation = new CategoryTextAnnotation(text, category, at);
    annotation.setFont(ReportFonts.regular(10f));
    annotation.setPaint(Palette.TEXT);
    annotation.setTextAnchor(anchor);
    return annotation;
  }

  /** Rounds an axis limit up to 1, 2 or 5 times a power of ten. */
  /**
   * What the chart and its words say of children whose gender is not recorded: counted with girls (or boys) when
   * the table's notes say disclosure control recoded them so (docs/metrics.md, "Recoding before suppression"),
   * otherwise left out.
   */
  public static String unknownGenderWords(PublishedTable table) {
    for (String note : table.notes()) {
      if (note.startsWith("Children whose gender is not known")) {
        String with = note.contains("counted with girls") ? "girls" : note.contains("counted with boys") ? "boys" : null;
        if (with != null) {
          return "Children whose gender is not recorded are counted with " + with + ".";
        }
      }
    }
    return "Children whose gender is not recorded are not shown.";
  }

  static double niceLimit(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
    for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }

  /** A tick step of 1, 2 or 5 times a power of ten giving at most five ticks each side. */
  static double niceStep(double limit) {
    double power = Math.pow(10, Math.floor(Math.log10(Math.max(limit / 5, 1))));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (limit / (m * power) <= 5) {
        return m * power;
      }
    }
    return 10 * power;
  }
}
