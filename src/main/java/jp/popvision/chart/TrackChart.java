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
    Texts t = new Texts(lang);
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

  private static void panel(
      Canvas c,
      Texts t,
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
    double x0 = d.firstYear() - 0.5;
    double x1 = d.lastYear() + 0.5;
    List<Double> values = new ArrayList<>();
    actual.forEach(p -> values.add(p.value()));
    scenario.forEach(p -> values.add(p.value()));
    if (target != null) {
      values.add(social ? target.target() / target.years() : target.target());
    }
    double[] range = TrackSeries.range(values, social);
    XYChart chart = new XYChart(cw, ch);
    Axes.style(chart.getStyler(), c);
    chart.setXAxisTitle(tx.year());
    chart.setYAxisTitle(social ? t.socialAxis() : t.tfrAxis());
    chart.getStyler().setXAxisMin(x0).setXAxisMax(x1);
    chart.getStyler().setYAxisMin(range[0]).setYAxisMax(range[1]);
    chart.setCustomXAxisTickLabelsFormatter(v -> " ");
    DoubleFunction<String> fmt =
        social ? Axes::thousands : v -> String.format(Locale.ROOT, "%.1f", v);
    chart.setCustomYAxisTickLabelsFormatter(fmt::apply);
    // an invisible series keeps XChart's axes when a panel has no data
    line(chart, "frame", new double[] {x0, x1}, range, Color.WHITE, Canvas.round(0.1f));
    double[][] st = TrackSeries.steps(scenario);
    if (st[0].length > 0) {
      line(chart, "scenario", st[0], st[1], SCENARIO, Canvas.round(4f));
    }
    if (target != null) {
      double v = social ? target.target() / target.years() : target.target();
      line(
          chart,
          "target",
          new double[] {target.from() - 0.5, target.to() + 0.5},
          new double[] {v, v},
          TARGET,
          Canvas.dashed(4f));
    }
    int k = 0;
    for (List<YearValue> run : TrackSeries.runs(actual)) {
      Axes.line(chart, "actual" + k++, run, ACTUAL, Canvas.round(2.5f));
    }
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
    if (target != null) {
      c.g.setColor(TARGET.darker());
      c.g.setFont(c.font(Font.PLAIN, Canvas.LABEL));
      c.g.drawString(t.actualLine(target, social), (int) plot.getX() + 12, (int) plot.getY() + 28);
    }
    for (YearValue p : actual) {
      c.marker(
          chart.getScreenXFromChart(p.year()), chart.getScreenYFromChart(p.value()), 7, 5, ACTUAL);
    }
    Axes.occupy(c, chart, actual);
    if (st[0].length > 0) {
      c.occupyPolyline(Axes.screenX(chart, st[0]), Axes.screenY(chart, st[1]));
    }
    if (target != null) {
      double v = social ? target.target() / target.years() : target.target();
      c.label(
          t.targetLabel(target, social),
          chart.getScreenXFromChart((target.from() + target.to()) / 2.0),
          chart.getScreenYFromChart(v),
          plot,
          TARGET.darker(),
          Font.BOLD,
          LabelPlacer.Prefer.BELOW);
    }
    if (!actual.isEmpty()) {
      YearValue last = actual.get(actual.size() - 1);
      c.label(
          social
              ? TrackSeries.signed(last.value())
              : String.format(Locale.ROOT, "%.2f", last.value()),
          chart.getScreenXFromChart(last.year()),
          chart.getScreenYFromChart(last.value()),
          plot,
          ACTUAL,
          Font.BOLD,
          LabelPlacer.Prefer.ABOVE);
    }
    c.g.translate(-cx, -py);
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
  private record Texts(Lang lang) {
    private String t(String ja, String en) {
      return lang == Lang.JA ? ja : en;
    }

    String title() {
      return t(
          "目標と実績(総合戦略の数値目標と住民基本台帳)",
          "Targets against actuals (strategy KPIs and resident register)");
    }

    String actual() {
      return t("実績(住民基本台帳)", "Actual (resident register)");
    }

    String scenario() {
      return t("シナリオの推計(国勢調査ベース)", "Scenario (census basis)");
    }

    String target() {
      return t("数値目標", "Target");
    }

    String noData() {
      return t("データなし", "No data");
    }

    String socialPanel() {
      return t("社会増減数(人/年)", "Social change (persons per year)");
    }

    String tfrPanel() {
      return t("合計特殊出生率", "Total fertility rate");
    }

    String socialAxis() {
      return t("人/年", "Persons per year");
    }

    String tfrAxis() {
      return t("合計特殊出生率", "TFR");
    }

    String targetLabel(TrackChartData.Target g, boolean social) {
      if (social) {
        return t("目標 ", "target ") + TrackSeries.signed(g.target() / g.years()) + t("人/年", "/yr");
      }
      return t("目標 ", "target ") + String.format(Locale.ROOT, "%.2f", g.target());
    }

    /** The KPI's years, target and the actual over the years with data. */
    String actualLine(TrackChartData.Target g, boolean social) {
      String years = g.from() + "–" + g.to();
      String target =
          social
              ? TrackSeries.signed(g.target()) + t("人", "")
              : String.format(Locale.ROOT, "%.2f", g.target());
      String a =
          !Double.isFinite(g.actual())
              ? "–"
              : social
                  ? TrackSeries.signed(g.actual()) + t("人", "")
                  : String.format(Locale.ROOT, "%.2f", g.actual());
      String used = g.used() + "/" + g.years();
      return t(
          years
              + "年の"
              + (social ? "累計" : "平均")
              + ": 目標 "
              + target
              + "、実績 "
              + a
              + "("
              + used
              + "年分)",
          years
              + (social ? " sum" : " mean")
              + ": target "
              + target
              + ", actual "
              + a
              + " ("
              + used
              + " years)");
    }

    String note(List<Integer> missing) {
      String m =
          missing.isEmpty()
              ? ""
              : t("データなし: ", "no data: ")
                  + String.join(", ", missing.stream().map(String::valueOf).toList())
                  + t("年(補間していません)。", " (not interpolated). ");
      return t(
          "注: " + m + "出生率は台帳の出生数をシナリオの年齢別パターンで15〜49歳女性に当てた推計。社会増減の目標は年平均に換算。",
          "Note: "
              + m
              + "TFR implied by register births with the scenario age pattern on register women 15–49; the social-change target drawn as a yearly average.");
    }

    String source() {
      return t(
          "出典: 総務省「住民基本台帳に基づく人口、人口動態及び世帯数」、数値目標はシナリオの kpi:",
          "Source: MIC resident register statistics; targets from the scenario kpi: block");
    }
  }
}
