package jp.popvision.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.popvision.scenario.TfrEstimate;
import org.knowm.xchart.XYChart;

/**
 * {@code tfr.png}: Japan's annual TFR as a line, the area's and the prefecture's estimates as thick
 * segments over their spans, on XChart axes; a note names what the data lack.
 */
final class TfrChart {
  private static final Color AREA = Palette.PROJECTION;
  private static final Color PREFECTURE = Palette.SCENARIOS[2];
  private static final Color JAPAN = Palette.IPSS_H30;

  private TfrChart() {}

  static byte[] render(TfrChartData d, String subtitle, StandardTexts tx, PageSetup page) {
    Canvas c = Canvas.of(page);
    int y = c.header(tx.tfrTitle(d.areaName()), subtitle);
    List<Legend.Entry> legend = new ArrayList<>();
    for (TfrEstimate e : d.area()) {
      legend.add(
          new Legend.Entry(
              tx.span(e.name(), e.fromYear(), e.toYear()), Legend.KeyKind.LINE, AREA, 7f));
    }
    for (TfrEstimate e : d.prefecture()) {
      legend.add(new Legend.Entry(tx.prefecture(e.name()), Legend.KeyKind.LINE, PREFECTURE, 7f));
    }
    if (!d.japan().isEmpty()) {
      legend.add(new Legend.Entry(tx.japan(), Legend.KeyKind.LINE_MARKER, JAPAN, 3f));
    }
    int legendBottom = Legend.row(c, legend, y);
    int bottom = c.footer(tx.tfrSource());
    String missing = tx.tfrMissing(d.missing());
    if (!missing.isEmpty()) {
      bottom = c.note(missing, bottom);
    }
    int[] years = d.years();
    int cx = Canvas.MARGIN - 10;
    int cy = legendBottom + 4;
    int cw = ChartWriter.WIDTH - 2 * Canvas.MARGIN + 10;
    int ch = bottom - 8 - cy;
    XYChart chart = new XYChart(cw, ch);
    Axes.style(chart.getStyler(), c);
    chart.setXAxisTitle(tx.year());
    chart.setYAxisTitle(tx.tfrAxis());
    chart.getStyler().setXAxisMin(years[0] - 1.0).setXAxisMax(years[1] + 1.0);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(2.2);
    chart.setCustomXAxisTickLabelsFormatter(Axes::yearLabel);
    chart.setCustomYAxisTickLabelsFormatter(v -> String.format(Locale.ROOT, "%.1f", v));
    Axes.line(chart, "japan", d.japan(), JAPAN, Canvas.round(3f));
    int k = 0;
    for (TfrEstimate e : d.area()) {
      Axes.line(chart, "area" + k++, span(e), AREA, Canvas.round(7f));
    }
    for (TfrEstimate e : d.prefecture()) {
      Axes.line(chart, "pref" + k++, span(e), PREFECTURE, Canvas.round(7f));
    }
    c.g.translate(cx, cy);
    chart.paint(c.g, cw, ch);
    labels(c, chart, d, years);
    c.g.translate(-cx, -cy);
    return c.png();
  }

  private static List<YearValue> span(TfrEstimate e) {
    return List.of(new YearValue(e.fromYear(), e.tfr()), new YearValue(e.toYear(), e.tfr()));
  }

  /** The estimates' values, and Japan's first and last years, labelled. */
  private static void labels(Canvas c, XYChart chart, TfrChartData d, int[] years) {
    var bounds = Axes.plotBounds(chart, years[0] - 1.0, years[1] + 1.0, 0, 2.2);
    Axes.occupy(c, chart, d.japan());
    for (TfrEstimate e : d.area()) {
      Axes.occupy(c, chart, span(e));
    }
    for (TfrEstimate e : d.prefecture()) {
      Axes.occupy(c, chart, span(e));
    }
    for (TfrEstimate e : d.area()) {
      label(c, chart, (e.fromYear() + e.toYear()) / 2.0, e.tfr(), AREA, bounds);
    }
    for (TfrEstimate e : d.prefecture()) {
      label(c, chart, (e.fromYear() + e.toYear()) / 2.0, e.tfr(), PREFECTURE, bounds);
    }
    if (!d.japan().isEmpty()) {
      for (YearValue p : List.of(d.japan().get(0), d.japan().get(d.japan().size() - 1))) {
        double px = chart.getScreenXFromChart(p.year());
        double py = chart.getScreenYFromChart(p.value());
        c.marker(px, py, 8, 5.5, JAPAN);
        c.label(
            p.year() + ": " + String.format(Locale.ROOT, "%.2f", p.value()),
            px,
            py,
            bounds,
            JAPAN.darker(),
            Font.BOLD,
            LabelPlacer.Prefer.BELOW);
      }
    }
  }

  private static void label(
      Canvas c, XYChart chart, double year, double v, Color color, java.awt.geom.Rectangle2D b) {
    c.label(
        String.format(Locale.ROOT, "%.2f", v),
        chart.getScreenXFromChart(year),
        chart.getScreenYFromChart(v),
        b,
        color.darker(),
        Font.BOLD,
        LabelPlacer.Prefer.ABOVE);
  }
}
