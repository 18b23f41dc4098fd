package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code stages.png}: the indices of 0–14, 15–64 and 65+ on XChart axes, each year's stage as a
 * shaded band behind them with its name.
 */
final class StageChart {
  private static final Color[] BANDS = {
    new Color(0xFD, 0xF2, 0xE9), new Color(0xFB, 0xE3, 0xD0), new Color(0xF6, 0xCC, 0xAA)
  };

  private StageChart() {}

  static byte[] render(StageChartData d, String subtitle, StandardTexts tx, PageSetup page) {
    Canvas c = Canvas.of(page);
    int y = c.header(tx.stageTitle(), subtitle);
    List<Legend.Entry> legend =
        List.of(
            new Legend.Entry(
                tx.index(0, 14), Legend.KeyKind.LINE_MARKER, Palette.AGE_0_14.darker(), 3.5f),
            new Legend.Entry(
                tx.index(15, 64), Legend.KeyKind.LINE_MARKER, Palette.AGE_15_64.darker(), 3.5f),
            new Legend.Entry(tx.index(65, -1), Legend.KeyKind.LINE_MARKER, Palette.SHARE_65, 3.5f));
    int legendBottom = Legend.row(c, legend, y);
    int bottom = c.footer(tx.censusSource());
    bottom = c.note(tx.stageNote(d.bandPct()), bottom);
    List<StageChartData.Row> rows = d.rows();
    int n = rows.size();
    double[] years = new double[n];
    double[][] idx = new double[3][n];
    double max = 100;
    for (int i = 0; i < n; i++) {
      StageChartData.Row r = rows.get(i);
      years[i] = r.year();
      idx[0][i] = r.index0to14();
      idx[1][i] = r.index15to64();
      idx[2][i] = r.index65plus();
      max = Math.max(max, Math.max(idx[0][i], Math.max(idx[1][i], idx[2][i])));
    }
    int cx = Canvas.MARGIN - 10;
    int cy = legendBottom + 40;
    int cw = ChartWriter.WIDTH - 2 * Canvas.MARGIN + 10;
    int ch = bottom - 8 - cy;
    XYChart chart = chart(c, cw, ch, years, idx, max, tx);
    Graphics2D g = c.g;
    g.translate(cx, cy);
    // a first paint fixes the screen mapping; the bands go under a second paint
    chart.paint(g, cw, ch);
    bands(c, chart, rows, tx);
    chart.paint(g, cw, ch);
    double y100 = chart.getScreenYFromChart(100);
    g.setColor(Canvas.INK);
    g.setStroke(Canvas.dashed(2f));
    g.draw(
        new Line2D.Double(
            chart.getScreenXFromChart(years[0]),
            y100,
            chart.getScreenXFromChart(years[n - 1]),
            y100));
    g.translate(-cx, -cy);
    return c.png();
  }

  /** The index lines on XChart axes, on a transparent background (the bands go under them). */
  private static XYChart chart(
      Canvas c, int cw, int ch, double[] years, double[][] idx, double max, StandardTexts tx) {
    int n = years.length;
    XYChart chart = new XYChart(cw, ch);
    Axes.style(chart.getStyler(), c);
    chart.getStyler().setPlotBackgroundColor(new Color(0, 0, 0, 0));
    chart.getStyler().setChartBackgroundColor(new Color(0, 0, 0, 0));
    chart.setXAxisTitle(tx.year());
    chart.setYAxisTitle(tx.indexAxis());
    chart.getStyler().setXAxisMin(years[0]).setXAxisMax(years[n - 1]);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(Ticks.niceCeiling(max * 1.05));
    chart.setCustomXAxisTickLabelsFormatter(Axes::yearLabel);
    chart.setCustomYAxisTickLabelsFormatter(Axes::thousands);
    chart.getStyler().setMarkerSize(8);
    Color[] colors = {Palette.AGE_0_14.darker(), Palette.AGE_15_64.darker(), Palette.SHARE_65};
    for (int k = 0; k < 3; k++) {
      XYSeries s = chart.addSeries("i" + k, years, idx[k]);
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(colors[k]);
      s.setLineColor(colors[k]);
      s.setLineStyle(Canvas.round(3.5f));
    }
    return chart;
  }

  /** One shaded band per run of years in the same stage, named above the plot. */
  private static void bands(
      Canvas c, XYChart chart, List<StageChartData.Row> rows, StandardTexts tx) {
    Graphics2D g = c.g;
    double top = chart.getScreenYFromChart(chart.getStyler().getYAxisMax());
    double bottom = chart.getScreenYFromChart(0);
    int start = 0;
    for (int i = 1; i <= rows.size(); i++) {
      if (i < rows.size() && rows.get(i).stage() == rows.get(start).stage()) {
        continue;
      }
      double x0 = edge(chart, rows, start, -1);
      double x1 = edge(chart, rows, i - 1, 1);
      int stage = rows.get(start).stage();
      g.setColor(BANDS[stage - 1]);
      g.fill(new Rectangle2D.Double(x0, top, x1 - x0, bottom - top));
      g.setColor(Canvas.INK);
      g.setFont(c.font(Font.BOLD, Canvas.LABEL));
      if (x1 - x0 > g.getFontMetrics().stringWidth(tx.stage(stage))) {
        PlainAxis.centred(g, tx.stage(stage), (x0 + x1) / 2, top - 10);
      }
      g.setStroke(new BasicStroke(1));
      start = i;
    }
  }

  /** The band edge half-way to the neighbouring year (or at the first / last year). */
  private static double edge(XYChart chart, List<StageChartData.Row> rows, int i, int dir) {
    int j = i + dir;
    double x = chart.getScreenXFromChart(rows.get(i).year());
    if (j < 0 || j >= rows.size()) {
      return x;
    }
    return (x + chart.getScreenXFromChart(rows.get(j).year())) / 2;
  }
}
