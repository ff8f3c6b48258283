package org.cseprofile.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The house look of every chart: bundled fonts, white background, light grid, footnote; and PNG output. */
public final class ChartStyle {
  /** Width of a chart in points (PDF) and in pixels before scaling (PNG). */
  public static final int WIDTH = 800;
  /** Height of a chart in points (PDF) and in pixels before scaling (PNG). */
  public static final int HEIGHT = 480;
  /** PNGs are drawn at twice the size so they stay sharp on slides. */
  public static final double PNG_SCALE = 2.0;

  private ChartStyle() {}

  /**
   * Applies fonts and the default palette, and adds the subtitle and the footnote. Call it before
   * setting chart-specific colours and axis formats: the theme resets them.
   */
  public static JFreeChart apply(JFreeChart chart, String subtitle, ChartNote note) {
    StandardChartTheme theme = new StandardChartTheme("cse-profile");
    theme.setExtraLargeFont(ReportFonts.bold(17f));
    theme.setLargeFont(ReportFonts.bold(12f));
    theme.setRegularFont(ReportFonts.regular(11f));
    theme.setSmallFont(ReportFonts.regular(10f));
    theme.setTitlePaint(Palette.TEXT);
    theme.setSubtitlePaint(Palette.MUTED_TEXT);
    theme.setAxisLabelPaint(Palette.TEXT);
    theme.setTickLabelPaint(Palette.TEXT);
    theme.setItemLabelPaint(Palette.TEXT);
    theme.setLegendItemPaint(Palette.TEXT);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(Palette.GRID);
    theme.setRangeGridlinePaint(Palette.GRID);
    theme.setBarPainter(new StandardBarPainter());
    theme.setDrawingSupplier(new DefaultDrawingSupplier(Palette.SERIES, Palette.SERIES,
        DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
        DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    theme.setShadowVisible(false);
    theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
    theme.apply(chart);

    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.getTitle().setPadding(new RectangleInsets(0, 4, 2, 0));
    if (subtitle != null) {
      TextTitle sub = new TextTitle(subtitle, ReportFonts.regular(12f), Palette.MUTED_TEXT,
          RectangleEdge.TOP, HorizontalAlignment.LEFT, org.jfree.chart.ui.VerticalAlignment.TOP,
          new RectangleInsets(0, 4, 8, 0));
      chart.addSubtitle(sub);
    }
    if (chart.getLegend() != null) {
      chart.getLegend().setFrame(BlockBorder.NONE);
      chart.getLegend().setPosition(RectangleEdge.TOP);
      chart.getLegend().setHorizontalAlignment(HorizontalAlignment.LEFT);
    }
    TextTitle foot = new TextTitle(note.text(), ReportFonts.regular(9f), Palette.MUTED_TEXT,
        RectangleEdge.BOTTOM, HorizontalAlignment.LEFT, org.jfree.chart.ui.VerticalAlignment.BOTTOM,
        new RectangleInsets(8, 4, 0, 0));
    chart.addSubtitle(foot);
    Plot plot = chart.getPlot();
    plot.setOutlineVisible(false);
    if (plot instanceof org.jfree.chart.plot.CategoryPlot cp && cp.getRenderer() instanceof BarRenderer br) {
      br.setDrawBarOutline(false);
      br.setItemMargin(0.0);
      cp.setRangeGridlineStroke(new BasicStroke(0.8f));
    }
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    return chart;
  }

  /** The chart as a PNG image, {@link #WIDTH} by {@link #HEIGHT} scaled by {@link #PNG_SCALE}. */
  public static byte[] png(JFreeChart chart) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ChartUtils.writeScaledChartAsPNG(out, chart, WIDTH, HEIGHT, (int) PNG_SCALE, (int) PNG_SCALE);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode chart as PNG", e);
    }
  }
}
