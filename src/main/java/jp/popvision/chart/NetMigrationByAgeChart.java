package jp.popvision.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code net_migration_by_age.png}: one XChart line per intercensal period over the cohorts, men
 * and women in two panels on one scale.
 */
final class NetMigrationByAgeChart {
  private NetMigrationByAgeChart() {}

  static byte[] render(NetMigrationByAgeData d, String subtitle, StandardTexts tx, PageSetup page) {
    Canvas c = Canvas.of(page);
    int y = c.header(tx.netMigrationTitle(), subtitle);
    List<Legend.Entry> legend = new ArrayList<>();
    for (int i = 0; i < d.periods().size(); i++) {
      legend.add(
          new Legend.Entry(
              tx.periodLabel(d.periods().get(i).fromYear()),
              Legend.KeyKind.LINE,
              Palette.scenario(i),
              3.5f));
    }
    int legendBottom = Legend.row(c, legend, y);
    int bottom = c.footer(tx.censusSource());
    bottom = c.note(tx.netMigrationNote(), bottom);
    double min = 0;
    double max = 0;
    for (NetMigrationByAgeData.Period p : d.periods()) {
      for (int k = 0; k < d.cohorts(); k++) {
        min = Math.min(min, Math.min(p.male(k), p.female(k)));
        max = Math.max(max, Math.max(p.male(k), p.female(k)));
      }
    }
    double step = Ticks.step(max - min, 8);
    double lo = Math.floor(min * 1.05 / step) * step;
    double hi = Math.max(step, Math.ceil(max * 1.05 / step) * step);
    int top = legendBottom + 40;
    int gap = 16;
    int panelW = (ChartWriter.WIDTH - 2 * Canvas.MARGIN + 10 - gap) / 2;
    int h = bottom - 8 - top;
    for (int side = 0; side < 2; side++) {
      boolean male = side == 0;
      int x = Canvas.MARGIN - 10 + side * (panelW + gap);
      c.g.setColor(male ? Palette.MALE.darker() : Palette.FEMALE.darker());
      c.g.setFont(c.font(Font.BOLD, Canvas.AXIS_TITLE));
      c.g.drawString(tx.panel(male), x + 20, top - 12);
      CategoryChart chart = panel(c, d, male, panelW, h, lo, hi, tx);
      c.g.translate(x, top);
      chart.paint(c.g, panelW, h);
      c.g.translate(-x, -top);
    }
    return c.png();
  }

  private static CategoryChart panel(
      Canvas c,
      NetMigrationByAgeData d,
      boolean male,
      int w,
      int h,
      double lo,
      double hi,
      StandardTexts tx) {
    CategoryChart chart = new CategoryChart(w, h);
    Axes.style(chart.getStyler(), c);
    chart.getStyler().setXAxisLabelRotation(90);
    chart.getStyler().setYAxisMin(lo).setYAxisMax(hi);
    chart.getStyler().setMarkerSize(7);
    chart.setXAxisTitle(tx.cohortAxis());
    if (male) {
      chart.setYAxisTitle(tx.netMigrants());
    }
    chart.setCustomYAxisTickLabelsFormatter(Axes::thousands);
    List<String> cats = new ArrayList<>();
    for (int k = 0; k < d.cohorts(); k++) {
      cats.add(d.cohortLabel(k));
    }
    for (int i = 0; i < d.periods().size(); i++) {
      NetMigrationByAgeData.Period p = d.periods().get(i);
      List<Double> v = new ArrayList<>();
      for (int k = 0; k < d.cohorts(); k++) {
        v.add(male ? p.male(k) : p.female(k));
      }
      CategorySeries s = chart.addSeries("p" + p.fromYear(), cats, v);
      s.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Line);
      s.setLineColor(Palette.scenario(i));
      s.setLineStyle(Canvas.round(3f));
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(Palette.scenario(i));
    }
    return chart;
  }
}
