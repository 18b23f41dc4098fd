package jp.popvision.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * {@code total_population.png} and {@code scenarios_total.png}: the census points, one line per
 * scenario and the IPSS projections on XChart axes, the scenario values labelled at key years.
 */
final class TotalChart {
  private TotalChart() {}

  static byte[] render(TotalPopulationData d, String subtitle, ChartTexts tx, PageSetup page) {
    return render(d, tx.totalTitle(), subtitle, tx, page);
  }

  static byte[] render(
      TotalPopulationData d, String title, String subtitle, ChartTexts tx, PageSetup page) {
    Canvas c = Canvas.of(page);
    int y = c.header(title, subtitle);
    int legendBottom = Legend.row(c, legend(d, tx), y);
    int bottom = c.footer(tx.source());
    int firstYear = Integer.MAX_VALUE;
    int lastYear = Integer.MIN_VALUE;
    for (List<YearValue> s : allSeries(d)) {
      for (YearValue p : s) {
        firstYear = Math.min(firstYear, p.year());
        lastYear = Math.max(lastYear, p.year());
      }
    }
    int cx = Canvas.MARGIN - 10;
    int cy = legendBottom + 4;
    int cw = ChartWriter.WIDTH - 2 * Canvas.MARGIN + 10;
    int ch = bottom - cy;
    double yMax = Ticks.niceCeiling(d.max() * 1.04, 10);
    XYChart chart = Axes.yearsChart(c, cw, ch, firstYear, lastYear, yMax, tx);
    addSeries(chart, d);
    c.g.translate(cx, cy);
    chart.paint(c.g, cw, ch);
    occupySeries(c, chart, d);
    labelYears(c, chart, d, tx, Axes.plotBounds(chart, firstYear, lastYear, 0, yMax));
    c.g.translate(-cx, -cy);
    return c.png();
  }

  private static List<Legend.Entry> legend(TotalPopulationData d, ChartTexts tx) {
    List<Legend.Entry> legend = new ArrayList<>();
    if (!d.census().isEmpty()) {
      legend.add(new Legend.Entry(tx.census(), Legend.KeyKind.MARKER, Palette.CENSUS, 0));
    }
    boolean single = d.projections().size() == 1;
    for (int i = 0; i < d.projections().size(); i++) {
      TotalPopulationData.Line l = d.projections().get(i);
      legend.add(
          new Legend.Entry(
              single ? tx.projection() : l.title(),
              Legend.KeyKind.LINE,
              Palette.scenario(i),
              4.5f));
    }
    if (!d.ipssH30().isEmpty()) {
      legend.add(
          new Legend.Entry(tx.ipssH30(), Legend.KeyKind.DASHED_LINE, Palette.IPSS_H30, 2.5f));
    }
    if (!d.ipssR5().isEmpty()) {
      legend.add(new Legend.Entry(tx.ipssR5(), Legend.KeyKind.DASHED_LINE, Palette.IPSS_R5, 2.5f));
    }
    return legend;
  }

  /**
   * The scenario lines first, then the official projections over them (so that a scenario that
   * reproduces one of them does not hide it), then the census points.
   */
  private static void addSeries(XYChart chart, TotalPopulationData d) {
    for (int i = 0; i < d.projections().size(); i++) {
      TotalPopulationData.Line l = d.projections().get(i);
      float width = d.projections().size() > 3 ? 3f : 4.5f;
      Axes.line(chart, "projection-" + i, l.points(), Palette.scenario(i), Canvas.round(width));
    }
    Axes.line(chart, "ipss-h30", d.ipssH30(), Palette.IPSS_H30, Canvas.dashed(2.5f));
    Axes.line(chart, "ipss-r5", d.ipssR5(), Palette.IPSS_R5, Canvas.dashed(2.5f));
    if (!d.census().isEmpty()) {
      Axes.points(chart, "census", d.census(), Palette.CENSUS);
    }
    chart.getStyler().setMarkerSize(13);
  }

  private static void occupySeries(Canvas c, XYChart chart, TotalPopulationData d) {
    for (List<YearValue> s : List.of(d.ipssH30(), d.ipssR5())) {
      Axes.occupy(c, chart, s);
    }
    for (TotalPopulationData.Line l : d.projections()) {
      Axes.occupy(c, chart, l.points());
    }
    for (YearValue p : d.census()) {
      c.occupy(
          Canvas.circle(
                  chart.getScreenXFromChart(p.year()), chart.getScreenYFromChart(p.value()), 9)
              .getBounds2D());
    }
  }

  /** Each scenario's value at the label years, as a marker with a label. */
  private static void labelYears(
      Canvas c, XYChart chart, TotalPopulationData d, ChartTexts tx, Rectangle2D bounds) {
    for (int i = 0; i < d.projections().size(); i++) {
      TotalPopulationData.Line l = d.projections().get(i);
      Color color = Palette.scenario(i);
      for (int year : d.labelYears()) {
        Double v = l.at(year);
        if (v == null) {
          continue;
        }
        double px = chart.getScreenXFromChart(year);
        double py = chart.getScreenYFromChart(v);
        c.marker(px, py, 10, 7.5, color);
        c.occupy(Canvas.circle(px, py, 11).getBounds2D());
        c.label(
            tx.yearPersons(year, Axes.thousands(v)),
            px,
            py,
            bounds,
            color.darker(),
            Font.BOLD,
            LabelPlacer.Prefer.ABOVE_RIGHT);
      }
    }
  }

  private static List<List<YearValue>> allSeries(TotalPopulationData d) {
    List<List<YearValue>> all = new ArrayList<>(List.of(d.census(), d.ipssH30(), d.ipssR5()));
    for (TotalPopulationData.Line l : d.projections()) {
      all.add(l.points());
    }
    return all;
  }
}
