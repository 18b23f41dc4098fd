package jp.popvision.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;

/** Draws {@code backtest.png}: projected vs census totals, one XChart panel per base year. */
final class BacktestChart {
  private BacktestChart() {}

  static byte[] render(BacktestChartData d, ChartTexts tx, PageSetup page) {
    Canvas c = Canvas.of(page);
    int y = c.header(tx.backtestTitle(), tx.backtestSubtitle());
    int legendBottom = Legend.row(c, legend(d, tx), y);
    int bottom = c.footer(tx.source());
    int n = Math.max(1, d.panels().size());
    int gap = 16;
    int left = Canvas.MARGIN - 10;
    int panelW = (ChartWriter.WIDTH - 2 * Canvas.MARGIN + 10 - gap * (n - 1)) / n;
    int top = legendBottom + 40;
    int h = bottom - top;
    double[] range = d.range();
    double step = Ticks.step(range[1] - range[0], 5);
    double ymin = Math.floor(range[0] * 0.98 / step) * step;
    double ymax = Math.ceil(range[1] * 1.02 / step) * step;
    for (int k = 0; k < d.panels().size(); k++) {
      BacktestChartData.Panel p = d.panels().get(k);
      int x = left + k * (panelW + gap);
      c.g.setColor(Canvas.INK);
      c.g.setFont(c.font(Font.BOLD, Canvas.AXIS_TITLE));
      c.g.drawString(tx.backtestPanel(p.baseYear()), x + 20, top - 12);
      XYChart chart = panel(c, p, k == 0, panelW, h, ymin, ymax, tx);
      c.g.translate(x, top);
      chart.paint(c.g, panelW, h);
      officialError(c, chart, p, tx);
      c.g.translate(-x, -top);
    }
    return c.png();
  }

  private static List<Legend.Entry> legend(BacktestChartData d, ChartTexts tx) {
    List<Legend.Entry> legend = new ArrayList<>();
    legend.add(new Legend.Entry(tx.census(), Legend.KeyKind.MARKER, Palette.CENSUS, 0));
    List<String> methods =
        d.panels().isEmpty()
            ? List.of()
            : d.panels().get(0).methods().stream().map(TotalPopulationData.Line::name).toList();
    for (int i = 0; i < methods.size(); i++) {
      legend.add(
          new Legend.Entry(
              tx.method(methods.get(i)), Legend.KeyKind.LINE, Palette.scenario(i + 1), 3f));
    }
    legend.add(new Legend.Entry(tx.ipssH30(), Legend.KeyKind.DASHED_LINE, Palette.IPSS_H30, 2.5f));
    return legend;
  }

  private static XYChart panel(
      Canvas c,
      BacktestChartData.Panel p,
      boolean first,
      int panelW,
      int h,
      double ymin,
      double ymax,
      ChartTexts tx) {
    XYChart chart = new XYChart(panelW, h);
    Axes.style(chart.getStyler(), c);
    chart.setXAxisTitle(tx.year());
    if (first) {
      chart.setYAxisTitle(tx.persons());
    }
    chart.getStyler().setYAxisMin(ymin).setYAxisMax(ymax);
    int lastYear =
        p.methods().stream()
            .flatMap(l -> l.points().stream())
            .mapToInt(YearValue::year)
            .max()
            .orElse(p.baseYear());
    int firstYear = p.census().isEmpty() ? p.baseYear() : p.census().get(0).year();
    chart.getStyler().setXAxisMin(firstYear - 1.5).setXAxisMax(lastYear + 1.5);
    chart.getStyler().setXAxisTickMarkSpacingHint(90);
    chart.setCustomXAxisTickLabelsFormatter(Axes::yearLabel);
    chart.setCustomYAxisTickLabelsFormatter(Axes::thousands);
    for (int i = 0; i < p.methods().size(); i++) {
      Axes.line(
          chart, "m" + i, p.methods().get(i).points(), Palette.scenario(i + 1), Canvas.round(3f));
    }
    Axes.line(chart, "ipss", p.official(), Palette.IPSS_H30, Canvas.dashed(2.5f));
    if (!p.census().isEmpty()) {
      Axes.points(chart, "census", p.census(), Palette.CENSUS);
    }
    chart.getStyler().setMarkerSize(12);
    return chart;
  }

  /** The official projection's error at its last year, under its end point. */
  private static void officialError(
      Canvas c, XYChart chart, BacktestChartData.Panel p, ChartTexts tx) {
    if (p.official().isEmpty() || p.census().isEmpty()) {
      return;
    }
    YearValue end = p.official().get(p.official().size() - 1);
    Double actual =
        p.census().stream()
            .filter(v -> v.year() == end.year())
            .map(YearValue::value)
            .findFirst()
            .orElse(null);
    if (actual == null) {
      return;
    }
    String label =
        tx.officialError(
            end.year(), end.value(), end.value() - actual, 100 * (end.value() - actual) / actual);
    Graphics2D g = c.g;
    g.setFont(c.font(Font.BOLD, Canvas.LABEL));
    g.setColor(Palette.IPSS_H30.darker());
    var fm = g.getFontMetrics();
    double sx = chart.getScreenXFromChart(end.year());
    double sy = chart.getScreenYFromChart(end.value());
    String[] lines = label.split("\n");
    for (int i = 0; i < lines.length; i++) {
      g.drawString(
          lines[i],
          (float) (sx - fm.stringWidth(lines[i]) - 6),
          (float) (sy + 40 + i * (fm.getHeight() + 2)));
    }
  }
}
