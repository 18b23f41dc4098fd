package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws {@code backtest.png}: projected vs census totals, one panel per base year. */
final class BacktestChart {
  private BacktestChart() {}

  static byte[] render(BacktestChartData d, ChartTexts tx, int dpi, String family) {
    Canvas c = new Canvas(dpi, family);
    int y = c.header(tx.backtestTitle(), tx.backtestSubtitle());
    List<Canvas.LegendEntry> legend = new ArrayList<>();
    legend.add(new Canvas.LegendEntry(tx.census(), Canvas.KeyKind.MARKER, ChartWriter.CENSUS, 0));
    List<String> methods =
        d.panels().isEmpty()
            ? List.of()
            : d.panels().get(0).methods().stream().map(TotalPopulationData.Line::name).toList();
    for (int i = 0; i < methods.size(); i++) {
      legend.add(
          new Canvas.LegendEntry(
              tx.method(methods.get(i)),
              Canvas.KeyKind.LINE,
              ChartWriter.scenarioColor(i + 1),
              3f));
    }
    legend.add(
        new Canvas.LegendEntry(
            tx.ipssH30(), Canvas.KeyKind.DASHED_LINE, ChartWriter.IPSS_H30, 2.5f));
    int legendBottom = c.legendRow(legend, Canvas.MARGIN, y, ChartWriter.WIDTH - 2 * Canvas.MARGIN);
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
      XYChart chart = new XYChart(panelW, h);
      ChartWriter.style(chart.getStyler(), c);
      chart.setXAxisTitle(tx.year());
      if (k == 0) {
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
      chart.setCustomXAxisTickLabelsFormatter(ChartWriter::yearLabel);
      chart.setCustomYAxisTickLabelsFormatter(ChartWriter::thousands);
      for (int i = 0; i < p.methods().size(); i++) {
        ChartWriter.line(
            chart,
            "m" + i,
            p.methods().get(i).points(),
            ChartWriter.scenarioColor(i + 1),
            new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      }
      ChartWriter.line(chart, "ipss", p.official(), ChartWriter.IPSS_H30, Canvas.dashed(2.5f));
      if (!p.census().isEmpty()) {
        XYSeries s =
            chart.addSeries("census", ChartWriter.xs(p.census()), ChartWriter.ys(p.census()));
        s.setXYSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(ChartWriter.CENSUS);
      }
      chart.getStyler().setMarkerSize(12);
      var g = c.g;
      g.translate(x, top);
      chart.paint(g, panelW, h);
      if (!p.official().isEmpty() && !p.census().isEmpty()) {
        YearValue end = p.official().get(p.official().size() - 1);
        Double actual =
            p.census().stream()
                .filter(v -> v.year() == end.year())
                .map(YearValue::value)
                .findFirst()
                .orElse(null);
        if (actual != null) {
          String label =
              tx.officialError(
                  end.year(),
                  end.value(),
                  end.value() - actual,
                  100 * (end.value() - actual) / actual);
          g.setFont(c.font(Font.BOLD, Canvas.LABEL));
          g.setColor(ChartWriter.IPSS_H30.darker());
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
      g.translate(-x, -top);
    }
    return c.png(dpi);
  }
}
