package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;

/** {@code register_change.png}: the register's natural and social change per year, as bars. */
final class RegisterChangeChart {
  private RegisterChangeChart() {}

  static byte[] render(RegisterChangeData d, String subtitle, StandardTexts tx, PageSetup page) {
    Canvas c = Canvas.of(page);
    int y = c.header(tx.registerTitle(), subtitle);
    List<Legend.Entry> legend =
        List.of(
            Legend.Entry.box(tx.natural(), Palette.NATURAL),
            Legend.Entry.box(tx.social(), Palette.MIGRATION),
            new Legend.Entry(tx.change(), Legend.KeyKind.LINE_MARKER, Palette.TOTAL_CHANGE, 3.5f));
    int legendBottom = Legend.row(c, legend, y);
    int bottom = c.footer(tx.registerSource());
    bottom = c.note(tx.registerNote(d.coverages(), d.gaps()), bottom);
    List<String> cats = new ArrayList<>();
    List<Double> natural = new ArrayList<>();
    List<Double> social = new ArrayList<>();
    List<Double> total = new ArrayList<>();
    double min = 0;
    double max = 0;
    for (RegisterChangeData.Row r : d.rows()) {
      cats.add(r.label().replace("FY", "").replace("CY", ""));
      natural.add(r.natural());
      social.add(r.social());
      total.add(r.total());
      for (double v : new double[] {r.natural(), r.social(), r.total()}) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    int cx = Canvas.MARGIN - 10;
    int cy = legendBottom + 4;
    int cw = ChartWriter.WIDTH - 2 * Canvas.MARGIN + 10;
    int ch = bottom - 8 - cy;
    CategoryChart chart = chart(c, cw, ch, cats, natural, social, min, max, tx);
    Graphics2D g = c.g;
    g.translate(cx, cy);
    chart.paint(g, cw, ch);
    double zero = chart.getScreenYFromChart(0);
    g.setColor(Canvas.INK);
    g.setStroke(new BasicStroke(1.5f));
    int n = cats.size();
    g.draw(
        new Line2D.Double(chart.getScreenXFromChart(0), zero, chart.getScreenXFromChart(n), zero));
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = chart.getScreenXFromChart(i + 0.5);
    }
    ComponentsChart.polyline(c, x, Axes.screenY(chart, total), Palette.TOTAL_CHANGE);
    g.translate(-cx, -cy);
    return c.png();
  }

  private static CategoryChart chart(
      Canvas c,
      int cw,
      int ch,
      List<String> cats,
      List<Double> natural,
      List<Double> social,
      double min,
      double max,
      StandardTexts tx) {
    CategoryChart chart = new CategoryChart(cw, ch);
    Axes.style(chart.getStyler(), c);
    chart.getStyler().setAvailableSpaceFill(0.8).setOverlapped(false);
    chart.getStyler().setXAxisLabelRotation(90);
    double step = Ticks.step(max - min, 8);
    chart
        .getStyler()
        .setYAxisMin(Math.floor(min * 1.05 / step) * step)
        .setYAxisMax(Math.max(step, Math.ceil(max * 1.05 / step) * step));
    chart.setXAxisTitle(tx.year());
    chart.setYAxisTitle(tx.personsPerYear());
    chart.setCustomYAxisTickLabelsFormatter(Axes::thousands);
    Axes.bar(chart, "natural", cats, natural, Palette.NATURAL);
    Axes.bar(chart, "social", cats, social, Palette.MIGRATION);
    return chart;
  }
}
