package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;

/**
 * {@code components.png}: births, deaths and net migration per period as stacked XChart bars, the
 * natural and total change as lines over them, a mark where out-migration was limited.
 */
final class ComponentsChart {
  private ComponentsChart() {}

  static byte[] render(ComponentsData d, String subtitle, ChartTexts tx, PageSetup page) {
    Canvas c = Canvas.of(page);
    int y = c.header(tx.componentsTitle(), subtitle);
    List<Legend.Entry> legend =
        List.of(
            Legend.Entry.box(tx.births(), Palette.BIRTHS),
            Legend.Entry.box(tx.deaths(), Palette.DEATHS),
            Legend.Entry.box(tx.netMigration(), Palette.MIGRATION),
            new Legend.Entry(tx.naturalChange(), Legend.KeyKind.LINE_MARKER, Palette.NATURAL, 3.5f),
            new Legend.Entry(
                tx.totalChange(), Legend.KeyKind.LINE_MARKER, Palette.TOTAL_CHANGE, 3.5f));
    int legendBottom = Legend.row(c, legend, y);
    int bottom = c.footer(tx.source());
    if (d.anyLimited()) {
      bottom = c.note(tx.limitedNote(), bottom);
    }
    int cx = Canvas.MARGIN - 10;
    int cy = legendBottom + 4;
    int cw = ChartWriter.WIDTH - 2 * Canvas.MARGIN + 10;
    int ch = bottom - cy;
    List<Double> natural = new ArrayList<>();
    List<Double> change = new ArrayList<>();
    for (ComponentsData.Period p : d.periods()) {
      natural.add(p.naturalChange());
      change.add(p.totalChange());
    }
    CategoryChart chart = bars(c, d, cw, ch, tx);
    Graphics2D g = c.g;
    g.translate(cx, cy);
    chart.paint(g, cw, ch);
    int n = d.periods().size();
    double zero = chart.getScreenYFromChart(0);
    g.setColor(Canvas.INK);
    g.setStroke(new BasicStroke(1.5f));
    g.draw(
        new Line2D.Double(chart.getScreenXFromChart(0), zero, chart.getScreenXFromChart(n), zero));
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = chart.getScreenXFromChart(i + 0.5);
    }
    polyline(c, x, Axes.screenY(chart, natural), Palette.NATURAL);
    polyline(c, x, Axes.screenY(chart, change), Palette.TOTAL_CHANGE);
    limitedMarks(c, chart, d, x, tx);
    g.translate(-cx, -cy);
    return c.png();
  }

  /** The stacked bars on XChart axes, the y range a nice step beyond the extremes. */
  private static CategoryChart bars(Canvas c, ComponentsData d, int cw, int ch, ChartTexts tx) {
    List<String> cats = new ArrayList<>();
    List<Double> births = new ArrayList<>();
    List<Double> deaths = new ArrayList<>();
    List<Double> migration = new ArrayList<>();
    double min = 0;
    double max = 0;
    for (ComponentsData.Period p : d.periods()) {
      cats.add(p.label());
      births.add(p.births());
      deaths.add(-p.deaths());
      migration.add(p.netMigration());
      double up = p.births() + Math.max(0, p.netMigration());
      double down = -p.deaths() + Math.min(0, p.netMigration());
      for (double v : new double[] {up, down, p.naturalChange(), p.totalChange()}) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    CategoryChart chart = new CategoryChart(cw, ch);
    Axes.style(chart.getStyler(), c);
    chart.getStyler().setAvailableSpaceFill(0.55).setStacked(true);
    double step = Ticks.step(max - min, 8);
    chart
        .getStyler()
        .setYAxisMin(-Math.ceil(-min * 1.04 / step) * step)
        .setYAxisMax(Math.max(step, Math.ceil(max * 1.04 / step) * step));
    chart.setXAxisTitle(tx.period());
    chart.setYAxisTitle(tx.personsPerPeriod());
    chart.setCustomYAxisTickLabelsFormatter(Axes::thousands);
    Axes.bar(chart, "births", cats, births, Palette.BIRTHS);
    Axes.bar(chart, "deaths", cats, deaths, Palette.DEATHS);
    Axes.bar(chart, "migration", cats, migration, Palette.MIGRATION);
    return chart;
  }

  /** The mark above each period whose out-migration was limited (nothing else is drawn there). */
  private static void limitedMarks(
      Canvas c, CategoryChart chart, ComponentsData d, double[] x, ChartTexts tx) {
    Graphics2D g = c.g;
    g.setFont(c.font(Font.BOLD, 28f));
    var fm = g.getFontMetrics();
    for (int i = 0; i < x.length; i++) {
      ComponentsData.Period p = d.periods().get(i);
      if (p.limited()) {
        double top = chart.getScreenYFromChart(p.births() + Math.max(0, p.netMigration()));
        String mark = tx.limitedMark();
        g.setColor(Palette.MIGRATION.darker());
        g.drawString(mark, (float) (x[i] - fm.stringWidth(mark) / 2.0), (float) (top - 8));
      }
    }
  }

  /** A line with round markers through screen points. */
  static void polyline(Canvas c, double[] x, double[] y, Color color) {
    Graphics2D g = c.g;
    g.setColor(color);
    g.setStroke(Canvas.round(3.5f));
    for (int i = 1; i < x.length; i++) {
      g.draw(new Line2D.Double(x[i - 1], y[i - 1], x[i], y[i]));
    }
    for (int i = 0; i < x.length; i++) {
      c.marker(x[i], y[i], 7.5, 5.5, color);
    }
  }
}
