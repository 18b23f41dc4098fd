package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * XChart axes in the house style (fonts, grid, padding), the tick formatters, and helpers to add
 * series and to map data to screen coordinates.
 */
final class Axes {
  private Axes() {}

  /** Share of the plot area XChart uses for data (the rest is an inner margin). */
  static final double PLOT_CONTENT = 0.94;

  static void style(AxesChartStyler s, Canvas c) {
    s.setChartTitleVisible(false);
    s.setLegendVisible(false);
    s.setToolTipsEnabled(false);
    s.setAntiAlias(true);
    s.setLocale(Locale.ROOT);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(true);
    s.setPlotBorderColor(Palette.FRAME);
    s.setPlotGridLinesVisible(true);
    s.setPlotGridVerticalLinesVisible(false);
    s.setPlotGridLinesColor(Palette.GRID);
    s.setPlotGridLinesStroke(new BasicStroke(1f));
    s.setChartPadding(6);
    s.setPlotContentSize(PLOT_CONTENT);
    s.setAxisTickLabelsFont(c.font(Font.PLAIN, Canvas.TICK));
    s.setAxisTitleFont(c.font(Font.PLAIN, Canvas.AXIS_TITLE));
    s.setAxisTickLabelsColor(Palette.INK);
    s.setChartFontColor(Palette.INK);
    s.setAxisTickPadding(8);
    s.setAxisTitlePadding(12);
    s.setAxisTickMarkLength(6);
    s.setYAxisTickMarkSpacingHint(64);
  }

  /**
   * A year × persons chart of {@code w}×{@code h} in the house style: x from {@code firstYear} to
   * {@code lastYear}, y from 0 to {@code yMax}, with axis titles.
   */
  static XYChart yearsChart(
      Canvas c, int w, int h, double firstYear, double lastYear, double yMax, ChartTexts tx) {
    XYChart chart = new XYChart(w, h);
    style(chart.getStyler(), c);
    chart.setXAxisTitle(tx.year());
    chart.setYAxisTitle(tx.persons());
    chart.getStyler().setXAxisMin(firstYear).setXAxisMax(lastYear);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(yMax);
    chart.setCustomXAxisTickLabelsFormatter(Axes::yearLabel);
    chart.setCustomYAxisTickLabelsFormatter(Axes::thousands);
    return chart;
  }

  static String yearLabel(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  static String thousands(double v) {
    String s = Thousands.of(v);
    return s.equals("-0") ? "0" : s;
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  static double[] xs(List<YearValue> pts) {
    double[] out = new double[pts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = pts.get(i).year();
    }
    return out;
  }

  static double[] ys(List<YearValue> pts) {
    double[] out = new double[pts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = pts.get(i).value();
    }
    return out;
  }

  /** A line series without markers (nothing when {@code pts} is empty). */
  static void line(
      XYChart chart, String name, List<YearValue> pts, Color color, BasicStroke stroke) {
    if (pts.isEmpty()) {
      return;
    }
    XYSeries s = chart.addSeries(name, xs(pts), ys(pts));
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineStyle(stroke);
  }

  /** Round markers without a line (the census points). */
  static void points(XYChart chart, String name, List<YearValue> pts, Color color) {
    XYSeries s = chart.addSeries(name, xs(pts), ys(pts));
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    s.setMarker(SeriesMarkers.CIRCLE);
    s.setMarkerColor(color);
  }

  static void area(XYChart chart, String name, double[] x, double[] y, Color color) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Area);
    s.setMarker(SeriesMarkers.NONE);
    s.setFillColor(color);
    s.setLineColor(Color.WHITE);
    s.setLineStyle(new BasicStroke(1.5f));
  }

  static void bar(
      CategoryChart chart, String name, List<String> cats, List<Double> v, Color color) {
    CategorySeries s = chart.addSeries(name, cats, v);
    s.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Bar);
    s.setFillColor(color);
    s.setMarker(SeriesMarkers.NONE);
  }

  /** Marks a series (drawn on {@code chart}) as occupied on {@code c}. */
  static void occupy(Canvas c, XYChart chart, List<YearValue> pts) {
    double[] x = new double[pts.size()];
    double[] y = new double[pts.size()];
    for (int i = 0; i < pts.size(); i++) {
      x[i] = chart.getScreenXFromChart(pts.get(i).year());
      y[i] = chart.getScreenYFromChart(pts.get(i).value());
    }
    c.occupyPolyline(x, y);
  }

  static double[] screenX(XYChart chart, double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = chart.getScreenXFromChart(x[i]);
    }
    return out;
  }

  static double[] screenY(XYChart chart, double[] y) {
    double[] out = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      out[i] = chart.getScreenYFromChart(y[i]);
    }
    return out;
  }

  static double[] screenY(CategoryChart chart, List<Double> v) {
    double[] out = new double[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = chart.getScreenYFromChart(v.get(i));
    }
    return out;
  }

  /**
   * The plot area in screen coordinates: the axis range (x0–x1, y0–y1) plus the margin that {@link
   * #PLOT_CONTENT} leaves around it.
   */
  static Rectangle2D plotBounds(XYChart chart, double x0, double x1, double y0, double y1) {
    double left = chart.getScreenXFromChart(x0);
    double right = chart.getScreenXFromChart(x1);
    double top = chart.getScreenYFromChart(y1);
    double bottom = chart.getScreenYFromChart(y0);
    double mx = (right - left) * (1 - PLOT_CONTENT) / 2 / PLOT_CONTENT;
    double my = (bottom - top) * (1 - PLOT_CONTENT) / 2 / PLOT_CONTENT;
    return new Rectangle2D.Double(
        left - mx, top - my, right - left + 2 * mx, bottom - top + 2 * my);
  }
}
