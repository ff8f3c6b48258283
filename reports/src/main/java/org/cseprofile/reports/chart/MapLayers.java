package org.cseprofile.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;

/**
 * The map furniture drawn with the squares (in kilometres of the National Grid): boundaries under
 * them, names, a scale bar and a north arrow over them, or the lettered 100 km squares when no
 * boundary file was given. Lines differ in weight as well as shade, so no colour carries meaning alone.
 */
final class MapLayers {
  static final Color AUTHORITY_LINE = new Color(0x22, 0x22, 0x22);
  static final Color WARD_LINE = new Color(0x8C, 0x8C, 0x8C);
  static final Stroke AUTHORITY_STROKE = new BasicStroke(1.6f);
  static final Stroke WARD_STROKE = new BasicStroke(0.5f);
  private static final Stroke GRID_STROKE = new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
      new float[] {4f, 3f}, 0f);
  private static final Color HALO = new Color(255, 255, 255, 210);
  private static final Color GRID_LETTERS = new Color(0xCC, 0xCC, 0xCC);
  /** How many wards are named besides the authorities: the largest in view. */
  static final int WARD_LABELS = 8;

  private MapLayers() {}

  static void draw(XYPlot plot, XYItemRenderer renderer, MapBackground background, double[] xr, double[] yr) {
    double width = xr[1] - xr[0];
    double height = yr[1] - yr[0];
    if (background.hasAreas()) {
      for (boolean authorities : new boolean[] {false, true}) {
        for (MapBackground.Area a : background.areas()) {
          if (a.isAuthority() == authorities) {
            renderer.addAnnotation(new XYShapeAnnotation(outline(a), authorities ? AUTHORITY_STROKE : WARD_STROKE,
                authorities ? AUTHORITY_LINE : WARD_LINE, null), Layer.BACKGROUND);
          }
        }
      }
      labels(plot, background, xr, yr);
    } else {
      gridSquares(plot, renderer, xr, yr);
    }
    scaleBar(plot, xr, yr, width, height);
    northArrow(plot, xr, yr, width, height);
  }

  private static Path2D outline(MapBackground.Area area) {
    Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    for (double[][] ring : area.rings()) {
      for (int i = 0; i < ring.length; i++) {
        if (i == 0) {
          path.moveTo(ring[i][0] / 1000, ring[i][1] / 1000);
        } else {
          path.lineTo(ring[i][0] / 1000, ring[i][1] / 1000);
        }
      }
      path.closePath();
    }
    return path;
  }

  /** Every authority in view in bold, then the largest wards in view that do not crowd a name already placed. */
  private static void labels(XYPlot plot, MapBackground background, double[] xr, double[] yr) {
    List<double[]> placed = new ArrayList<>();
    double gap = (xr[1] - xr[0]) * 0.06;
    List<MapBackground.Area> inView = background.areas().stream()
        .filter(a -> a.labelEasting() / 1000 > xr[0] && a.labelEasting() / 1000 < xr[1]
            && a.labelNorthing() / 1000 > yr[0] && a.labelNorthing() / 1000 < yr[1])
        .sorted(Comparator.comparing((MapBackground.Area a) -> !a.isAuthority())
            .thenComparing(a -> -a.squareMetres()))
        .toList();
    int wards = 0;
    for (MapBackground.Area a : inView) {
      double x = a.labelEasting() / 1000;
      double y = a.labelNorthing() / 1000;
      if (!a.isAuthority()) {
        if (wards >= WARD_LABELS || placed.stream().anyMatch(p -> Math.hypot(p[0] - x, (p[1] - y) * 2.3) < gap)) {
          continue;
        }
        wards++;
      }
      XYTextAnnotation label = new XYTextAnnotation(a.name(), x, y);
      label.setFont(a.isAuthority() ? ReportFonts.bold(11f) : ReportFonts.regular(9f));
      label.setPaint(a.isAuthority() ? Palette.TEXT : Palette.MUTED_TEXT);
      label.setBackgroundPaint(HALO);
      label.setTextAnchor(TextAnchor.CENTER);
      plot.addAnnotation(label);
      placed.add(new double[] {x, y});
    }
  }

  /**
   * The National Grid's 100 km squares in view, dashed, each named by its letters in large light type at the centre
   * of its visible part, when enough of it is in view to hold them.
   */
  private static void gridSquares(XYPlot plot, XYItemRenderer renderer, double[] xr, double[] yr) {
    double width = xr[1] - xr[0];
    double height = yr[1] - yr[0];
    for (int e = (int) Math.floor(xr[0] / 100); e * 100 < xr[1]; e++) {
      for (int n = (int) Math.floor(yr[0] / 100); n * 100 < yr[1]; n++) {
        if (e < 0 || e > 6 || n < 0 || n > 12) {
          continue;
        }
        renderer.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(e * 100, n * 100, 100, 100), GRID_STROKE,
            WARD_LINE, null), Layer.BACKGROUND);
        double left = Math.max(e * 100, xr[0]);
        double right = Math.min(e * 100 + 100, xr[1]);
        double bottom = Math.max(n * 100, yr[0]);
        double top = Math.min(n * 100 + 100, yr[1]);
        if (right - left < width * 0.12 || top - bottom < height * 0.2) {
          continue; // too little of the square in view to name it without crowding
        }
        XYTextAnnotation letters = new XYTextAnnotation(letters(e, n), (left + right) / 2, (bottom + top) / 2);
        letters.setFont(ReportFonts.bold(40f));
        letters.setPaint(GRID_LETTERS);
        letters.setTextAnchor(TextAnchor.CENTER);
        renderer.addAnnotation(letters, Layer.BACKGROUND);
      }
    }
  }

  /** The letters of a 100 km square (OS's lettering, no I), as geography.GridReference has them. */
  static String letters(int e100k, int n100k) {
    int first = (19 - n100k) - (19 - n100k) % 5 + (e100k + 10) / 5;
    int second = (19 - n100k) * 5 % 25 + e100k % 5;
    return String.valueOf((char) ('A' + (first > 7 ? first + 1 : first)))
        + (char) ('A' + (second > 7 ? second + 1 : second));
  }

  /** A bar of a round length (about a fifth of the map's width) at its lower left, in black and white halves. */
  private static void scaleBar(XYPlot plot, double[] xr, double[] yr, double width, double height) {
    double length = 0.5;
    for (double candidate : new double[] {1, 2, 5, 10, 20, 50, 100}) {
      if (candidate <= width / 5) {
        length = candidate;
      }
    }
    double x = xr[0] + width * 0.03;
    double y = yr[0] + height * 0.05;
    double thick = height * 0.012;
    plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(x, y, length / 2, thick), new BasicStroke(0.8f),
        AUTHORITY_LINE, AUTHORITY_LINE));
    plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(x + length / 2, y, length / 2, thick),
        new BasicStroke(0.8f), AUTHORITY_LINE, Color.WHITE));
    XYTextAnnotation text = new XYTextAnnotation((length < 1 ? "500 m" : (long) length + " km"), x + length / 2,
        y + thick * 1.6);
    text.setFont(ReportFonts.regular(9f));
    text.setPaint(Palette.TEXT);
    text.setBackgroundPaint(HALO);
    text.setTextAnchor(TextAnchor.BOTTOM_CENTER);
    plot.addAnnotation(text);
  }

  /** An arrow pointing up (grid north) with an N, at the upper right. */
  private static void northArrow(XYPlot plot, double[] xr, double[] yr, double width, double height) {
    double x = xr[1] - width * 0.03;
    double top = yr[1] - height * 0.05;
    double h = height * 0.09;
    double w = h / 2.3 * 0.7;
    Path2D.Double arrow = new Path2D.Double();
    arrow.moveTo(x, top);
    arrow.lineTo(x - w / 2, top - h);
    arrow.lineTo(x, top - h * 0.75);
    arrow.lineTo(x + w / 2, top - h);
    arrow.closePath();
    plot.addAnnotation(new XYShapeAnnotation(arrow, new BasicStroke(0.8f), AUTHORITY_LINE, AUTHORITY_LINE));
    XYTextAnnotation n = new XYTextAnnotation("N", x, top - h * 1.05);
    n.setFont(ReportFonts.bold(11f));
    n.setPaint(Palette.TEXT);
    n.setTextAnchor(TextAnchor.TOP_CENTER);
    plot.addAnnotation(n);
  }
}
