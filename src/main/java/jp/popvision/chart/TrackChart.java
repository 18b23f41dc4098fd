package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code target_actual.png} (目標と実績): two panels, social change per year and the TFR, each with the
 * register's actual figures (black points, not joined across missing years), the scenario's path
 * (coloured line) and the KPI target over its years (red dashed); missing years shaded.
 */
final class TrackChart {
  private static final Color ACTUAL = Palette.CENSUS;
  private static final Color SCENARIO = Palette.IPSS_H30;
  private static final Color TARGET = Palette.PROJECTION;
  private static final Color MISSING = new Color(0xEE, 0xEE, 0xEE);

  private TrackChart() {}

  static byte[] render(
      TrackChartData d, String subtitle, Lang lang, ChartTexts tx, PageSetup page) {
    TrackTexts t = new TrackTexts(lang);
    Canvas c = Canvas.of(page);
    int y = c.header(t.title(), subtitle);
    List<Legend.Entry> legend =
        List.of(
            new Legend.Entry(t.actual(), Legend.KeyKind.LINE_MARKER, ACTUAL, 3f),
            new Legend.Entry(t.scenario(), Legend.KeyKind.LINE, SCENARIO, 4f),
            new Legend.Entry(t.target(), Legend.KeyKind.DASHED_LINE, TARGET, 4f),
            Legend.Entry.box(t.noData(), MISSING));
    int legendBottom = Legend.row(c, legend, y);
    int bottom = c.footer(t.source());
    bottom = c.note(t.note(d.missing()), bottom);
    int top = legendBottom + 4;
    int gap = 30;
    int full = ChartWriter.WIDTH - 2 * Canvas.MARGIN + 10;
    int w = (full - gap) / 2;
    int h = bottom - 8 - top;
    int x0 = Canvas.MARGIN - 10;
    panel(c, t, tx, x0, top, w, h, d, d.social(), d.scenarioSocial(), d.socialTarget(), true);
    panel(c, t, tx, x0 + w + gap, top, w, h, d, d.tfr(), d.scenarioTfr(), d.tfrTarget(), false);
    return c.png();
  }

  /** What one panel shows: the actual years, the scenario's path and the strategy's target. */
  private record Panel(
      List<YearValue> actual,
      List<YearValue> scenario,
      TrackChartData.Target target,
      boolean social) {
    /** The target per year (social change: the period's total spread over its years). */
    double targetValue() {
      return social ? target.target() / target.years() : target.target();
    }
  }

  private static void panel(
      Canvas c,
      TrackTexts t,
      ChartTexts tx,
      int cx,
      int cy,
      int cw,
      int ch,
      TrackChartData d,
      List<YearValue> actual,
      List<YearValue> scenario,
      TrackChartData.Target target,
      boolean social) {
    Panel p = new Panel(actual, scenario, target, social);
    double x0 = d.firstYear() - 0.5;
    double x1 = d.lastYear() + 0.5;
    List<Double> values = new ArrayList<>();
    actual.forEach(v -> values.add(v.value()));
    scenario.forEach(v -> values.add(v.value()));
    if (target != null) {
      values.add(p.targetValue());
    }
    double[] range = TrackSeries.range(values, social);
    double[][] st = TrackSeries.steps(scenario);
    XYChart chart = chart(c, t, tx, cw, ch, x0, x1, range, st, p);
    c.g.setColor(Canvas.INK);
    c.g.setFont(c.font(Font.BOLD, Canvas.AXIS_TITLE));
    c.g.drawString(social ? t.socialPanel() : t.tfrPanel(), cx + 10, cy + 26);
    int py = cy + 40;
    int ph = ch - 40;
    c.g.translate(cx, py);
    chart.paint(c.g, cw, ph);
    Rectangle2D plot = Axes.plotBounds(chart, x0, x1, range[0], range[1]);
    shade(c, chart, d.missing(), plot);
    years(c, chart, d, plot);
    annotate(c, t, chart, plot, st, p);
    c.g.translate(-cx, -py);
  }

  /** The panel's XChart: axes, the scenario's steps, the target line and the actual runs. */
  private static XYChart chart(
      Canvas c,
      TrackTexts t,
      ChartTexts tx,
      int cw,
      int ch,
      double x0,
      double x1,
      double[] range,
      double[][] st,
      Panel p) {
    XYChart chart = new XYChart(cw, ch);
    Axes.style(chart.getStyler(), c);
    chart.setXAxisTitle(tx.year());
    chart.setYAxisTitle(p.social() ? t.socialAxis() : t.tfrAxis());
    chart.getStyler().setXAxisMin(x0).setXAxisMax(x1);
    chart.getStyler().setYAxisMin(range[0]).setYAxisMax(range[1]);
    chart.setCustomXAxisTickLabelsFormatter(v -> " ");
    DoubleFunction<String> fmt =
        p.social() ? Axes::thousands : v -> String.format(Locale.ROOT, "%.1f", v);
    chart.setCustomYAxisTickLabelsFormatter(fmt::apply);
    // an invisible series keeps XChart's axes when a panel has no data
    line(chart, "frame", new double[] {x0, x1}, range, Color.WHITE, Canvas.round(0.1f));
    if (st[0].length > 0) {
      line(chart, "scenario", st[0], st[1], SCENARIO, Canvas.round(4f));
    }
    if (p.target() != null) {
      double v = p.targetValue();
      line(
          chart,
          "target",
          new double[] {p.target().from() - 0.5, p.target().to() + 0.5},
          new double[] {v, v},
          TARGET,
          Canvas.dashed(4f));
    }
    int k = 0;
    for (List<YearValue> run : TrackSeries.runs(p.actual())) {
      Axes.line(chart, "actual" + k++, run, ACTUAL, Canvas.round(2.5f));
    }
    return chart;
  }

  /** Over the painted chart: the target's text, the actual markers and the value labels. */
  private static void annotate(
      Canvas c, TrackTexts t, XYChart chart, Rectangle2D plot, double[][] st, Panel p) {
    TrackChartData.Target target = p.target();
    if (target != null) {
      c.g.setColor(TARGET.darker());
      c.g.setFont(c.font(Font.PLAIN, Canvas.LABEL));
      c.g.drawString(
          t.actualLine(target, p.social()), (int) plot.getX() + 12, (int) plot.getY() + 28);
    }
    for (YearValue v : p.actual()) {
      c.marker(
          chart.getScreenXFromChart(v.year()), chart.getScreenYFromChart(v.value()), 7, 5, ACTUAL);
    }
    Axes.occupy(c, chart, p.actual());
    if (st[0].length > 0) {
      c.occupyPolyline(Axes.screenX(chart, st[0]), Axes.screenY(chart, st[1]));
    }
    if (target != null) {
      c.label(
          t.targetLabel(target, p.social()),
          chart.getScreenXFromChart((target.from() + target.to()) / 2.0),
          chart.getScreenYFromChart(p.targetValue()),
          plot,
          TARGET.darker(),
          Font.BOLD,
          LabelPlacer.Prefer.BELOW);
    }
    if (!p.actual().isEmpty()) {
      YearValue last = p.actual().get(p.actual().size() - 1);
      c.label(
          p.social()
              ? TrackSeries.signed(last.value())
              : String.format(Locale.ROOT, "%.2f", last.value()),
          chart.getScreenXFromChart(last.year()),
          chart.getScreenYFromChart(last.value()),
          plot,
          ACTUAL,
          Font.BOLD,
          LabelPlacer.Prefer.ABOVE);
    }
  }

  /** Every year under the x axis (XChart's own ticks fall between years). */
  private static void years(Canvas c, XYChart chart, TrackChartData d, Rectangle2D plot) {
    c.g.setColor(Palette.INK);
    c.g.setFont(c.font(Font.PLAIN, Canvas.TICK));
    java.awt.FontMetrics fm = c.g.getFontMetrics();
    for (int y = d.firstYear(); y <= d.lastYear(); y++) {
      String s = String.valueOf(y);
      double x = chart.getScreenXFromChart(y);
      c.g.drawString(s, (float) (x - fm.stringWidth(s) / 2.0), (float) (plot.getMaxY() + 26));
    }
  }

  /** Light grey bands over the years the register lacks, labelled. */
  private static void shade(Canvas c, XYChart chart, List<Integer> missing, Rectangle2D plot) {
    for (int y : missing) {
      double a = chart.getScreenXFromChart(y - 0.5);
      double b = chart.getScreenXFromChart(y + 0.5);
      c.g.setColor(new Color(0x99, 0x99, 0x99, 60));
      c.g.fill(new Rectangle2D.Double(a, plot.getY(), b - a, plot.getHeight()));
    }
  }

  private static void line(
      XYChart chart, String name, double[] x, double[] y, Color color, BasicStroke stroke) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineStyle(stroke);
  }

  /** The chart's texts in one language. */
}
