package jp.popvision.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code fan_chart.png}: the 50 / 80 / 95 % bands of the simulated totals as nested translucent
 * layers, the median and the deterministic run on XChart axes, the census points.
 */
final class FanChart {
  /** Opacity of each band layer of the fan chart (three nested layers). */
  static final float FAN_ALPHA = 0.17f;

  private FanChart() {}

  /** The colour of a region covered by {@code layers} band layers (as drawn over white). */
  static Color bandColor(int layers) {
    double keep = Math.pow(1 - FAN_ALPHA, layers);
    Color fan = Palette.FAN;
    return new Color(
        (int) Math.round(255 * keep + fan.getRed() * (1 - keep)),
        (int) Math.round(255 * keep + fan.getGreen() * (1 - keep)),
        (int) Math.round(255 * keep + fan.getBlue() * (1 - keep)));
  }

  static byte[] render(FanChartData d, String subtitle, AnalysisTexts tx, PageSetup page) {
    Canvas c = Canvas.of(page);
    int y = c.header(tx.fanTitle(), subtitle);
    List<Legend.Entry> legend = new ArrayList<>();
    legend.add(Legend.Entry.box(tx.band(95), bandColor(1)));
    legend.add(Legend.Entry.box(tx.band(80), bandColor(2)));
    legend.add(Legend.Entry.box(tx.band(50), bandColor(3)));
    legend.add(new Legend.Entry(tx.median(), Legend.KeyKind.LINE, Palette.FAN.darker(), 4f));
    legend.add(new Legend.Entry(tx.deterministic(), Legend.KeyKind.DASHED_LINE, Canvas.INK, 2.5f));
    if (!d.census().isEmpty()) {
      legend.add(new Legend.Entry(tx.census(), Legend.KeyKind.MARKER, Palette.CENSUS, 0));
    }
    int legendBottom = Legend.row(c, legend, y);
    int bottom = c.footer(tx.source());
    bottom = c.note(tx.fanNote(d.trajectories(), d.seed(), d.noise()), bottom);
    List<FanChartData.Row> rows = d.rows();
    int n = rows.size();
    double[] years = new double[n];
    double[] median = new double[n];
    for (int i = 0; i < n; i++) {
      years[i] = rows.get(i).year();
      median[i] = rows.get(i).p50();
    }
    int cx = Canvas.MARGIN - 10;
    int cy = legendBottom + 4;
    int cw = ChartWriter.WIDTH - 2 * Canvas.MARGIN + 10;
    int ch = bottom - 8 - cy;
    XYChart chart = new XYChart(cw, ch);
    Axes.style(chart.getStyler(), c);
    chart.setXAxisTitle(tx.year());
    chart.setYAxisTitle(tx.persons());
    chart.getStyler().setXAxisMin((double) d.firstYear()).setXAxisMax((double) d.lastYear());
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(Ticks.niceCeiling(d.max() * 1.04, 10));
    chart.setCustomXAxisTickLabelsFormatter(Axes::yearLabel);
    chart.setCustomYAxisTickLabelsFormatter(Axes::thousands);
    // XChart draws the axes and grid; the data are drawn over them below (the series only sets
    // the axes and is invisible)
    XYSeries axes = chart.addSeries("axes", years, median);
    axes.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    axes.setMarker(SeriesMarkers.NONE);
    axes.setLineColor(new Color(0, 0, 0, 0));
    c.g.translate(cx, cy);
    chart.paint(c.g, cw, ch);
    double[] sxs = Axes.screenX(chart, years);
    bands(c.g, chart, rows, sxs);
    lines(c, chart, d, sxs);
    labels(c, chart, d, tx);
    c.g.translate(-cx, -cy);
    return c.png();
  }

  /** 95 %, 80 %, 50 %: each a translucent layer over the wider ones. */
  private static void bands(
      Graphics2D g, XYChart chart, List<FanChartData.Row> rows, double[] sxs) {
    Color fan = Palette.FAN;
    Color layer =
        new Color(fan.getRed(), fan.getGreen(), fan.getBlue(), Math.round(255 * FAN_ALPHA));
    int n = rows.size();
    for (int band = 0; band < 3; band++) {
      Path2D.Double p = new Path2D.Double();
      for (int i = 0; i < n; i++) {
        FanChartData.Row r = rows.get(i);
        double hiV = band == 0 ? r.p97_5() : band == 1 ? r.p90() : r.p75();
        if (i == 0) {
          p.moveTo(sxs[i], chart.getScreenYFromChart(hiV));
        } else {
          p.lineTo(sxs[i], chart.getScreenYFromChart(hiV));
        }
      }
      for (int i = n - 1; i >= 0; i--) {
        FanChartData.Row r = rows.get(i);
        double loV = band == 0 ? r.p2_5() : band == 1 ? r.p10() : r.p25();
        p.lineTo(sxs[i], chart.getScreenYFromChart(loV));
      }
      p.closePath();
      g.setColor(layer);
      g.fill(p);
    }
  }

  /** The deterministic run (dashed), the median (solid), the census points. */
  private static void lines(Canvas c, XYChart chart, FanChartData d, double[] sxs) {
    Graphics2D g = c.g;
    List<FanChartData.Row> rows = d.rows();
    int n = rows.size();
    double[] det = new double[n];
    double[] med = new double[n];
    for (int i = 0; i < n; i++) {
      det[i] = chart.getScreenYFromChart(rows.get(i).deterministic());
      med[i] = chart.getScreenYFromChart(rows.get(i).p50());
    }
    g.setColor(Palette.FAN.darker());
    g.setStroke(Canvas.round(4f));
    for (int i = 1; i < n; i++) {
      g.draw(new Line2D.Double(sxs[i - 1], med[i - 1], sxs[i], med[i]));
    }
    g.setColor(Canvas.INK);
    g.setStroke(Canvas.dashed(2.5f));
    for (int i = 1; i < n; i++) {
      g.draw(new Line2D.Double(sxs[i - 1], det[i - 1], sxs[i], det[i]));
    }
    c.occupyPolyline(sxs, med);
    c.occupyPolyline(sxs, det);
    for (YearValue p : d.census()) {
      double px = chart.getScreenXFromChart(p.year());
      double py = chart.getScreenYFromChart(p.value());
      c.marker(px, py, 9, 6.5, Palette.CENSUS);
      c.occupy(Canvas.circle(px, py, 10).getBounds2D());
    }
  }

  /** The median at the key years and the horizon, the 95 % interval at the horizon. */
  private static void labels(Canvas c, XYChart chart, FanChartData d, AnalysisTexts tx) {
    List<FanChartData.Row> rows = d.rows();
    double yMax = chart.getStyler().getYAxisMax();
    Rectangle2D bounds =
        new Rectangle2D.Double(
            chart.getScreenXFromChart(d.firstYear()),
            chart.getScreenYFromChart(yMax),
            chart.getScreenXFromChart(d.lastYear()) - chart.getScreenXFromChart(d.firstYear()),
            chart.getScreenYFromChart(0.0) - chart.getScreenYFromChart(yMax));
    List<Integer> labelYears = new ArrayList<>(FanChartData.LABEL_YEARS);
    if (!labelYears.contains(d.lastYear())) {
      labelYears.add(d.lastYear());
    }
    Color dark = Palette.FAN.darker();
    for (int year : labelYears) {
      FanChartData.Row r = d.at(year);
      if (r == null || year == rows.get(0).year()) {
        continue;
      }
      double px = chart.getScreenXFromChart(year);
      double py = chart.getScreenYFromChart(r.p50());
      c.marker(px, py, 9, 6.5, dark);
      c.occupy(Canvas.circle(px, py, 10).getBounds2D());
      c.label(
          tx.medianLabel(year, r.p50()),
          px,
          py,
          bounds,
          dark.darker(),
          Font.BOLD,
          LabelPlacer.Prefer.ABOVE_RIGHT);
    }
    FanChartData.Row last = rows.get(rows.size() - 1);
    c.label(
        tx.intervalLabel(last.p2_5(), last.p97_5()),
        chart.getScreenXFromChart(last.year()),
        chart.getScreenYFromChart(last.p2_5()),
        bounds,
        dark,
        Font.PLAIN,
        LabelPlacer.Prefer.BELOW);
  }
}
